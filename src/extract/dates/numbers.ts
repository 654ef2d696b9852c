/** Reads counts written in digits or words ("48", "twenty four", "5 1/2", "a"). */
import { NUMBER_WORDS } from './lexicon.js';

export function parseCount(text: string): number | null {
  const t = text.toLowerCase().trim();
  // "half an hour", "half a century".
  if (/^half\s+an?$/.test(t)) return 0.5;
  const digits = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+1\/2)?$/.exec(t);
  if (digits) return Number(digits[1]!.replace(/,/g, '')) + (t.endsWith('1/2') ? 0.5 : 0);
  let total = 0;
  let current = 0;
  let seen = false;
  let previous: number | null = null;
  for (const word of t.replace(/\band a half\b/, ' half').split(/[\s-]+/)) {
    if (word === 'and' || word === '') continue;
    const n = NUMBER_WORDS.get(word);
    if (n === undefined) return null;
    seen = true;
    // "five-six months", "two three weeks": a range spoken without "to", not a sum ("twenty-five" is one
    // number); like "two to three weeks", it counts up to its end.
    const range = previous !== null && previous < 20 && n >= 1 && n < 100 && word !== 'half';
    previous = word === 'hundred' || word === 'thousand' ? null : n;
    if (range) current = n;
    else if (word === 'hundred') current = (current || 1) * 100;
    // "two thousand years", "three thousand five hundred": what came before counts thousands.
    else if (word === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    }
    else if (word === 'half' && (current > 0 || total > 0)) current += 0.5;
    else current += n;
  }
  total += current;
  return seen ? total : null;
}
