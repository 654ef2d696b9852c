import { describe, expect, it } from 'vitest';
import { articleId } from '../../src/model/article.js';
import { toArticle } from '../../src/ingest/normalize.js';
import { onlyArticle } from './helpers.js';

describe('toArticle', () => {
  it('resolves field aliases case-insensitively and fills defaults', () => {
    const item = onlyArticle(
      toArticle({ Headline: ' A  title ', BODY: '\uFEFFLine one.\r\nLine two.\n\n', Link: 'https://example.org/x', Date: '14 Apr 2025' }, 'in.json', 'index 0'),
    );
    expect(item.article).toEqual({
      id: articleId('Line one.\nLine two.'),
      url: 'https://example.org/x',
      title: 'A title',
      published: '2025-04-14',
      source: null,
      lang: 'en',
      text: 'Line one.\nLine two.',
    });
    expect(item).toMatchObject({ source: 'in.json', item: 'index 0', warnings: [] });
  });

  it('keeps given source and lang, and treats blank url as none', () => {
    const { article } = onlyArticle(toArticle({ text: 'Texte.', lang: 'fr', source: 'Le Monde', url: '  ' }, 's', null));
    expect(article).toMatchObject({ lang: 'fr', source: 'Le Monde', url: null });
  });

  it('emits an article without a date, with a DATE_MISSING warning', () => {
    const item = onlyArticle(toArticle({ text: 'Some text.' }, 's', 'line 1'));
    expect(item.article.published).toBeNull();
    expect(item.warnings.map((w) => [w.code, w.severity, w.item])).toEqual([['DATE_MISSING', 'warning', 'line 1']]);
  });

  it('takes the publication date from a dateline under the headline when the source gives none, and says so', () => {
    const item = onlyArticle(toArticle({ text: 'Morocco and Spain sign border pact\nTuesday, February 3, 2009\n\nThe two countries signed a pact last week.' }, 's', 'line 4'));
    expect(item.article.published).toBe('2009-02-03');
    expect(item.warnings.map((w) => [w.code, w.severity, w.message])).toEqual([
      ['DATE_FROM_TEXT', 'warning', expect.stringContaining('"2009-02-03" from line 2 of the text')],
    ]);
  });

  it('does not replace a bad date of the source with one from the text', () => {
    const item = onlyArticle(toArticle({ text: 'February 3, 2009\nThe pact was signed.', published: 'yesterday-ish' }, 's', null));
    expect(item.article.published).toBeNull();
    expect(item.warnings.map((w) => w.code)).toEqual(['DATE_INVALID']);
  });

  it('emits an article with an impossible date as undated, with a DATE_INVALID warning', () => {
    const item = onlyArticle(toArticle({ text: 'Some text.', published: '2025-02-30' }, 's', 'row 2'));
    expect(item.article.published).toBeNull();
    expect(item.warnings.map((w) => w.code)).toEqual(['DATE_INVALID']);
    expect(item.warnings[0]!.message).toContain('2025-02-30');
  });

  it('gives the same id to texts that differ only in case and spacing', () => {
    const a = onlyArticle(toArticle({ text: 'France and  Morocco.' }, 's', null));
    const b = onlyArticle(toArticle({ text: 'france and morocco.' }, 's', null));
    expect(a.article.id).toBe(b.article.id);
  });
});
