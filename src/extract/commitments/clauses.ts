import type { Doc } from '../../model/doc.js';

export interface Span {
  start: number;
  end: number;
}

// Commas split clauses only before a relative or contrastive word, or before "and" that does not
// continue a list of names ("Oman, Pakistan, and Russia" stays one clause). A temporal or causal
// conjunction before a named subject opens another event ("... after Turkey began an offensive"),
// whose actors are no sides of the arrangement.
const BOUNDARY =
  /;|:\s|\s[—–]\s|,\s+(?=(?:which|who|whom|whose|where|while|whereas|but|although|though|yet|according)\b|[a-z]+ing\s)|,\s+and\s+(?![A-Z]|the\s+[A-Z])|\s(?=(?:after|because|until|once)\s+(?:the\s+)?[A-Z][\w-]*\s+[a-z]+\s)/g;

/** The clauses of one sentence, as spans of doc.text, in order. */
export function clausesOf(doc: Pick<Doc, 'text' | 'sentences'>, sentenceIndex: number): Span[] {
  const sentence = doc.sentences[sentenceIndex];
  if (!sentence) return [];
  const text = doc.text.slice(sentence.start, sentence.end);
  const out: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    out.push({ start: sentence.start + start, end: sentence.start + m.index });
    start = m.index + m[0].length;
  }
  out.push({ start: sentence.start + start, end: sentence.end });
  return out;
}

/** The clause among `clauses` (of one sentence) that holds `offset`. */
export function clauseAt(clauses: readonly Span[], offset: number): Span {
  let lo = 0;
  let hi = clauses.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (clauses[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return clauses[lo] ?? { start: offset, end: offset };
}
