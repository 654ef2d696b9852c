import type { CommitmentType, Topic } from '../../model/facts.js';

/**
 * CAMEO event codes per arrangement type and PLOVER event types per CAMEO code, after the PLOVER
 * project's conversion table (openeventdata/PLOVER, CAMEO2PLOVER-2021.txt, manual draft 0.8).
 * docs/cameo-plover.md explains the choices.
 */

export interface CameoCode {
  cameo: string;
  plover: string;
}

/** Code when the arrangement is concluded or under way (signed, ongoing). */
export const DONE: Record<CommitmentType, CameoCode> = {
  AGREEMENT: { cameo: '057', plover: 'SUPPORT' },
  MOU: { cameo: '057', plover: 'SUPPORT' },
  DECLARATION: { cameo: '057', plover: 'SUPPORT' },
  PARTNERSHIP: { cameo: '050', plover: 'SUPPORT' },
  WORKING_GROUP: { cameo: '050', plover: 'SUPPORT' },
  MEMBERSHIP: { cameo: '050', plover: 'SUPPORT' },
  TASK_FORCE: { cameo: '060', plover: 'COOPERATE' },
  ACTION_PLAN: { cameo: '060', plover: 'COOPERATE' },
  JOINT_ACTIVITY: { cameo: '060', plover: 'COOPERATE' },
  INFORMATION_SHARING: { cameo: '064', plover: 'COOPERATE' },
  LEGAL_COOPERATION: { cameo: '063', plover: 'COOPERATE' },
  ASSISTANCE: { cameo: '070', plover: 'AID' },
  PLEDGE: { cameo: '030', plover: 'AGREE' },
};

/** Code when the arrangement is only intended (announced, agreed, pledged): "express intent to ...". */
export const INTENDED: Record<CommitmentType, CameoCode> = {
  AGREEMENT: { cameo: '030', plover: 'AGREE' },
  MOU: { cameo: '030', plover: 'AGREE' },
  DECLARATION: { cameo: '030', plover: 'AGREE' },
  PARTNERSHIP: { cameo: '032', plover: 'AGREE' },
  WORKING_GROUP: { cameo: '032', plover: 'AGREE' },
  MEMBERSHIP: { cameo: '032', plover: 'AGREE' },
  TASK_FORCE: { cameo: '031', plover: 'AGREE' },
  ACTION_PLAN: { cameo: '031', plover: 'AGREE' },
  JOINT_ACTIVITY: { cameo: '031', plover: 'AGREE' },
  INFORMATION_SHARING: { cameo: '0314', plover: 'AGREE' },
  LEGAL_COOPERATION: { cameo: '0313', plover: 'AGREE' },
  ASSISTANCE: { cameo: '033', plover: 'AGREE' },
  PLEDGE: { cameo: '030', plover: 'AGREE' },
};

/** Code when one side asks for it (proposed, called for): "demand ... cooperation / aid". */
export const REQUESTED: Record<CommitmentType, CameoCode> = {
  AGREEMENT: { cameo: '102', plover: 'DEMAND' },
  MOU: { cameo: '102', plover: 'DEMAND' },
  DECLARATION: { cameo: '102', plover: 'DEMAND' },
  PARTNERSHIP: { cameo: '102', plover: 'DEMAND' },
  WORKING_GROUP: { cameo: '102', plover: 'DEMAND' },
  MEMBERSHIP: { cameo: '102', plover: 'DEMAND' },
  TASK_FORCE: { cameo: '101', plover: 'DEMAND' },
  ACTION_PLAN: { cameo: '101', plover: 'DEMAND' },
  JOINT_ACTIVITY: { cameo: '101', plover: 'DEMAND' },
  INFORMATION_SHARING: { cameo: '1014', plover: 'DEMAND' },
  LEGAL_COOPERATION: { cameo: '1013', plover: 'DEMAND' },
  ASSISTANCE: { cameo: '103', plover: 'DEMAND' },
  PLEDGE: { cameo: '101', plover: 'DEMAND' },
};

export const REFUSED: CameoCode = { cameo: '121', plover: 'REJECT' };
export const REFUSED_AID: CameoCode = { cameo: '122', plover: 'REJECT' };
export const SUSPENDED: CameoCode = { cameo: '160', plover: 'SANCTION' };
export const SUSPENDED_AID: CameoCode = { cameo: '162', plover: 'SANCTION' };

/**
 * Sector refinements of material cooperation codes: CAMEO splits 06 (cooperate), 03 (intent)
 * and 10/12 (demand, reject) by economic, military, judicial and intelligence matters.
 */
export const BY_TOPIC: Partial<Record<string, Partial<Record<Topic, string>>>> = {
  '060': { economic: '061', military: '062', justice: '063', intelligence: '064' },
  '031': { economic: '0311', military: '0312', justice: '0313', intelligence: '0314' },
  '030': { economic: '0311', military: '0312', justice: '0313', intelligence: '0314' },
  '033': { economic: '0331', military: '0332' },
  '070': { economic: '071', military: '072' },
  '101': { economic: '1011', military: '1012', justice: '1013', intelligence: '1014' },
  '103': { economic: '1031', military: '1032' },
  '121': { economic: '1211', military: '1212', justice: '1213', intelligence: '1214' },
};
