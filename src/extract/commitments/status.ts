import type { CommitmentStatus, CommitmentType } from '../../model/facts.js';
import type { Span } from './clauses.js';
import { FUTURE_BEFORE_STEP, HYPOTHETICAL, NEGATION, POSSIBLE_BEFORE_STEP, STATUS_CUES } from './cues.js';
import { endsWith, words } from './patterns.js';

export interface StatusReading {
  status: CommitmentStatus;
  /** Whether a word of the text states the status (a default for the type is not explicit). */
  explicit: boolean;
  /** Whether the phrase is only part of a hypothesis ("if they sign a deal"). */
  hypothetical: boolean;
}

/** Instruments reported without a verb are taken as concluded; bodies and plans as under way. */
const DEFAULT_STATUS: Record<CommitmentType, CommitmentStatus> = {
  AGREEMENT: 'SIGNED',
  MOU: 'SIGNED',
  DECLARATION: 'SIGNED',
  PARTNERSHIP: 'ONGOING',
  TASK_FORCE: 'ONGOING',
  WORKING_GROUP: 'ONGOING',
  ACTION_PLAN: 'ONGOING',
  JOINT_ACTIVITY: 'ONGOING',
  INFORMATION_SHARING: 'ONGOING',
  LEGAL_COOPERATION: 'ONGOING',
  ASSISTANCE: 'ONGOING',
  MEMBERSHIP: 'ONGOING',
  PLEDGE: 'PLEDGED',
};

interface Cue {
  status: CommitmentStatus;
  start: number;
  end: number;
}

const CUE_RES = STATUS_CUES.map(({ status, pattern }) => ({ status, re: words(pattern, 'gi') }));
// How far (characters) a cue may stand from the phrase; farther words belong to other events.
const REACH_BEFORE = 90;
const REACH_AFTER = 60;

/**
 * Reads the status of the phrase at `trigger` from the cue words of its clause: the nearest cue
 * wins (a cue inside the phrase itself, "pledged to intensify", is nearest), then negation and
 * modality around that cue adjust it.
 */
export function readStatus(
  text: string,
  clause: Span,
  trigger: Span,
  type: CommitmentType,
  intrinsic: CommitmentStatus | undefined,
): StatusReading {
  const beforeTrigger = text.slice(clause.start, trigger.start);
  const hypothetical = words(HYPOTHETICAL).test(beforeTrigger);
  if (endsWith(`${NEGATION}(?:\\s+[\\w-]+)?`).test(beforeTrigger.slice(-30)) && /\b(?:reached|signed|agreed|concluded)\b/i.test(text.slice(trigger.end, clause.end))) {
    return { status: 'FAILED', explicit: true, hypothetical };
  }
  if (intrinsic) return { status: intrinsic, explicit: true, hypothetical };
  const from = Math.max(clause.start, trigger.start - REACH_BEFORE);
  const to = Math.min(clause.end, trigger.end + REACH_AFTER);
  const window = text.slice(from, to);
  let best: Cue | null = null;
  let bestDistance = Infinity;
  for (const { status, re } of CUE_RES) {
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      const start = from + m.index;
      const end = start + m[0].length;
      const distance = end <= trigger.start ? trigger.start - end : start >= trigger.end ? (start - trigger.end) * 1.5 : 0;
      // Ties go to the earlier, more decisive list (FAILED before SIGNED before ONGOING).
      if (distance < bestDistance) {
        best = { status, start, end };
        bestDistance = distance;
      }
    }
  }
  if (!best) return { status: DEFAULT_STATUS[type], explicit: false, hypothetical };
  return { status: adjust(text, clause, best), explicit: true, hypothetical };
}

function adjust(text: string, clause: Span, cue: Cue): CommitmentStatus {
  const lead = text.slice(Math.max(clause.start, cue.start - 40), cue.start);
  const stepTaken = cue.status === 'SIGNED' || cue.status === 'AGREED';
  if (stepTaken && endsWith(`${NEGATION}(?:\\s+(?:yet|been|be|have|has))?`).test(lead)) return 'FAILED';
  if (stepTaken && endsWith(`${POSSIBLE_BEFORE_STEP}(?:\\s+(?:be|have))?`).test(lead)) return 'PROPOSED';
  if (stepTaken && endsWith(`${FUTURE_BEFORE_STEP}(?:\\s+(?:be))?`).test(lead)) return 'ANNOUNCED';
  return cue.status;
}
