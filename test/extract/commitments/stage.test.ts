import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commitmentsStage, extractCommitments } from '../../../src/extract/commitments/stage.js';
import type { Commitment } from '../../../src/model/facts.js';
import { FRANCE, MOROCCO, makeDoc, type EntitySpec } from './helpers.js';

const seed = JSON.parse(readFileSync(new URL('../../fixtures/commitments/seed-france-morocco.json', import.meta.url), 'utf8')) as {
  text: string;
  published: string;
};

const SEED_ENTITIES: EntitySpec[] = [
  { name: 'Bruno Retailleau', type: 'PERSON', country: 'FRA', party: 'FRA', role: 'interior minister', forms: ['Bruno Retailleau', 'Retailleau'] },
  { name: 'Abdelouafi Laftit', type: 'PERSON', country: 'MAR', party: 'MAR', role: 'interior minister', forms: ['Abdelouafi Laftit', 'Laftit'] },
  { name: 'Emmanuel Macron', type: 'PERSON', country: 'FRA', party: 'FRA', role: 'president', forms: ['Emmanuel Macron', 'Macron'] },
  { name: 'Abdelatif Ouahbi', type: 'PERSON', country: 'MAR', party: 'MAR', forms: ['Abdelatif Ouahbi'] },
  { name: 'Gérald Darmanin', type: 'PERSON', country: 'FRA', party: 'FRA', forms: ['Gérald Darmanin'] },
  FRANCE,
  MOROCCO,
  { name: 'Tunisia', type: 'COUNTRY', country: 'TUN', forms: ['Tunisia'] },
  { name: 'Algeria', type: 'COUNTRY', country: 'DZA', forms: ['Algeria'] },
  { name: 'Rabat', type: 'PLACE', country: 'MAR', party: 'MAR', forms: ['Rabat'] },
  { name: 'Paris', type: 'PLACE', country: 'FRA', party: 'FRA', forms: ['Paris'] },
  { name: 'Western Sahara', type: 'PLACE', country: null, forms: ['Western Sahara'] },
  { name: 'French Ministry of the Interior', type: 'ORG', country: 'FRA', party: 'FRA', forms: ['French Ministry of the Interior'] },
  { name: 'Moroccan Ministry of the Interior', type: 'ORG', country: 'MAR', party: 'MAR', forms: ['Moroccan Ministry of the Interior'] },
  { name: 'Institute for Economics and Peace', type: 'ORG', forms: ['Institute for Economics and Peace'] },
];

const SEED_TIMEXES = [
  { text: 'Monday', value: '2025-04-14' },
  { text: 'the summer of 2024', value: '2024-SU' },
  { text: 'October 2024', value: '2024-10' },
  { text: 'April 14, 2025', value: '2025-04-14' },
  { text: 'Thursday', value: '2025-04-10' },
  { text: 'Last month', value: '2025-03' },
  { text: 'May 2024', value: '2024-05' },
];

function seedCommitments(): Commitment[] {
  return extractCommitments(makeDoc(seed.text, seed.published, SEED_ENTITIES, SEED_TIMEXES));
}

