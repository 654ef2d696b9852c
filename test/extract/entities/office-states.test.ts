import { describe, expect, it } from 'vitest';
import { officeState, type StateNaming } from '../../../src/extract/entities/office-states.js';
import { entityNamed, runEntities } from './helpers.js';

function naming(count: number, ...sentences: number[]): StateNaming {
  return { count, sentences: new Set(sentences) };
}

const IMPEACHMENT =
  'Friday, the United States House of Representatives issued a subpoena as part of its inquiry into sitting President Donald Trump. ' +
  "Details emerged about Trump's call with Ukrainian President Volodymyr Zelensky. " +
  'Trump asked Zelensky to investigate former Vice President Joe Biden over Ukraine. ' +
  'Aid to Ukraine was delayed. Ukraine is in a conflict with Russia. Ukraine said nothing. Ukraine waited.';

describe('state of an office holder the text names without a state', () => {
  it('leaves out a state whose office the article gives to someone else', () => {
    const doc = runEntities(IMPEACHMENT);
    expect(entityNamed(doc, 'Volodymyr Zelensky')).toMatchObject({ country: 'UKR', role: 'president' });
    expect(entityNamed(doc, 'Donald Trump')?.country).not.toBe('UKR');
  });

  it('gives a vice president only a state that has that office', () => {
    const doc = runEntities(IMPEACHMENT);
    expect(entityNamed(doc, 'Joe Biden')).toMatchObject({ country: 'USA' });
  });

  it('takes the only named state that has the office', () => {
    expect(officeState('president', new Map([['FRA', naming(1, 5)]]), [0])).toBe('FRA');
  });

  it('takes a dominant state named near the holder', () => {
    const states = new Map([['FRA', naming(6, 3)], ['MAR', naming(2, 7)]]);
    expect(officeState('interior minister', states, [4])).toBe('FRA');
  });
});

describe('state of an office holder: doubts leave it null', () => {
  it('does not give a dominant state named far from the holder', () => {
    const states = new Map([['FRA', naming(6, 10, 11)], ['MAR', naming(2, 12)]]);
    expect(officeState('interior minister', states, [0])).toBeNull();
  });

  it('does not give a state whose seat is filled', () => {
    expect(officeState('president', new Map([['UKR', naming(6, 0)]]), [0], new Set(['UKR']))).toBeNull();
  });

  it('does not give a president to a monarchy or a vice president to a state without one', () => {
    expect(officeState('president', new Map([['MAR', naming(3, 0)]]), [0])).toBeNull();
    expect(officeState('vice president', new Map([['UKR', naming(3, 0)]]), [0])).toBeNull();
  });

  it('does not give a state when two are named about as often', () => {
    const states = new Map([['FRA', naming(3, 0)], ['DEU', naming(2, 0)]]);
    expect(officeState('defence minister', states, [0])).toBeNull();
  });
});
