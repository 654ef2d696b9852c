import type { Token } from './tokens.js';
import { NAME_CONNECTORS, NAME_PARTICLES } from './lexicon/name-particles.js';
import { COMPANY_SUFFIXES, MONTHS_AND_DAYS, NEVER_NAMES } from './lexicon/non-names.js';

/** A maximal stretch of capitalized words, with the connectors between them; token indexes [from, to). */
export interface NameRun {
  from: number;
  to: number;
}

const HYPHENS = new Set(['-', '–', '‑']);
const APOSTROPHES = new Set(["'", '’']);

/** Whether the token can be part of a name by itself. */
export function isNameWord(t: Token): boolean {
  return t.word && t.cap && !MONTHS_AND_DAYS.has(t.lower) && !NEVER_NAMES.has(t.lower);
}

/** Joins tokens glued without space: "el-Sisi", "O'Brien", "K." after an initial. */
function gluedAt(tokens: readonly Token[], i: number, limit: number): number {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !next || i + 1 >= limit || t.spaceBefore || next.spaceBefore) return 0;
  if (HYPHENS.has(t.text) && next.word) return 2;
  if (APOSTROPHES.has(t.text) && next.cap) return 2;
  return 0;
}

/** "D" in "Ph.D.": a single letter glued after a full stop glued to a word continues an abbreviation. */
function insideAbbreviation(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const stop = tokens[i - 1];
  return t.text.length === 1 && !t.spaceBefore && stop?.text === '.' && !stop.spaceBefore && !!tokens[i - 2]?.word;
}

/**
 * Finds runs of capitalized words in tokens [from, to), skipping tokens already claimed
 * (`taken[i]`). Connectors ("of", "and") are kept inside a run only between two name words;
 * the classifier decides later whether to split there.
 */
export function findNameRuns(tokens: readonly Token[], from: number, to: number, taken: readonly boolean[]): NameRun[] {
  const runs: NameRun[] = [];
  let i = from;
  while (i < to) {
    const t = tokens[i]!;
    if (taken[i] || !isNameWord(t) || insideAbbreviation(tokens, i)) {
      i++;
      continue;
    }
    const start = i;
    let end = i + 1;
    let j = i + 1;
    while (j < to && !taken[j]) {
      const u = tokens[j]!;
      const glue = gluedAt(tokens, j, to);
      if (glue > 0 && !taken[j + 1]) {
        j += glue;
        end = j;
        continue;
      }
      // An initial ("Jessie K. Liu") or a company suffix ("Apple Inc.").
      if (u.text === '.' && !u.spaceBefore && ((tokens[j - 1]!.text.length === 1 && tokens[j - 1]!.cap) || COMPANY_SUFFIXES.has(tokens[j - 1]!.lower))) {
        j++;
        end = j;
        continue;
      }
      if (isNameWord(u) || u.allCaps) {
        j++;
        end = j;
        continue;
      }
      if (u.word && (NAME_PARTICLES.has(u.lower) || NAME_CONNECTORS.has(u.lower)) && !u.cap) {
        // Connectors only bridge to another name word ("Institute for Economics and Peace").
        let k = j + 1;
        while (k < to && !taken[k] && tokens[k]!.word && !tokens[k]!.cap && (NAME_CONNECTORS.has(tokens[k]!.lower) || NAME_PARTICLES.has(tokens[k]!.lower))) k++;
        if (k < to && !taken[k] && isNameWord(tokens[k]!) && k - j <= 2) {
          j = k;
          continue;
        }
        const glued = gluedAt(tokens, j + 1, to);
        if (NAME_PARTICLES.has(u.lower) && glued > 0) {
          j += 1;
          continue;
        }
      }
      break;
    }
    runs.push({ from: start, to: end });
    i = Math.max(end, start + 1);
  }
  return runs;
}
