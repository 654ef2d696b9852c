import type { Candidate } from './candidate.js';
import { phraseKey } from './phrase-key.js';
import { LIST_OPENERS, MAX_DESCRIPTOR_MODIFIERS, ORG_DESCRIPTORS } from './lexicon/org-descriptors.js';
import type { Token } from './tokens.js';

const DESCRIPTORS = new Set(ORG_DESCRIPTORS);
const OPENERS = new Set(LIST_OPENERS);
/** Tokens a list of names may span back to its opener ("including A, B C, D and E"). */
const MAX_LIST_TOKENS = 16;

/** What a descriptor before a name says: it names an organization, maybe of a state. */
export interface OrgDescriptor {
  country: string | null;
  /** First token of the state adjective and descriptor, so that callers know what it covers. */
  from: number;
}

/** The descriptor phrase ending right before `at` (one or two words), or -1. */
function descriptorStart(tokens: readonly Token[], sentenceFrom: number, at: number): number {
  // Two words, then one.
  for (let n = 2; n >= 1; n--) {
    const from = at - n;
    if (from < sentenceFrom) continue;
    if (allLowerWords(tokens, from, at) && DESCRIPTORS.has(phraseKey(tokens, from, at))) return from;
  }
  return -1;
}

function allLowerWords(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!tokens[i]!.word || tokens[i]!.cap) return false;
  return true;
}

/** The state adjective before a descriptor, over at most a few lower-case modifiers ("Greek gas producer"). */
function stateBeforeDescriptor(tokens: readonly Token[], sentenceFrom: number, from: number, byEnd: ReadonlyMap<number, Candidate>): string | null {
  for (let k = from, skipped = 0; k > sentenceFrom && skipped <= MAX_DESCRIPTOR_MODIFIERS; k--, skipped++) {
    const c = byEnd.get(k);
    if (c?.entry?.type === 'COUNTRY') return c.entry.country;
    const t = tokens[k - 1]!;
    if (!(t.word && !t.cap) && t.text !== '-') return null;
  }
  return null;
}

/** "Greek daily Kathimerini", "state-owned Iranian news agency Fars": the name at `at` is an organization. */
export function descriptorBefore(tokens: readonly Token[], sentenceFrom: number, at: number, byEnd: ReadonlyMap<number, Candidate>): OrgDescriptor | null {
  const direct = descriptorStart(tokens, sentenceFrom, at);
  if (direct >= 0) return { country: stateBeforeDescriptor(tokens, sentenceFrom, direct, byEnd), from: direct };
  // "German firms including Deutsche Bahn, Deutsche Telekom, Daimler, and Siemens".
  for (let k = at - 1; k >= Math.max(sentenceFrom, at - MAX_LIST_TOKENS); k--) {
    const t = tokens[k]!;
    const opener = OPENERS.has(t.lower) ? k : t.lower === 'as' && tokens[k - 1]?.lower === 'such' ? k - 1 : -1;
    if (opener >= 0) {
      const from = descriptorStart(tokens, sentenceFrom, opener);
      return from >= 0 ? { country: stateBeforeDescriptor(tokens, sentenceFrom, from, byEnd), from } : null;
    }
    if (!(t.cap || t.text === ',' || t.lower === 'and' || (!t.spaceBefore && t.text !== '.'))) return null;
  }
  return null;
}
