import { describe, expect, it } from 'vitest';
import { NearDuplicateIndex } from '../../../src/ingest/pull/near-duplicates.js';
import { ENGLISH_PARAGRAPHS } from './server.js';

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

  it('matches against texts remembered from an earlier run', () => {
    const index = new NearDuplicateIndex();
    index.remember('stored', story);
    expect(index.check('new', `${story}\nMore to follow.`)?.of).toBe('stored');
    const other = new NearDuplicateIndex();
    other.rememberSignature('stored', index.signature(story)!);
    expect(other.check('new', `${story}\nMore to follow.`)?.of).toBe('stored');
  });

  it('gives the same signature on every run', () => {
    expect(new NearDuplicateIndex().signature(story)).toEqual(new NearDuplicateIndex().signature(story));
  });
});
