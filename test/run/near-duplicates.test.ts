import { describe, expect, it } from 'vitest';
import { MemorySignatureStore, NearDuplicateIndex, hashWords } from '../../src/run/near-duplicates.js';
import { ENGLISH_PARAGRAPHS } from '../ingest/pull/server.js';

const story = [
  ...ENGLISH_PARAGRAPHS,
  'Officials from both navies will meet in Rabat next month to set the calendar of the exercises and the list of ships taking part.',
  'The agreement also covers training for coast guard officers and an exchange of liaison officers between the two fleets for three years.',
].join('\n');

describe('NearDuplicateIndex', () => {
  it('links a syndicated copy with small edits to the first copy', () => {
    const index = new NearDuplicateIndex();
    expect(index.check('wire', story)).toBeNull();
    const syndicated = `By Staff Reporter\n${story.replace('on Tuesday', 'on Tuesday, April 14')}\nCopyright 2025 Example News.`;
    const match = index.check('copy', syndicated);
    expect(match?.of).toBe('wire');
    expect(match!.similarity).toBeGreaterThanOrEqual(0.8);
  });

  it('links every later copy to the first, not to each other', () => {
    const index = new NearDuplicateIndex();
    index.check('first', story);
    expect(index.check('second', `${story}\nRead more.`)?.of).toBe('first');
    expect(index.check('third', `${story}\nShare this.`)?.of).toBe('first');
  });

  it('matches against texts kept in its signature store, as from an earlier run', () => {
    const store = new MemorySignatureStore();
    new NearDuplicateIndex(store).check('stored', story);
    expect(new NearDuplicateIndex(store).check('new', `${story}\nMore to follow.`)?.of).toBe('stored');
  });

  it('does not link different stories, nor texts too short to compare', () => {
    const index = new NearDuplicateIndex();
    expect(index.check('a', story)).toBeNull();
    const other = story.split('\n').reverse().map((p) => p.split(' ').reverse().join(' ')).join('\n');
    expect(index.check('b', other)).toBeNull();
    expect(index.check('c', 'A short note.')).toBeNull();
    expect(index.check('d', 'A short note.')).toBeNull();
    expect(index.check('e', '.,;:!? '.repeat(20_000))).toBeNull();
    expect(index.check('f', 'agreement '.repeat(20_000))).toBeNull();
    expect(index.check('g', 'agreement '.repeat(20_001))?.of).toBe('f');
  });

  it('gives the same signature on every run', () => {
    expect(new NearDuplicateIndex().signature(story)).toEqual(new NearDuplicateIndex().signature(story));
  });
});

describe('hashWords', () => {
  function fnv1a(word: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
    return h >>> 0;
  }

  it('hashes the same words as /[\\p{L}\\p{N}]+/u finds, non-ASCII and astral letters included', () => {
    const text = 'Erdoğan and Scholz signed the 2024 accord — "İstanbul", 北京, naïve co-op, 𝐀𝐁 ½ ٣٤ 🙂 end'.toLowerCase();
    const expected = (text.match(/[\p{L}\p{N}]+/gu) ?? []).map(fnv1a);
    expect([...hashWords(text)]).toEqual(expected);
  });

  it('handles long texts and texts without words', () => {
    const long = 'word '.repeat(10_000);
    expect(hashWords(long)).toHaveLength(10_000);
    expect(hashWords(' -- !! ')).toHaveLength(0);
  });
});
