// The TPP cut of a medium sanction (the months it is in force, the deductions and their reasons) and the
// web check-in's distance check.
import { addMonths, tppCutIn, tppCutMonths } from '../../../domain/attendance/discipline';
import { checkPosition, distanceMeters } from '../../../domain/attendance/position';
import { pp94of2021 as rules } from '../../../domain/attendance/rule-sets';
import { tppLine } from '../../../domain/attendance/tpp';

describe('the TPP cut of a medium sanction', () => {
  it('is in force from the month after the decision for 6, 9 or 12 months', () => {
    expect(tppCutMonths('2026-05', 6)).toEqual({ from: '2026-06', to: '2026-11' });
    expect(tppCutMonths('2026-05', 9)).toEqual({ from: '2026-06', to: '2027-02' });
    expect(tppCutMonths('2026-12', 12)).toEqual({ from: '2027-01', to: '2027-12' });
    expect(addMonths('2026-11', 2)).toBe('2027-01');
  });
  it('applies within its months only, and the largest cut when two overlap', () => {
    const s = [{ caseId: 'a', percent: 25, ...tppCutMonths('2026-05', 6) }];
    expect(tppCutIn('2026-05', s)).toBeNull();
    expect(tppCutIn('2026-06', s)?.percent).toBe(25);
    expect(tppCutIn('2026-11', s)?.percent).toBe(25);
    expect(tppCutIn('2026-12', s)).toBeNull();
  });
  it('pays 75% with the sanction named; nothing while the SKP is not approved or a task is overdue', () => {
    const sanctions = [{ caseId: 'discipline/2026/1/11-13', percent: 25, from: '2026-06', to: '2026-11' }];
    expect(tppLine('2026-07', { sanctions, skpApproved: true, overdueTaskIds: [] })).toEqual({
      eligible: true,
      paidPercent: 75,
      reasons: [
        {
          code: 'sanction-cut',
          percent: 25,
          caseId: 'discipline/2026/1/11-13',
          from: '2026-06',
          to: '2026-11',
        },
      ],
    });
    expect(tppLine('2026-07', { sanctions: [], skpApproved: false, overdueTaskIds: [] })).toMatchObject({
      eligible: false,
      paidPercent: 0,
      reasons: [{ code: 'skp-not-approved' }],
    });
    expect(tppLine('2026-07', { sanctions: [], skpApproved: true, overdueTaskIds: ['t_1'] }).reasons).toEqual(
      [{ code: 'overdue-task', taskIds: ['t_1'] }],
    );
    expect(tppLine('2026-12', { sanctions, skpApproved: true, overdueTaskIds: [] })).toEqual({
      eligible: true,
      paidPercent: 100,
      reasons: [],
    });
  });
});

describe('the distance check of a web check-in', () => {
  // Kantor Wali Kota Kupang, roughly.
  const office = { latitude: -10.1632, longitude: 123.5977, radiusMeters: 100 };
  it('measures the great-circle distance: 0.001° of latitude is about 111 m', () => {
    expect(distanceMeters(office, { latitude: -10.1642, longitude: 123.5977 })).toBeCloseTo(111.2, 0);
  });
  it('accepts a position inside the radius and refuses one outside it with the distance', () => {
    expect(checkPosition(office, { latitude: -10.1637, longitude: 123.5977, accuracy: 20 }, rules)).toEqual({
      ok: true,
      distanceMeters: 56,
    });
    expect(checkPosition(office, { latitude: -10.1642, longitude: 123.5977, accuracy: 20 }, rules)).toEqual({
      ok: false,
      reason: 'too-far',
      distanceMeters: 111,
    });
  });
  it('refuses a missing position, or one less accurate than 150 m', () => {
    expect(checkPosition(office, undefined, rules)).toEqual({ ok: false, reason: 'position-missing' });
    expect(checkPosition(office, { latitude: -10.1632, longitude: 123.5977 }, rules).ok).toBe(false);
    expect(checkPosition(office, { latitude: -10.1632, longitude: 123.5977, accuracy: 151 }, rules)).toEqual({
      ok: false,
      reason: 'too-inaccurate',
    });
    expect(checkPosition(office, { latitude: -10.1632, longitude: 123.5977, accuracy: 150 }, rules).ok).toBe(
      true,
    );
  });
});
