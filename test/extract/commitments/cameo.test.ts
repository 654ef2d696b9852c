import { describe, expect, it } from 'vitest';
import { cameoFor } from '../../../src/extract/commitments/cameo.js';

describe('CAMEO and PLOVER codes of a commitment', () => {
  it('a signed agreement is 057 "sign formal agreement", PLOVER SUPPORT', () => {
    expect(cameoFor('AGREEMENT', 'SIGNED', ['economic'])).toEqual({ cameo: '057', plover: 'SUPPORT' });
  });

  it('intent to cooperate takes the 03 family (AGREE), refined by sector', () => {
    expect(cameoFor('PLEDGE', 'PLEDGED', ['intelligence'])).toEqual({ cameo: '0314', plover: 'AGREE' });
    expect(cameoFor('TASK_FORCE', 'ANNOUNCED', ['migration'])).toEqual({ cameo: '031', plover: 'AGREE' });
  });

  it('material cooperation under way takes the 06 family (COOPERATE), aid the 07 family (AID)', () => {
    expect(cameoFor('JOINT_ACTIVITY', 'ONGOING', ['military', 'maritime'])).toEqual({ cameo: '062', plover: 'COOPERATE' });
    expect(cameoFor('INFORMATION_SHARING', 'ONGOING', [])).toEqual({ cameo: '064', plover: 'COOPERATE' });
    expect(cameoFor('LEGAL_COOPERATION', 'ONGOING', ['justice'])).toEqual({ cameo: '063', plover: 'COOPERATE' });
    expect(cameoFor('ASSISTANCE', 'ONGOING', ['military'])).toEqual({ cameo: '072', plover: 'AID' });
  });

  it('proposals are demands, failures rejections, suspensions sanctions', () => {
    expect(cameoFor('LEGAL_COOPERATION', 'PROPOSED', ['justice'])).toEqual({ cameo: '1013', plover: 'DEMAND' });
    expect(cameoFor('AGREEMENT', 'FAILED', ['nuclear'])).toEqual({ cameo: '121', plover: 'REJECT' });
    expect(cameoFor('ASSISTANCE', 'SUSPENDED', [])).toEqual({ cameo: '162', plover: 'SANCTION' });
  });
});
