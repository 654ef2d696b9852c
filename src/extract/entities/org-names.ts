import { DOCUMENT_HEADS, FACILITY_HEADS } from './lexicon/non-names.js';
import { ORG_HEADS, PLACE_HEADS, WEAK_ORG_HEADS } from './lexicon/org-heads.js';
import type { Token } from './tokens.js';

/** First words of the two-word heads ("task force"): only after them is a pair of words worth building. */
const PAIR_HEAD_STARTS = new Set([...ORG_HEADS].filter((head) => head.includes(' ')).map((head) => head.slice(0, head.indexOf(' '))));

/** Whether tokens [from, to) read as an organization's name ("Ministry of the Interior"). */
export function isOrgName(tokens: readonly Token[], from: number, to: number): boolean {
  const last = tokens[to - 1]!;
  if (DOCUMENT_HEADS.has(last.lower)) return false;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (!t.cap) continue;
    if (i + 1 < to && PAIR_HEAD_STARTS.has(t.lower) && ORG_HEADS.has(`${t.lower} ${tokens[i + 1]!.lower}`)) return true;
    if (!ORG_HEADS.has(t.lower)) continue;
    // "House", "Post", "Air" alone are ordinary words; they need a name before them.
    if (WEAK_ORG_HEADS.has(t.lower) && i === from && to - from === 1) continue;
    return true;
  }
  return false;
}

/** Whether tokens [from, to) read as a place's name ("Gulf of Oman", "Idlib Province"). */
export function isPlaceName(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from]!;
  const last = tokens[to - 1]!;
  if (DOCUMENT_HEADS.has(first.lower)) return false;
  if (to - from >= 3 && PLACE_HEADS.has(first.lower) && tokens[from + 1]!.lower === 'of') return true;
  return to - from >= 2 && PLACE_HEADS.has(last.lower);
}

/** Whether tokens [from, to) name a document, index or event rather than an entity. */
export function isDocumentName(tokens: readonly Token[], from: number, to: number): boolean {
  return to - from >= 2 && DOCUMENT_HEADS.has(tokens[to - 1]!.lower);
}

/** Whether tokens [from, to) name a building or facility ("José Martí International Airport"). */
export function isFacilityName(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (FACILITY_HEADS.has(tokens[i]!.lower)) return true;
  return false;
}
