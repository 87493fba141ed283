import {
  afterPassingStatuses,
  allowedActions,
  cpnsStages,
  isBanned,
  nextStatus,
  pppkStages,
  statusesAllowing,
  withdrawalBanYears,
} from '../../../domain/recruitment/stages';

describe('Cycle stages', () => {
  it('runs SKD before the cut and SKB in a CPNS cycle', () => {
    expect(cpnsStages.indexOf('skd')).toBeLessThan(cpnsStages.indexOf('skb-cut'));
    expect(cpnsStages.indexOf('skb-cut')).toBeLessThan(cpnsStages.indexOf('skb'));
  });

  it('has no SKD or SKB in a PPPK cycle, only the competency test', () => {
    expect(pppkStages).toContain('competency-test');
    expect(pppkStages).not.toContain('skd');
  });
});

describe('Application transitions', () => {
  it('registers an application only once confirmed, and lets an unconfirmed one expire or be confirmed, nothing else', () => {
    expect(nextStatus('unconfirmed', 'confirm')).toEqual({ ok: true, value: 'registered' });
    expect(nextStatus('unconfirmed', 'expire')).toEqual({ ok: true, value: 'expired' });
    expect(allowedActions('unconfirmed')).toEqual(['confirm', 'expire']);
    expect(allowedActions('expired')).toEqual([]);
    expect(nextStatus('registered', 'confirm').ok).toBe(false);
    expect(statusesAllowing('withdraw')).not.toContain('unconfirmed');
  });

  it('moves a registered application to MS on screen-ms', () => {
    expect(nextStatus('registered', 'screen-ms')).toEqual({ ok: true, value: 'screened-ms' });
  });

  it('refuses to appoint a registered applicant, naming what is allowed', () => {
    expect(nextStatus('registered', 'appoint')).toEqual({
      ok: false,
      reasons: [
        'appoint is not allowed for an application that is registered; allowed: screen-ms, screen-tms, withdraw',
      ],
    });
  });

  it('lets an accepted appeal turn TMS into MS', () => {
    expect(nextStatus('screened-tms', 'screen-ms')).toEqual({ ok: true, value: 'screened-ms' });
  });

  it('takes a PPPK applicant from MS straight to the competency result', () => {
    expect(nextStatus('screened-ms', 'competency-pass')).toEqual({ ok: true, value: 'passed' });
  });

  it('moves an optimalisasi candidate up to fill a vacancy', () => {
    expect(nextStatus('optimalisasi', 'replace-in')).toEqual({ ok: true, value: 'replaced-in' });
  });

  it('refuses to move up a candidate who failed SKD', () => {
    expect(nextStatus('skd-failed', 'replace-in').ok).toBe(false);
  });

  it('lets a passed candidate withdraw', () => {
    expect(nextStatus('passed', 'withdraw')).toEqual({ ok: true, value: 'withdrawn' });
  });

  it('counts a withdrawal once passed as after passing, and one after SKD failure not', () => {
    expect([afterPassingStatuses.includes('passed'), afterPassingStatuses.includes('skd-failed')]).toEqual([
      true,
      false,
    ]);
  });

  it('allows nothing after appointment', () => {
    expect(allowedActions('appointed')).toEqual([]);
  });
});

describe('Where an operation applies (the checks of the uploads)', () => {
  it('takes a screening decision again from its own results, as an accepted appeal does', () => {
    expect(statusesAllowing('screen-ms')).toEqual(['registered', 'screened-ms', 'screened-tms']);
  });

  it('takes SKB scores from the advanced and, for a re-ranking, from every final result', () => {
    expect(statusesAllowing('final-pass')).toEqual(['skb-advanced', 'passed', 'optimalisasi', 'not-passed']);
  });

  it('takes PPPK competency scores from the eligible, never from the not eligible', () => {
    expect(statusesAllowing('competency-pass')).not.toContain('screened-tms');
    expect(statusesAllowing('competency-pass')).toContain('screened-ms');
  });
});

describe('The withdrawal ban', () => {
  it("bars the next two budget years after the selection's own, whenever the withdrawal happens", () => {
    expect(withdrawalBanYears(2024, 2)).toEqual([2025, 2026]);
  });

  it('refuses a NIK to a selection of a banned budget year and accepts it after', () => {
    expect(isBanned([2025, 2026], 2025)).toBe(true);
    expect(isBanned([2025, 2026], 2027)).toBe(false);
  });
});
