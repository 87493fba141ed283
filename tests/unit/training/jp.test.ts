// The yearly 20 JP (RULES 3.2): minutes to JP, the sum across kinds, the shortfall and the mid-year rule.
import {
  jpTotal,
  midYearReminderDue,
  midYearTarget,
  minutesToJp,
  shortfall,
  yearCalendar,
} from '../../../domain/training/jp';
import { jp2020, trainingKinds, trainingRules } from '../../../domain/training/rule-sets';

describe('minutes to JP (a JP is 45 minutes)', () => {
  it('makes 90 minutes 2 JP and a 900-minute course 20 JP', () => {
    expect(minutesToJp(90, jp2020)).toBe(2);
    expect(minutesToJp(900, jp2020)).toBe(20);
  });
  it('keeps whole hundredths, rounding down: 100 minutes are 2.22 JP', () => {
    expect(minutesToJp(100, jp2020)).toBe(2.22);
  });
  it('refuses negative minutes', () => {
    expect(() => minutesToJp(-1, jp2020)).toThrow(RangeError);
  });
});

describe('the JP of a year across kinds', () => {
  const total = jpTotal([
    { kind: 'course', jp: 8, status: 'verified' },
    { kind: 'seminar', jp: 2.5, status: 'verified' },
    { kind: 'coaching', jp: 4, status: 'verified' },
    { kind: 'e-learning', jp: 6.25, status: 'verified' },
    { kind: 'workshop', jp: 10, status: 'pending' },
    { kind: 'mentoring', jp: 3, status: 'rejected' },
  ]);
  it('counts classical and non-classical verified records alike: 8 + 2.5 + 4 + 6.25 = 20.75', () => {
    expect(total).toMatchObject({ total: 20.75, classical: 10.5, nonClassical: 10.25 });
    expect(total.byKind).toEqual({ course: 8, seminar: 2.5, coaching: 4, 'e-learning': 6.25 });
  });
  it('shows pending records apart and counts rejected ones nowhere', () => {
    expect(total.pending).toBe(10);
    expect(total.byKind.mentoring).toBeUndefined();
  });
  it('classes the kinds as the rules do: courses, workshops, seminars are classical', () => {
    const classical = Object.entries(trainingKinds)
      .filter(([, k]) => k.classical)
      .map(([code]) => code);
    expect(classical).toEqual(['course', 'workshop', 'seminar']);
  });
});

describe('the 20 JP shortfall', () => {
  it('misses 7.5 JP at 12.5 and none at 20 or above', () => {
    expect(shortfall(12.5, jp2020)).toBe(7.5);
    expect(shortfall(20, jp2020)).toBe(0);
    expect(shortfall(31, jp2020)).toBe(0);
  });
  it('takes the minimum from the rule set by id', () => {
    expect(trainingRules('jp-2020').yearlyJp).toBe(20);
    expect(() => trainingRules('jp-1999')).toThrow(/unknown/);
  });
});

describe('the mid-year reminder', () => {
  const cal = yearCalendar(2026, jp2020);
  const at = (iso: string, totalJp: number) =>
    midYearReminderDue(
      {
        now: Date.parse(iso),
        midYearAt: Date.parse(cal.midYearAt),
        yearEndsAt: Date.parse(cal.endsAt),
        totalJp,
      },
      jp2020,
    );
  it('starts on 1 July at 00:00 WITA (16:00 UTC on 30 June)', () => {
    expect(cal.midYearAt).toBe('2026-06-30T16:00:00.000Z');
    expect(at('2026-06-30T15:59:59Z', 0)).toBe(false);
    expect(at('2026-06-30T16:00:00Z', 0)).toBe(true);
  });
  it('goes to someone under half of 20 JP (9.5) and not to someone at 10', () => {
    expect(midYearTarget(jp2020)).toBe(10);
    expect(at('2026-07-02T00:00:00Z', 9.5)).toBe(true);
    expect(at('2026-07-02T00:00:00Z', 10)).toBe(false);
  });
  it('is not due once the year has ended', () => {
    expect(at('2027-01-02T00:00:00Z', 0)).toBe(false);
  });
  it("closes a year's entries on 31 January of the next year (WITA)", () => {
    expect(cal.entriesCloseAt).toBe('2027-01-30T16:00:00.000Z');
  });
});
