import { describe, expect, it } from 'vitest';
import { isHttpUrl, parseUrlList } from '../../../src/ingest/pull/url-list.js';

describe('parseUrlList', () => {
  it('takes one URL per line, skipping blank lines and comments', () => {
    const text = '# sources\nhttps://a.example/1\r\n\n  http://b.example/feed.xml   # the feed\n#https://c.example/ignored\nftp://d.example/x\n';
    expect(parseUrlList(text)).toEqual({
      urls: [
        { url: 'https://a.example/1', line: 2 },
        { url: 'http://b.example/feed.xml', line: 4 },
      ],
      invalid: [{ url: 'ftp://d.example/x', line: 6 }],
    });
  });

  it('keeps a # that is part of a URL', () => {
    expect(parseUrlList('https://a.example/page#section').urls.map((u) => u.url)).toEqual(['https://a.example/page#section']);
  });
});

describe('isHttpUrl', () => {
  it('accepts http(s) URLs only', () => {
    expect(isHttpUrl('https://a.example/x')).toBe(true);
    expect(isHttpUrl('HTTP://A.EXAMPLE')).toBe(true);
    expect(isHttpUrl('file:///etc/passwd')).toBe(false);
    expect(isHttpUrl('corpus/a.txt')).toBe(false);
    expect(isHttpUrl('https://')).toBe(false);
  });
});
