import { describe, expect, it } from 'vitest';
import { decodeBody, declaredCharset, headerCharset } from '../../../src/ingest/pull/charset.js';
import { contentKind } from '../../../src/ingest/pull/content-kind.js';

const latin1Page = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>D'), Buffer.from([0xe9]), Buffer.from('fense</p></body></html>')]);

describe('decodeBody', () => {
  it('uses the charset of the Content-Type header first', () => {
    expect(decodeBody(Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'text/html; charset=ISO-8859-1')).toBe('café');
  });

  it('falls back to <meta charset> and to the XML declaration', () => {
    expect(decodeBody(latin1Page, 'text/html')).toContain('Défense');
    const xml = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="iso-8859-1"?><rss><title>'), Buffer.from([0xe9]), Buffer.from('</title></rss>')]);
    expect(decodeBody(xml, 'application/rss+xml')).toContain('<title>é</title>');
  });

  it('defaults to UTF-8, honours a byte-order mark and survives an unknown label', () => {
    expect(decodeBody(Buffer.from('Défense'), null)).toBe('Défense');
    expect(decodeBody(Buffer.from('\uFEFFDéfense'), 'text/html; charset=iso-8859-1')).toBe('Défense');
    expect(decodeBody(Buffer.from('Défense'), 'text/html; charset=x-made-up')).toBe('Défense');
  });

  it('reads labels from headers and markup', () => {
    expect(headerCharset('text/html;charset="Shift_JIS"')).toBe('shift_jis');
    expect(headerCharset('text/html')).toBeNull();
    expect(declaredCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=gbk">'))).toBe('gbk');
  });
});

describe('contentKind', () => {
  it('tells HTML from feeds by type, and by markup when the type is vague or wrong', () => {
    expect(contentKind('text/html; charset=utf-8', '<!doctype html><html>')).toBe('html');
    expect(contentKind('application/atom+xml', '<?xml version="1.0"?><feed>')).toBe('feed');
    expect(contentKind('text/xml', '<?xml version="1.0"?>\n<!-- generator -->\n<rss version="2.0">')).toBe('feed');
    expect(contentKind('text/html', '<?xml version="1.0"?><rss version="2.0">')).toBe('feed');
    expect(contentKind('application/octet-stream', '<html><body>')).toBe('html');
    expect(contentKind(null, '<rdf:RDF xmlns:rdf="x">')).toBe('feed');
    expect(contentKind('application/pdf', '%PDF-1.4')).toBe('other');
    expect(contentKind('application/json', '{"a":1}')).toBe('other');
  });
});
