/** Settles overlaps between rules: the longest expression wins, then the higher priority. */
import type { Candidate } from './candidate.js';

export function selectCandidates(candidates: readonly Candidate[], textLength: number): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || (b.priority ?? 0) - (a.priority ?? 0) || a.start - b.start,
  );
  // A coverage map keeps the check linear in the total length of the accepted spans.
  const covered = new Uint8Array(textLength + 1);
  const chosen: Candidate[] = [];
  for (const candidate of ranked) {
    let free = true;
    for (let i = candidate.start; i < candidate.end; i++) {
      if (covered[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    covered.fill(1, candidate.start, candidate.end);
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
