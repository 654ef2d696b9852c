import { describe, expect, it } from 'vitest';
import { conventionOf, errorRows, valueF1Following } from '../../src/dev/timex-conventions.js';

const text = 'Last week, the company said currently sales rose; the current plan holds. On Tuesday morning it met.';
const span = (needle: string, type: string, value: string, after = '') => {
  const start = text.indexOf(needle, text.indexOf(after));
  return { start, end: start + needle.length, type, value };
};

describe('timex conventions', () => {
  const gold = [span('Last week', 'DATE', '1989-WXX'), span('current', 'DATE', 'PRESENT_REF', 'the current'), span('Tuesday morning', 'DATE', '1989-10-24'), span('the company', 'DATE', '1989')];
  const predicted = [span('Last week', 'DATE', '1989-W42'), span('currently', 'DATE', 'PRESENT_REF'), span('Tuesday morning', 'TIME', '1989-10-24TMO'), span('the company', 'DATE', '1988')];
  const rows = errorRows(text, gold, predicted);

  it('sorts errors into the conventions we do not follow, and leaves the rest alone', () => {
    expect(rows.map((r) => [r.kind, conventionOf(r)?.name.slice(0, 20) ?? null])).toEqual([
      ['value', 'week not resolved to'],
      ['value', null],
      ['value', 'weekday or "tonight"'],
      ['missed', 'the adjectives "curr'],
      ['spurious', '"now", "currently", '],
    ]);
  });

  it('scores as if the conventions were followed: wrong values right, misses hit, spurious dropped', () => {
    // Two of four values right would become four with one more hit and one fewer spurious tag.
    expect(valueF1Following(0, 4, 4, rows)).toBeCloseTo((2 * 3) / (4 + 4), 6);
  });
});
