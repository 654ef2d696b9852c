import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../src/ingest/pull/page.js';
import { dateFromUrl, toIsoDate } from '../../../src/ingest/pull/page-date.js';
import { articlePage, ENGLISH_PARAGRAPHS } from './server.js';

const withHead = (head: string, url: string | null = null) => extractPage(articlePage('Title', ENGLISH_PARAGRAPHS, head), url);

describe('extractPage', () => {
  it('reads title, canonical URL (resolved), site name and declared language', () => {
    const page = withHead('<meta property="og:title" content="Pact signed"><link rel="canonical" href="/2025/04/14/pact"><meta property="og:site_name" content="Example News">', 'https://news.example.org/amp/pact?utm=x');
    expect(page).toMatchObject({ title: 'Pact signed', url: 'https://news.example.org/2025/04/14/pact', siteName: 'Example News', lang: 'en' });
  });

  it('keeps the fetched URL when there is no canonical link', () => {
    expect(withHead('', 'https://news.example.org/a').url).toBe('https://news.example.org/a');
  });

  it('extracts the article paragraphs without navigation, captions or share bars', () => {
    const html = `<html><body><nav>Home World</nav><article><h1>T</h1>
      <figure><img src="x.jpg"><figcaption>Ships at sea (Image: Navy)</figcaption></figure>
      ${ENGLISH_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}
      <div class="share-tools">Share on Facebook</div></article></body></html>`;
    const { text } = extractPage(html);
    expect(text).toContain('joint naval exercises');
    expect(text).not.toMatch(/Image: Navy|Share on Facebook|Home World/);
  });

  it.each([
    ['article:published_time', '<meta property="article:published_time" content="2025-04-14T09:30:00+01:00">', '2025-04-14T09:30:00+01:00'],
    ['itemprop meta', '<meta itemprop="datePublished" content="2025-04-14">', '2025-04-14'],
    ['sailthru', '<meta name="sailthru.date" content="2025-04-14 09:30:00">', '2025-04-14T09:30:00'],
    ['JSON-LD in @graph', '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2025-04-14T09:30:00Z"}]}</script>', '2025-04-14T09:30:00Z'],
    ['RFC 2822 meta', '<meta name="pubdate" content="Mon, 14 Apr 2025 09:30:00 GMT">', '2025-04-14T09:30:00Z'],
  ])('finds the publication date in %s', (_name, head, expected) => {
    expect(withHead(head).published).toBe(expected);
  });

  it('finds a date in a time element, then in the URL', () => {
    const timed = extractPage(`<html><body><p class="byline">By X <time class="published" datetime="2025-04-14T10:00:00Z">Monday</time></p><p>${ENGLISH_PARAGRAPHS.join(' ')}</p></body></html>`);
    expect(timed.published).toBe('2025-04-14T10:00:00Z');
    expect(withHead('', 'https://news.example.org/world/2025/04/14/pact').published).toBe('2025-04-14');
  });
});

describe('page dates', () => {
  it('reads Unix times and other forms Date understands, refusing implausible years', () => {
    expect(toIsoDate('1744623000')).toBe('2025-04-14T09:30:00.000Z');
    expect(toIsoDate('April 14, 2025 9:30 AM UTC')).toBe('2025-04-14T09:30:00.000Z');
    expect(toIsoDate('0001-01-01T00:00:00')).toBeNull();
    expect(toIsoDate('yesterday')).toBeNull();
    expect(toIsoDate('2019')).toBeNull();
  });

  it('reads dates in URL paths', () => {
    expect(dateFromUrl('https://a.example/2025/04/14/x')).toBe('2025-04-14');
    expect(dateFromUrl('https://a.example/news/20250414-x.html')).toBe('2025-04-14');
    expect(dateFromUrl('https://a.example/2025-04-14/x')).toBe('2025-04-14');
    expect(dateFromUrl('https://a.example/item/20251399')).toBeNull();
  });
});
