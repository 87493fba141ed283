import {
  countFunnel,
  funnelReach,
  median,
  nextDeadline,
  staysOf,
  timeInStage,
  type FunnelRecord,
} from '../../../domain/recruitment/funnel';

const ms = { screening: 'MS' as const };
const H = 3_600_000;

describe('the funnel of a CPNS cycle', () => {
  const records: FunnelRecord[] = [
    { status: 'unconfirmed' },
    { status: 'registered' },
    { status: 'screened-tms', screening: 'TMS' },
    { status: 'skd-failed', ...ms, skdAbsent: true },
    { status: 'skd-failed', ...ms, skd: { passed: false } },
    { status: 'skd-passed', ...ms, skd: { passed: true } },
    { status: 'not-advanced', ...ms, skd: { passed: true } },
    { status: 'skb-advanced', ...ms, skd: { passed: true } },
    { status: 'optimalisasi', ...ms, skd: { passed: true }, skbScored: true, finalOutcome: 'optimalisasi' },
    { status: 'documents-failed', ...ms, skd: { passed: true }, finalOutcome: 'passed' },
    { status: 'appointed', ...ms, skd: { passed: true }, finalOutcome: 'passed' },
  ];

  it('counts an application at the step it reached and at every step before it', () => {
    expect(countFunnel('CPNS', records)).toEqual([
      { step: 'registered', count: 10 },
      { step: 'ms', count: 8 },
      { step: 'skd-present', count: 7 },
      { step: 'skd-passed', count: 6 },
      { step: 'skb-advanced', count: 4 },
      { step: 'passed', count: 2 },
      { step: 'appointed', count: 1 },
    ]);
  });

  it('counts an unconfirmed or expired application nowhere', () => {
    expect(funnelReach('CPNS', { status: 'unconfirmed' })).toBe(0);
    expect(funnelReach('CPNS', { status: 'expired' })).toBe(0);
  });

  it('counts an MS application with an SKD score not yet announced as present, not as passed', () => {
    expect(funnelReach('CPNS', { status: 'screened-ms', ...ms, skd: { passed: true } })).toBe(3);
  });

  it('counts a withdrawn application up to where its results say it was', () => {
    const w = (r: Omit<FunnelRecord, 'status'>) => funnelReach('CPNS', { status: 'withdrawn', ...r });
    expect(w({})).toBe(1);
    expect(w({ ...ms })).toBe(2);
    expect(w({ ...ms, skd: { passed: false } })).toBe(3);
    expect(w({ ...ms, skd: { passed: true } })).toBe(4);
    expect(w({ ...ms, skd: { passed: true }, skbCutAdvanced: true })).toBe(5);
    expect(w({ ...ms, skd: { passed: true }, finalOutcome: 'passed' })).toBe(6);
    expect(w({ ...ms, skd: { passed: true }, finalOutcome: 'optimalisasi', replacement: true })).toBe(6);
  });
});

describe('the funnel of a PPPK cycle', () => {
  it('goes from registered through MS and the competency test to appointed', () => {
    expect(
      countFunnel('PPPK', [
        { status: 'screened-tms', screening: 'TMS' },
        { status: 'not-passed', ...ms },
        { status: 'not-passed', ...ms, competencyScored: true },
        { status: 'passed', ...ms, competencyScored: true },
        { status: 'withdrawn', ...ms, competencyScored: true, finalOutcome: 'passed' },
        { status: 'appointed', ...ms, competencyScored: true },
      ]),
    ).toEqual([
      { step: 'registered', count: 6 },
      { step: 'ms', count: 5 },
      { step: 'competency-present', count: 4 },
      { step: 'passed', count: 3 },
      { step: 'appointed', count: 1 },
    ]);
  });
});

