import { describe, expect, it } from 'vitest';
import { normalizePublished } from '../../src/ingest/dates.js';

describe('normalizePublished', () => {
  it.each([
    ['2025-04-14', '2025-04-14'],
    ['2025-04-14T10:00:00Z', '2025-04-14T10:00:00Z'],
    ['2025-04-14 10:00', '2025-04-14T10:00'],
    ['2025-04-14T10:00:00.123+02:00', '2025-04-14T10:00:00.123+02:00'],
    ['April 14, 2025', '2025-04-14'],
    ['Apr. 14 2025', '2025-04-14'],
    ['14 Apr 2025', '2025-04-14'],
    ['14th of April, 2025', '2025-04-14'],
    ['Monday, April 14, 2025', '2025-04-14'],
    ['Wednesday, January 23, 2019\u00a0', '2019-01-23'],
    ['2025/4/14', '2025-04-14'],
    ['Mon, 14 Apr 2025 10:00:00 +0000', '2025-04-14T10:00:00+00:00'],
    ['Mon, 14 Apr 2025 23:30:00 -0500', '2025-04-14T23:30:00-05:00'],
    ['14 Apr 2025 09:05 GMT', '2025-04-14T09:05:00Z'],
    ['Tue, 15 Apr 2025 08:00:00 EDT', '2025-04-15T08:00:00-04:00'],
  ])('reads %s as %s', (raw, value) => {
    expect(normalizePublished(raw)).toEqual({ status: 'ok', value });
  });

  it('keeps a Date object as an ISO date-time', () => {
    expect(normalizePublished(new Date(Date.UTC(2025, 3, 14)))).toEqual({ status: 'ok', value: '2025-04-14T00:00:00.000Z' });
  });

  it.each([undefined, null, '', '   '])('treats %j as missing', (raw) => {
    expect(normalizePublished(raw)).toEqual({ status: 'missing' });
  });
});
