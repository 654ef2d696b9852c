import type { Span } from './clauses.js';
import { COMPLEMENT_LEAD, MODIFIER_STOP_WORDS, NEUTRAL_MODIFIERS, TRIGGERS, type TriggerEntry } from './triggers.js';

/** One occurrence of an arrangement phrase in the text. */
export interface PhraseMatch {
  entry: TriggerEntry;
  /** The lexicon match itself. */
  head: Span;
  /** The match with its modifiers ("nuclear nonproliferation treaty"). */
  phrase: Span;
  /** Words that tell this arrangement apart from others of its type ("maritime", "border"). */
  descriptors: Set<string>;
  /** Whether the phrase is a proper name ("Paris Climate Accord"), whose inner names are not parties. */
  named: boolean;
}

// One alternation with a capturing group per entry, so one pass over the text finds every phrase.
const COMBINED = new RegExp(`(?<![\\w-])(?:${TRIGGERS.map((t) => `(${t.pattern})`).join('|')})(?![\\w-])`, 'gi');

// Uses of the words that do not name an arrangement.
const NOT_AN_ARRANGEMENT: Partial<Record<string, { before?: RegExp; after?: RegExp }>> = {
  deal: { before: /\b(?:great|good|to|big|real)\s+$/i, after: /^(?:\s+(?:with|of)\b|[\s-]*breakers?\b)/i },
  agreement: { before: /\bin\s+$/i, after: /^\s+(?:with\s+(?:him|her|them|me|us)|that)\b/i },
  accord: { before: /\b(?:in|own)\s+$/i },
  pact: {},
};

/** All arrangement phrases of `text`, in text order. */
export function findPhrases(text: string): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  COMBINED.lastIndex = 0;
  for (let m = COMBINED.exec(text); m; m = COMBINED.exec(text)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    const entry = TRIGGERS[group - 1];
    if (!entry) continue;
    const head = { start: m.index, end: m.index + m[0].length };
    const filter = NOT_AN_ARRANGEMENT[entry.id];
    if (filter) {
      if (filter.before?.test(text.slice(Math.max(0, head.start - 20), head.start))) continue;
      if (filter.after?.test(text.slice(head.end, head.end + 30))) continue;
    }
    out.push(describe(text, entry, head));
  }
  return out;
}

const TOKEN_BEFORE = /(?<=^|[\s(“"])(\(?[\p{L}\p{N}][\p{L}\p{N}’'.-]*\)?)[\s“”"]+$/u;
const PARTICIPLE = /^\p{Ll}+(?:ed|ing|ly)$/u;
const MAX_MODIFIERS = 7;

function describe(text: string, entry: TriggerEntry, head: Span): PhraseMatch {
  let start = head.start;
  const descriptors = new Set<string>();
  for (let i = 0; i < (entry.verbal ? 0 : MAX_MODIFIERS); i++) {
    const sliceStart = Math.max(0, start - 60);
    const m = TOKEN_BEFORE.exec(text.slice(sliceStart, start));
    if (!m) break;
    const bare = m[1]!.replace(/[()]/g, '');
    const lower = bare.toLowerCase();
    if (MODIFIER_STOP_WORDS.has(lower) || (PARTICIPLE.test(bare) && !NEUTRAL_MODIFIERS.has(lower))) break;
    start = sliceStart + m.index;
    if (/^\p{Ll}/u.test(bare) && !NEUTRAL_MODIFIERS.has(lower)) descriptors.add(lower);
  }
  const complement = COMPLEMENT_LEAD.exec(text.slice(head.end, head.end + 60));
  if (complement) {
    for (const w of complement[1]!.toLowerCase().split(/\s+/)) {
      if (!MODIFIER_STOP_WORDS.has(w) && /^\p{Ll}/u.test(w)) descriptors.add(w);
    }
  }
  const lastWord = text.slice(head.start, head.end).split(/\s+/).pop() ?? '';
  return { entry, head, phrase: { start, end: head.end }, descriptors, named: entry.type === 'AGREEMENT' && /^\p{Lu}\p{Ll}/u.test(lastWord) };
}
