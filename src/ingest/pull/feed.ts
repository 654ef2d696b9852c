import { XMLParser, XMLValidator } from 'fast-xml-parser';

export type FeedFormat = 'rss2' | 'rss1' | 'atom';

export interface FeedItem {
  /** Stable identity for "seen before": guid, Atom id or rdf:about, else the link. */
  key: string;
  /** The article page, absolute. */
  link: string | null;
  title: string | null;
  /** As the feed writes it (RFC 2822 in RSS 2.0, ISO 8601 in Atom and Dublin Core). */
  published: string | null;
  /** Summary or full content as the feed gives it, markup included. */
  content: string | null;
  lang: string | null;
}

export interface Feed {
  format: FeedFormat;
  title: string | null;
  lang: string | null;
  items: FeedItem[];
}

export type FeedResult = { ok: true; feed: Feed } | { ok: false; reason: string };

type Node = Record<string, unknown>;

// Namespace prefixes are dropped (dc:date -> date, content:encoded -> encoded, rdf:RDF -> RDF),
// which lets one reader serve the three formats; values stay strings.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

/** RSS 2.0, RSS 1.0 (RDF) and Atom. Malformed XML and XML that is no feed are reasons, not throws. */
export function parseFeed(xml: string, baseUrl: string | null = null): FeedResult {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { ok: false, reason: `malformed XML at line ${valid.err.line}: ${valid.err.msg}` };
  let root: Node;
  try {
    root = parser.parse(xml) as Node;
  } catch (err) {
    return { ok: false, reason: `malformed XML: ${err instanceof Error ? err.message : String(err)}` };
  }
  const rss = asNode(root.rss);
  if (rss) {
    const channel = asNode(rss.channel) ?? {};
    return feed('rss2', channel, asNodes(channel.item), baseUrl, rssItem);
  }
  const rdf = asNode(root.RDF);
  if (rdf) {
    const channel = asNode(rdf.channel) ?? {};
    return feed('rss1', channel, asNodes(rdf.item ?? channel.item), baseUrl, rssItem);
  }
  const atom = asNode(root.feed);
  if (atom) return feed('atom', atom, asNodes(atom.entry), baseUrl, atomItem);
  return { ok: false, reason: 'XML but not an RSS or Atom feed (no rss, rdf:RDF or feed root)' };
}

function feed(
  format: FeedFormat,
  channel: Node,
  items: Node[],
  baseUrl: string | null,
  read: (item: Node, baseUrl: string | null, lang: string | null) => FeedItem | null,
): FeedResult {
  const lang = text(channel.language) ?? text(channel['@_lang']);
  return {
    ok: true,
    feed: {
      format,
      title: text(channel.title),
      lang,
      items: items.map((item) => read(item, baseUrl, lang)).filter((item): item is FeedItem => item !== null),
    },
  };
}

function rssItem(item: Node, baseUrl: string | null, lang: string | null): FeedItem | null {
  const link = absolute(text(firstOf(item.link)), baseUrl);
  const key = text(item.guid) ?? text(item['@_about']) ?? link;
  if (!key) return null;
  return {
    key,
    link,
    title: text(item.title),
    published: text(item.pubDate) ?? text(item.date) ?? text(item.issued),
    content: text(item.encoded) ?? text(item.description),
    lang: text(item.language) ?? lang,
  };
}

function atomItem(entry: Node, baseUrl: string | null, lang: string | null): FeedItem | null {
  const links = asNodes(entry.link);
  const alternate = links.find((l) => (text(l['@_rel']) ?? 'alternate') === 'alternate') ?? links[0];
  const link = absolute(text(alternate?.['@_href']), baseUrl);
  const key = text(entry.id) ?? link;
  if (!key) return null;
  return {
    key,
    link,
    title: text(entry.title),
    published: text(entry.published) ?? text(entry.updated) ?? text(entry.issued),
    content: text(entry.content) ?? text(entry.summary),
    lang: text(entry['@_lang']) ?? lang,
  };
}

function asNode(value: unknown): Node | null {
  if (Array.isArray(value)) return asNode(value[0]);
  return value && typeof value === 'object' ? (value as Node) : null;
}

function asNodes(value: unknown): Node[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map((v) => (typeof v === 'string' ? { '#text': v } : asNode(v))).filter((v): v is Node => v !== null);
}

function firstOf(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  // RSS 2.0 channels sometimes carry an atom:link beside the real link; prefer a text link.
  return value.find((v) => typeof v === 'string' || (v && typeof v === 'object' && '#text' in v)) ?? value[0];
}

/** Element text, whether the parser gave a string or an object with #text (when it has attributes). */
function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  const node = asNode(value);
  if (node && typeof node['#text'] === 'string') return node['#text'].trim() || null;
  if (node && typeof node['@_href'] === 'string') return node['@_href'].trim() || null;
  return null;
}

function absolute(link: string | null, baseUrl: string | null): string | null {
  if (!link) return null;
  try {
    return baseUrl ? new URL(link, baseUrl).href : new URL(link).href;
  } catch {
    return null;
  }
}
