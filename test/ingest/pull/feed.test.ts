import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/ingest/pull/feed.js';

const RSS2 = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Defence Wire</title><link>https://news.example.org/</link><language>en-gb</language>
<atom:link href="https://news.example.org/feed" rel="self" type="application/rss+xml"/>
<item><title>Pact &amp; patrols</title><link>https://news.example.org/2025/04/14/pact</link>
<guid isPermaLink="false">wire-1</guid><pubDate>Mon, 14 Apr 2025 10:00:00 +0000</pubDate>
<content:encoded><![CDATA[<p>Full <b>text</b></p>]]></content:encoded></item>
<item><title>Relative link</title><link>/2025/04/15/drill</link></item>
<item><title>No link, no guid</title></item>
</channel></rss>`;

const RSS1 = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://news.example.org/"><title>RDF News</title><link>https://news.example.org/</link></channel>
<item rdf:about="https://news.example.org/a"><title>A</title><link>https://news.example.org/a</link><dc:date>2025-04-14T10:00:00Z</dc:date></item>
<item rdf:about="https://news.example.org/b"><title>B</title><link>https://news.example.org/b</link></item>
</rdf:RDF>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr"><title>Atom News</title>
<entry><id>tag:news.example.org,2025:1</id><title type="html">Accord &lt;naval&gt;</title>
<link rel="self" href="https://news.example.org/api/1"/><link rel="alternate" href="https://news.example.org/accord"/>
<published>2025-04-14T10:00:00+02:00</published><updated>2025-04-15T10:00:00+02:00</updated><summary>Résumé</summary></entry>
<entry><id>tag:news.example.org,2025:2</id><title>Only updated</title><link href="https://news.example.org/two"/><updated>2025-04-16T00:00:00Z</updated></entry>
</feed>`;

describe('parseFeed', () => {
  it('reads RSS 2.0 items: guid, link (relative ones resolved), date, content', () => {
    const result = parseFeed(RSS2, 'https://news.example.org/feed');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.feed).toMatchObject({ format: 'rss2', title: 'Defence Wire', lang: 'en-gb' });
    expect(result.feed.items).toEqual([
      {
        key: 'wire-1',
        link: 'https://news.example.org/2025/04/14/pact',
        title: 'Pact & patrols',
        published: 'Mon, 14 Apr 2025 10:00:00 +0000',
        content: '<p>Full <b>text</b></p>',
        lang: 'en-gb',
      },
      expect.objectContaining({ key: 'https://news.example.org/2025/04/15/drill', link: 'https://news.example.org/2025/04/15/drill' }),
    ]);
  });

  it('reads RSS 1.0 (RDF) items with Dublin Core dates', () => {
    const result = parseFeed(RSS1);
    expect(result.ok && result.feed.format).toBe('rss1');
    expect(result.ok && result.feed.items.map((i) => [i.key, i.published])).toEqual([
      ['https://news.example.org/a', '2025-04-14T10:00:00Z'],
      ['https://news.example.org/b', null],
    ]);
  });

  it('reads Atom entries: the alternate link, published before updated, xml:lang', () => {
    const result = parseFeed(ATOM);
    expect(result.ok && result.feed.format).toBe('atom');
    expect(result.ok && result.feed.items).toEqual([
      {
        key: 'tag:news.example.org,2025:1',
        link: 'https://news.example.org/accord',
        title: 'Accord <naval>',
        published: '2025-04-14T10:00:00+02:00',
        content: 'Résumé',
        lang: 'fr',
      },
      expect.objectContaining({ link: 'https://news.example.org/two', published: '2025-04-16T00:00:00Z' }),
    ]);
  });

  it('reads a channel with a single item', () => {
    const result = parseFeed('<rss><channel><title>T</title><item><link>https://x.example/1</link></item></channel></rss>');
    expect(result.ok && result.feed.items.map((i) => i.link)).toEqual(['https://x.example/1']);
  });
});