describe('time in stage', () => {
  const t0 = Date.parse('2026-08-01T00:00:00Z');
  const cycle = { skdAnnounced: t0 + 50 * H, skbCut: t0 + 80 * H, finalAnnounced: t0 + 200 * H };

  it('measures each stay from the application’s own decisions and the cycle-wide steps', () => {
    const events = [
      { action: 'application.confirm', at: t0 },
      { action: 'application.screen-ms', at: t0 + 10 * H },
    ];
    expect(staysOf('CPNS', events, cycle, 5)).toEqual([
      { stage: 'screening', ms: 10 * H },
      { stage: 'skd', ms: 40 * H },
      { stage: 'skb-cut', ms: 30 * H },
      { stage: 'skb', ms: 120 * H },
    ]);
  });

  it('ends a stay at a withdrawal and counts no stay after it', () => {
    const events = [
      { action: 'application.confirm', at: t0 },
      { action: 'application.screen-ms', at: t0 + 10 * H },
      { action: 'application.withdraw', at: t0 + 20 * H },
    ];
    expect(staysOf('CPNS', events, cycle, 2)).toEqual([
      { stage: 'screening', ms: 10 * H },
      { stage: 'skd', ms: 10 * H },
    ]);
  });

  it('takes an SKD failure out of the stages and an accepted appeal back in', () => {
    const events = [
      { action: 'application.confirm', at: t0 },
      { action: 'application.screen-ms', at: t0 + 10 * H },
      { action: 'application.appeal-filed', at: t0 + 55 * H },
      { action: 'application.skd-pass', at: t0 + 60 * H },
    ];
    // Its record now says passed SKD, not advanced (reach 4): the stay waiting for the cut runs from the SKD result. Without
    // the appeal (reach 3, present but failed) it leaves the stages at the SKD result.
    expect(staysOf('CPNS', events, cycle, 4).map((s) => [s.stage, s.ms / H])).toEqual([
      ['screening', 10],
      ['skd', 40],
      ['skb-cut', 30],
    ]);
    expect(staysOf('CPNS', events.slice(0, 2), cycle, 3).map((s) => s.stage)).toEqual(['screening', 'skd']);
  });

  it('does not count the stay of the stage an application is in now', () => {
    const events = [{ action: 'application.confirm', at: t0 }];
    expect(staysOf('CPNS', events, {}, 1)).toEqual([]);
  });

  it('gives PPPK its competency stage up to the final result, then documents and appointment', () => {
    const events = [
      { action: 'application.confirm', at: t0 },
      { action: 'application.screen-ms', at: t0 + 2 * H },
      { action: 'application.verify-documents', at: t0 + 230 * H },
      { action: 'application.appoint', at: t0 + 240 * H },
    ];
    expect(staysOf('PPPK', events, { finalAnnounced: t0 + 200 * H }, 5)).toEqual([
      { stage: 'screening', ms: 2 * H },
      { stage: 'competency', ms: 198 * H },
      { stage: 'documents', ms: 30 * H },
      { stage: 'appointment', ms: 10 * H },
    ]);
  });

  it('gives the median and the longest stay of each stage in stage order', () => {
    const stays = [
      { stage: 'skd' as const, ms: 5 },
      { stage: 'screening' as const, ms: 1 },
      { stage: 'screening' as const, ms: 9 },
      { stage: 'screening' as const, ms: 4 },
      { stage: 'screening' as const, ms: 2 },
    ];
    expect(timeInStage('CPNS', stays)).toEqual([
      { stage: 'screening', count: 4, medianMs: 3, longestMs: 9 },
      { stage: 'skd', count: 1, medianMs: 5, longestMs: 5 },
    ]);
    expect(median([7, 1, 3])).toBe(3);
  });

  it('measures a national-scale stage of a million stays', () => {
    const stays = Array.from({ length: 1_000_000 }, (_, i) => ({ stage: 'skd' as const, ms: i }));
    expect(timeInStage('CPNS', stays)).toEqual([
      { stage: 'skd', count: 1_000_000, medianMs: 499_999.5, longestMs: 999_999 },
    ]);
  });
});

describe('the next deadline', () => {
  const schedule = {
    registrationOpensAt: '2026-07-01T00:00:00Z',
    registrationClosesAt: '2026-07-15T00:00:00Z',
  };

  it('is registration’s close during registration', () => {
    const now = Date.parse('2026-07-02T00:00:00Z');
    expect(nextDeadline({ schedule, appealWindows: {}, tasks: [] }, now)).toEqual({
      kind: 'registration-closes',
      at: schedule.registrationClosesAt,
    });
  });

  it('is the earliest of an open appeal window and an open task, past instants left out', () => {
    const now = Date.parse('2026-08-02T00:00:00Z');
    const input = {
      schedule,
      appealWindows: { administration: '2026-08-01T00:00:00Z', skd: '2026-08-05T00:00:00Z' },
      tasks: [{ type: 'appeal-answer', dueAt: '2026-08-04T00:00:00Z' }],
    };
    expect(nextDeadline(input, now)).toEqual({
      kind: 'task',
      at: '2026-08-04T00:00:00Z',
      of: 'appeal-answer',
    });
    expect(nextDeadline({ ...input, tasks: [] }, now)).toMatchObject({ kind: 'appeal-window', of: 'skd' });
    expect(nextDeadline({ ...input, tasks: [] }, Date.parse('2026-09-01T00:00:00Z'))).toBeUndefined();
  });
});