function only(list: Commitment[], type: Commitment['type']): Commitment {
  const found = list.filter((c) => c.type === type);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('commitments stage on the seed article', () => {
  const commitments = seedCommitments();

  it('finds the announced joint task force of France and Morocco, dated the day of the announcement', () => {
    const c = only(commitments, 'TASK_FORCE');
    expect([...c.parties].sort()).toEqual(['FRA', 'MAR']);
    expect(c.status).toBe('ANNOUNCED');
    expect(c.date).toBe('2025-04-14');
    expect(c.topics).toContain('migration');
    expect(c.trigger).toBe('joint task force');
    expect(c.rule).toBe('commitments.trigger:joint-task-force');
    expect(seed.text.slice(c.start, c.end)).toBe('joint task force');
  });

  it('attaches later mentions ("this task force", "joint teams") to the first as evidence', () => {
    const c = only(commitments, 'TASK_FORCE');
    expect(c.evidence.map((e) => seed.text.slice(e.start, e.end))).toEqual(expect.arrayContaining(['task force']));
    expect(c.evidence.length).toBeGreaterThanOrEqual(2);
  });

  it('finds the strengthened partnership between "the two countries", dated by the sentence before', () => {
    const c = only(commitments, 'PARTNERSHIP');
    expect([...c.parties].sort()).toEqual(['FRA', 'MAR']);
    expect(c.status).toBe('ANNOUNCED');
    expect(c.date).toBe('2024-10');
    expect(c.topics).toEqual(expect.arrayContaining(['migration', 'human_trafficking']));
  });

  it('finds the signed joint declaration with its topics from every mention', () => {
    const c = only(commitments, 'DECLARATION');
    expect([...c.parties].sort()).toEqual(['FRA', 'MAR']);
    expect(c.status).toBe('SIGNED');
    expect(c.date).toBe('2025-03');
    expect([...c.topics].sort()).toEqual(['justice', 'organized_crime', 'terrorism']);
    expect(c.cameo).toBe('057');
    expect(c.plover).toBe('SUPPORT');
  });

  it('finds the ongoing action plan with its start date, and the mixed migration group', () => {
    const plan = only(commitments, 'ACTION_PLAN');
    expect(plan.status).toBe('ONGOING');
    expect(plan.date).toBe('2024-05');
    expect([...plan.parties].sort()).toEqual(['FRA', 'MAR']);
    const group = only(commitments, 'WORKING_GROUP');
    expect(group.status).toBe('ONGOING');
    expect(group.date).toBeNull();
  });

  it('keeps two distinct pledges and leaves out the cooperation strengthened by signing the declaration', () => {
    const pledges = commitments.filter((c) => c.type === 'PLEDGE');
    expect(pledges.map((p) => p.trigger).sort()).toEqual(['Morocco’s full commitment', 'pledged to intensify efforts'].sort());
    expect(pledges.every((p) => p.status === 'PLEDGED')).toBe(true);
  });

  it('runs as a pipeline stage that fills doc.commitments', () => {
    const doc = makeDoc(seed.text, seed.published, SEED_ENTITIES, SEED_TIMEXES);
    commitmentsStage.run(doc);
    expect(doc.commitments.length).toBe(commitments.length);
    expect(commitmentsStage.requires).toEqual(['sentences', 'entities', 'timexes']);
  });
});

const GREECE: EntitySpec = { name: 'Greece', type: 'COUNTRY', country: 'GRC', forms: ['Greece', 'Greek'] };
const CYPRUS: EntitySpec = { name: 'Cyprus', type: 'COUNTRY', country: 'CYP', forms: ['Cyprus', 'Cypriot'] };
const ISRAEL: EntitySpec = { name: 'Israel', type: 'COUNTRY', country: 'ISR', forms: ['Israel', 'Israeli'] };
const USA: EntitySpec = { name: 'United States', type: 'COUNTRY', country: 'USA', forms: ['United States', 'US'] };
const IRAN: EntitySpec = { name: 'Iran', type: 'COUNTRY', country: 'IRN', forms: ['Iran', 'Iranian'] };
const GERMANY: EntitySpec = { name: 'Germany', type: 'COUNTRY', country: 'DEU', forms: ['Germany', 'German'] };

describe('commitments stage on single sentences', () => {
  it('reads the parties of "between A, B and C" and the status of a passive verb', () => {
    const doc = makeDoc('In 2017, a memorandum of understanding about the pipeline was signed between Cyprus, Greece and Israel.', '2020-01-10', [CYPRUS, GREECE, ISRAEL], [{ text: '2017', value: '2017' }]);
    const [c] = extractCommitments(doc);
    expect(c).toMatchObject({ type: 'MOU', status: 'SIGNED', date: '2017', trigger: 'memorandum of understanding' });
    expect([...c!.parties].sort()).toEqual(['CYP', 'GRC', 'ISR']);
  });

  it('reads a withdrawal as FAILED and adds the signatories named in a later mention', () => {
    const text =
      'Last year the US withdrew from a nuclear nonproliferation treaty with Iran, which had been agreed years before. Other signatories to the treaty include Germany.';
    const doc = makeDoc(text, '2019-01-23', [USA, IRAN, GERMANY], [{ text: 'Last year', value: '2018' }]);
    const [c] = extractCommitments(doc);
    expect(c).toMatchObject({ type: 'AGREEMENT', status: 'FAILED', date: '2018', topics: ['nuclear'] });
    expect([...c!.parties].sort()).toEqual(['DEU', 'IRN', 'USA']);
    expect(c!.cameo).toBe('121');
    expect(c!.plover).toBe('REJECT');
  });

  it('keeps apart two agreements of the same states when they are about different things', () => {
    const turkey: EntitySpec = { name: 'Turkey', type: 'COUNTRY', country: 'TUR', forms: ['Turkey', 'Turkish'] };
    const libya: EntitySpec = { name: 'Libya', type: 'COUNTRY', country: 'LBY', forms: ['Libya', 'Libyan'] };
    const text =
      'They said the maritime border agreement between Turkey and Libya is void. They also deemed that the agreement on sending Turkish soldiers to Libya breaks the law.';
    const list = extractCommitments(makeDoc(text, '2020-01-11', [turkey, libya]));
    expect(list.map((c) => c.trigger)).toEqual(['maritime border agreement', 'agreement']);
    expect(list.every((c) => [...c.parties].sort().join() === 'LBY,TUR')).toBe(true);
  });

  it('lets an intergovernmental body alone be the party when it acts for its members', () => {
    const asean: EntitySpec = { name: 'Association of Southeast Asian Nations', type: 'ORG', country: null, party: 'ASEAN', forms: ['ASEAN'] };
    const [c] = extractCommitments(makeDoc('ASEAN defence chiefs agreed to hold joint naval exercises next year.', '2024-05-01', [asean]));
    expect(c).toMatchObject({ type: 'JOINT_ACTIVITY', parties: ['ASEAN'], status: 'AGREED' });
  });

  it('lists every state of a coalition, and a single state calling for cooperation', () => {
    const uk: EntitySpec = { name: 'United Kingdom', type: 'COUNTRY', country: 'GBR', forms: ['United Kingdom'] };
    const bahrain: EntitySpec = { name: 'Bahrain', type: 'COUNTRY', country: 'BHR', forms: ['Bahrain'] };
    const text = 'Recently, the United States announced a naval coalition to patrol the Gulf which was joined by Bahrain and the United Kingdom.';
    const [coalition] = extractCommitments(makeDoc(text, '2019-09-23', [USA, bahrain, uk], [{ text: 'Recently', value: 'PAST_REF' }]));
    expect(coalition).toMatchObject({ type: 'JOINT_ACTIVITY', status: 'ANNOUNCED', date: 'PAST_REF' });
    expect([...coalition!.parties].sort()).toEqual(['BHR', 'GBR', 'USA']);
    const turkey: EntitySpec = { name: 'Turkey', type: 'COUNTRY', country: 'TUR', forms: ['Turkish'] };
    const [call] = extractCommitments(makeDoc('The Turkish president called for a regional cooperation in the Eastern Mediterranean.', '2020-01-11', [turkey]));
    expect(call).toMatchObject({ type: 'PLEDGE', status: 'PROPOSED', parties: ['TUR'], plover: 'DEMAND' });
  });
});

describe('commitments stage: sides, back-references and dates on unseen news', () => {
  const UAE: EntitySpec = { name: 'United Arab Emirates', type: 'COUNTRY', country: 'ARE', forms: ['United Arab Emirates', 'UAE'] };
  const BAHRAIN: EntitySpec = { name: 'Bahrain', type: 'COUNTRY', country: 'BHR', forms: ['Bahrain'] };
  const WHITE_HOUSE: EntitySpec = { name: 'White House', type: 'ORG', country: 'USA', party: 'USA', forms: ['White House'] };

  it('leaves out the broker of a deal between two other states', () => {
    const text = 'In mid-August, Kushner, on behalf of the White House, helped broker a deal establishing diplomatic relations between Israel and the United Arab Emirates.';
    const [deal] = extractCommitments(makeDoc(text, '2020-09-30', [USA, ISRAEL, UAE, WHITE_HOUSE]));
    expect(deal).toMatchObject({ type: 'AGREEMENT' });
    expect([...deal!.parties].sort()).toEqual(['ARE', 'ISR']);
  });

  it('keeps "additional deals" apart from the deal told before', () => {
    const text = 'Building on the deal brokered between Israel and the United Arab Emirates, the administration announced additional deals between Israel and Bahrain.';
    const found = extractCommitments(makeDoc(text, '2020-10-29', [ISRAEL, UAE, BAHRAIN]));
    expect(found.map((c) => [...c.parties].sort())).toEqual([['ARE', 'ISR'], ['BHR', 'ISR']]);
  });

  it('leaves out the actor of a later event in an "after X began" clause', () => {
    const syria: EntitySpec = { name: 'Syria', type: 'COUNTRY', country: 'SYR', forms: ['Syria'] };
    const turkey: EntitySpec = { name: 'Turkey', type: 'COUNTRY', country: 'TUR', forms: ['Turkey'] };
    const text = 'Iraq signed an agreement with Syria after Turkey began a military offensive.';
    const iraq: EntitySpec = { name: 'Iraq', type: 'COUNTRY', country: 'IRQ', forms: ['Iraq'] };
    const [deal] = extractCommitments(makeDoc(text, '2019-10-15', [iraq, syria, turkey]));
    expect([...deal!.parties].sort()).toEqual(['IRQ', 'SYR']);
  });

  it('names a body that contracts with its own state by its name', () => {
    const syria: EntitySpec = { name: 'Syria', type: 'COUNTRY', country: 'SYR', forms: ['Syria'] };
    const sdf: EntitySpec = { name: 'Syrian Democratic Forces', type: 'ORG', country: 'SYR', party: 'SYR', forms: ['Syrian Democratic Forces'] };
    const text = 'Late on Sunday, the Kurdish-led Syrian Democratic Forces announced it had entered into an agreement with the government of Syria.';
    const [deal] = extractCommitments(makeDoc(text, '2019-10-15', [syria, sdf]));
    expect(deal).toMatchObject({ type: 'AGREEMENT', status: 'ANNOUNCED' });
    expect([...deal!.parties].sort()).toEqual(['SYR', 'Syrian Democratic Forces']);
  });

  it('reads an offer of aid as PLEDGED and a step taken "with a view to" as PROPOSED', () => {
    const [offer] = extractCommitments(makeDoc('Germany offered military assistance to Greece after the floods.', '2019-01-10', [GERMANY, GREECE]));
    expect(offer).toMatchObject({ type: 'ASSISTANCE', status: 'PLEDGED' });
    const text = 'Germany strengthened its systems with a view to enhanced information-sharing with Greece.';
    const [plan] = extractCommitments(makeDoc(text, '2019-03-17', [GERMANY, GREECE]));
    expect(plan).toMatchObject({ type: 'INFORMATION_SHARING', status: 'PROPOSED', parties: ['DEU', 'GRC'] });
  });

  it('dates a pledge reported by a statement in the news by the article, not by a background date', () => {
    const pledge = seedCommitments().find((c) => c.trigger.includes('full commitment'));
    expect(pledge).toMatchObject({ type: 'PLEDGE', status: 'PLEDGED', date: '2025-04-14' });
  });
});
