import { normalizePublished } from '../dates.js';
import { DATE_ELEMENT_HINT, DATE_MARKUP_SIGNS, JSON_LD_DATE_KEYS, PUBLISHED_META_NAMES } from './page-date-markers.js';
import type { HtmlDocument } from './page-dom.js';
import { parseJsonLd } from './page-json-ld.js';

/** Attribute values and texts longer than this are not dates; skip them unparsed. */
const MAX_DATE_TEXT = 80;
// /2019/11/19/, /2019-11-19, /20191119/ in a URL path; bounded pieces, so linear.
const URL_DATE = /(?:^|[/_-])((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=$|[/_.-])/;

/**
 * The publication date of a page, normalized to ISO 8601: meta tags, then JSON-LD, then
 * microdata and time elements, then a date in the URL. The first candidate that parses wins.
 */
export function findPublishedDate(document: HtmlDocument, url: string | null): string | null {
  let found: string | null = null;
  for (const candidate of dateCandidates(document)) {
    const value = toIsoDate(candidate);
    if (!value) continue;
    if (found === null) {
      found = value;
      if (!lacksZone(found)) return found;
    } else if (!lacksZone(value) && value.slice(0, 16) === found.slice(0, 16)) {
      // The same moment written with its offset elsewhere (often in JSON-LD): the local day is then known.
      return value;
    }
  }
  return found ?? (url ? dateFromUrl(url) : null);
}

/** A date-time without Z or an offset: its calendar day depends on an unknown zone. */
function lacksZone(value: string): boolean {
  return value.length > 10 && !/(?:Z|[+-]\d{2}:?\d{2})$/.test(value);
}

function* dateCandidates(document: HtmlDocument): Iterable<string> {
  const metas = new Map<string, string>();
  for (const meta of document.querySelectorAll('meta')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = meta.getAttribute('content')?.trim();
    if (key && content && !metas.has(key)) metas.set(key, content);
  }
  for (const name of PUBLISHED_META_NAMES) {
    const value = metas.get(name);
    if (value) yield value;
  }
  const ld = parseJsonLd(document);
  for (const key of JSON_LD_DATE_KEYS) {
    const value = ld.find((node) => typeof node[key] === 'string')?.[key];
    if (typeof value === 'string') yield value;
  }
  for (const el of document.querySelectorAll('[itemprop="datePublished"]')) {
    const value = el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent;
    if (value) yield value;
  }
  const times = [...document.querySelectorAll('time')];
  const hinted = times.filter((t) => t.hasAttribute('pubdate') || DATE_ELEMENT_HINT.test(`${t.className} ${t.parentElement?.className ?? ''}`));
  for (const time of [...hinted, ...times]) {
    const value = time.getAttribute('datetime') ?? time.textContent;
    if (value) yield value;
  }
}

/** ISO and RFC 2822 forms through the shared normalizer; Unix times and other forms Date can read as a fallback. */
export function toIsoDate(raw: string): string | null {
  const value = raw.trim();
  if (value === '' || value.length > MAX_DATE_TEXT) return null;
  if (/^\d{10}(?:\d{3})?$/.test(value)) {
    const ms = value.length === 13 ? Number(value) : Number(value) * 1000;
    return plausible(new Date(ms));
  }
  const normalized = normalizePublished(value);
  if (normalized.status === 'ok') return normalized.value;
  // A bare year or a month without a day is not a publication day.
  if (!/\d{4}/.test(value) || !/\d{1,2}\D+\d{4}|\d{4}\D+\d{1,2}/.test(value)) return null;
  return plausible(new Date(value));
}

export function dateFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = URL_DATE.exec(path);
  if (!m) return null;
  const normalized = normalizePublished(`${m[1]}-${m[2]}-${m[3]}`);
  return normalized.status === 'ok' ? normalized.value : null;
}

export function hasDateMarkup(html: string): boolean {
  return DATE_MARKUP_SIGNS.some((sign) => sign.test(html));
}

/** Dates before the web or far in the future are parse accidents, not publication dates. */
function plausible(date: Date): string | null {
  const year = date.getUTCFullYear();
  if (Number.isNaN(date.getTime()) || year < 1990 || year > new Date().getUTCFullYear() + 1) return null;
  return date.toISOString();
}
