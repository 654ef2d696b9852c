import type { CommitmentStatus, CommitmentType, Topic } from '../../model/facts.js';
import { BY_TOPIC, DONE, INTENDED, REFUSED, REFUSED_AID, REQUESTED, SUSPENDED, SUSPENDED_AID, type CameoCode } from './cameo-plover.js';

// When several sectors apply, the more specific cooperation wins.
const SECTOR_ORDER: readonly Topic[] = ['intelligence', 'justice', 'military', 'economic'];

/** The CAMEO code and PLOVER event type of an arrangement of `type` at `status` about `topics`. */
export function cameoFor(type: CommitmentType, status: CommitmentStatus, topics: readonly Topic[]): CameoCode {
  const base = baseCode(type, status);
  const refinements = BY_TOPIC[base.cameo];
  if (!refinements) return base;
  for (const topic of SECTOR_ORDER) {
    const code = topics.includes(topic) ? refinements[topic] : undefined;
    if (code) return { cameo: code, plover: base.plover };
  }
  return base;
}

function baseCode(type: CommitmentType, status: CommitmentStatus): CameoCode {
  switch (status) {
    case 'FAILED':
      return type === 'ASSISTANCE' ? REFUSED_AID : REFUSED;
    case 'SUSPENDED':
      return type === 'ASSISTANCE' ? SUSPENDED_AID : SUSPENDED;
    case 'PROPOSED':
      return REQUESTED[type];
    case 'ANNOUNCED':
    case 'AGREED':
    case 'PLEDGED':
      return INTENDED[type];
    case 'SIGNED':
    case 'ONGOING':
      return DONE[type];
  }
}
