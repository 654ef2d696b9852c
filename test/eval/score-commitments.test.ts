import { describe, expect, it } from 'vitest';
import type { GoldCommitment } from '../../src/eval/gold-schema.js';
import { scoreGold } from '../../src/eval/score.js';
import { article } from '../fixtures/eval/gold-article.js';

function scoreCommitments(gold: GoldCommitment[], predicted: GoldCommitment[]) {
  const report = scoreGold([{ gold: article({ commitments: gold }), predicted: article({ commitments: predicted }) }]);
  return { ...report.commitments, counts: report.counts };
}

const taskForce: GoldCommitment = {
  type: 'TASK_FORCE',
  parties: ['FRA', 'MAR'],
  status: 'ANNOUNCED',
  date: '2025-04-14',
  topics: ['migration'],
  trigger: 'joint task force',
};
const declaration: GoldCommitment = {
  type: 'DECLARATION',
  parties: ['MAR', 'FRA'],
  status: 'SIGNED',
  date: '2025-03',
  topics: ['terrorism', 'organized_crime', 'justice'],
  trigger: 'joint declaration',
};

describe('commitment scoring', () => {
  it('gives 1.0 everywhere for a perfect prediction', () => {
    const score = scoreCommitments([taskForce, declaration], [taskForce, declaration]);
    expect(score).toMatchObject({ p: 1, r: 1, f1: 1, parties_f1: 1, status_acc: 1, date_acc: 1, topics_f1: 1 });
  });

  it('matches on type and party set, in any order and spelling of the codes', () => {
    const score = scoreCommitments([taskForce], [{ ...taskForce, parties: ['mar', 'FRA', 'MAR'], trigger: 'task force' }]);
    expect(score.counts.commitments).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('does not match another type or another party set', () => {
    const otherType = scoreCommitments([taskForce], [{ ...taskForce, type: 'WORKING_GROUP' }]);
    expect(otherType.counts.commitments).toEqual({ tp: 0, fp: 1, fn: 1 });
    const otherParties = scoreCommitments([taskForce], [{ ...taskForce, parties: ['FRA', 'MAR', 'ESP'] }]);
    expect(otherParties.counts.commitments).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('needs two predictions for two gold entries with the same type and parties', () => {
    const pledgeA: GoldCommitment = { ...taskForce, type: 'PLEDGE', status: 'PLEDGED', trigger: 'full commitment' };
    const pledgeB: GoldCommitment = { ...pledgeA, date: '2025-03', trigger: 'pledged to intensify efforts' };
    const one = scoreCommitments([pledgeA, pledgeB], [{ ...pledgeB, date: '2025-03' }]);
    expect(one.counts.commitments).toEqual({ tp: 1, fp: 0, fn: 1 });
    // The prediction goes to the gold entry whose trigger it overlaps best, so its date is right.
    expect(one.date_acc).toBe(1);
  });

  it('gives each gold entry the prediction whose trigger overlaps best', () => {
    const pledgeA: GoldCommitment = { ...taskForce, type: 'PLEDGE', status: 'PLEDGED', trigger: 'full commitment' };
    const pledgeB: GoldCommitment = { ...pledgeA, status: 'AGREED', trigger: 'agreed to intensify efforts' };
    const predicted = [
      { ...pledgeB, trigger: 'intensify efforts' },
      { ...pledgeA, trigger: 'commitment' },
    ];
    const score = scoreCommitments([pledgeA, pledgeB], predicted);
    expect(score.counts.commitments.tp).toBe(2);
    expect(score.status_acc).toBe(1);
  });

  it('gives the exact P/R/F1 of a partial prediction', () => {
    const plan: GoldCommitment = { ...taskForce, type: 'ACTION_PLAN', status: 'ONGOING', trigger: 'action plan' };
    const score = scoreCommitments(
      [taskForce, declaration, plan],
      [taskForce, { ...declaration, type: 'AGREEMENT' }],
    );
    expect(score.counts.commitments).toEqual({ tp: 1, fp: 1, fn: 2 });
    expect(score.p).toBe(1 / 2);
    expect(score.r).toBeCloseTo(1 / 3, 12);
    expect(score.f1).toBe(2 / 5);
    // On party sets alone, the AGREEMENT between MAR and FRA also finds a partner.
    expect(score.counts.commitment_parties).toEqual({ tp: 2, fp: 0, fn: 1 });
    expect(score.parties_f1).toBe(4 / 5);
  });

  it('judges status and date over matched pairs only, and date only where gold has one', () => {
    const ongoing: GoldCommitment = { ...taskForce, type: 'WORKING_GROUP', status: 'ONGOING', date: null, trigger: 'mixed group' };
    const score = scoreCommitments(
      [taskForce, declaration, ongoing],
      [
        { ...taskForce, status: 'AGREED', date: '2025-04-14' },
        { ...declaration, date: null },
        { ...ongoing, date: '2024' },
      ],
    );
    expect(score.counts.status).toEqual({ correct: 2, judged: 3 });
    expect(score.counts.date).toEqual({ correct: 1, judged: 2 });
    expect(score.status_acc).toBeCloseTo(2 / 3, 12);
    expect(score.date_acc).toBe(1 / 2);
  });

  it('micro-averages topic labels over matched pairs', () => {
    const score = scoreCommitments(
      [taskForce, declaration],
      [
        { ...taskForce, topics: ['migration', 'border'] }, // tp 1, fp 1
        { ...declaration, topics: ['terrorism'] }, // tp 1, fn 2
      ],
    );
    expect(score.counts.topics).toEqual({ tp: 2, fp: 1, fn: 2 });
    expect(score.topics_f1).toBe(4 / 7);
  });

  it('reports null accuracies and topic F1 when nothing matched', () => {
    const score = scoreCommitments([taskForce], []);
    expect(score).toMatchObject({ p: null, r: 0, f1: 0, status_acc: null, date_acc: null, topics_f1: null });
    const noDates = scoreCommitments([{ ...taskForce, date: null, topics: [] }], [{ ...taskForce, topics: [] }]);
    expect(noDates.date_acc).toBeNull();
    expect(noDates.topics_f1).toBeNull();
    expect(noDates.status_acc).toBe(1);
  });

  it('counts one arrangement predicted twice under the same trigger once', () => {
    const score = scoreCommitments([declaration], [declaration, { ...declaration, trigger: 'Joint Declaration' }]);
    expect(score.counts.commitments).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
});
