import {
  defaultYearSchedule,
  monthsPerPeriod,
  periodsOfYear,
  ratingDueAt,
  toWitaIso,
} from '../../../domain/appraisal/periods';
import { resolveAppraisalRules } from '../../../domain/appraisal/rule-sets';

const { rules } = resolveAppraisalRules();

describe('quarterly periods of an appraisal year (WITA)', () => {
  const quarters = periodsOfYear(2026, 'quarterly');

  it('has four quarters Q1..Q4 of three months each', () => {
    expect(quarters.map((p) => p.period)).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    expect(monthsPerPeriod('quarterly')).toBe(3);
  });
  it('starts Q1 on 1 January 00:00 WITA and ends it at the start of 1 April', () => {
    expect(quarters[0]).toEqual({
      period: 'Q1',
      startsAt: '2026-01-01T00:00:00+08:00',
      endsAt: '2026-04-01T00:00:00+08:00',
    });
  });
  it('ends Q4 at the start of 1 January of the next year', () => {
    expect(quarters[3]).toEqual({
      period: 'Q4',
      startsAt: '2026-10-01T00:00:00+08:00',
      endsAt: '2027-01-01T00:00:00+08:00',
    });
  });
  it('leaves no gap between one quarter and the next', () => {
    quarters.slice(1).forEach((q, i) => expect(q.startsAt).toBe(quarters[i].endsAt));
  });
});

describe('monthly periods of an appraisal year (WITA)', () => {
  const months = periodsOfYear(2028, 'monthly');

  it('has twelve months M01..M12', () => {
    expect(months.map((p) => p.period)).toEqual([
      'M01',
      'M02',
      'M03',
      'M04',
      'M05',
      'M06',
      'M07',
      'M08',
      'M09',
      'M10',
      'M11',
      'M12',
    ]);
    expect(monthsPerPeriod('monthly')).toBe(1);
  });
  it('ends February of the leap year 2028 at the start of 1 March', () => {
    expect(months[1]).toEqual({
      period: 'M02',
      startsAt: '2028-02-01T00:00:00+08:00',
      endsAt: '2028-03-01T00:00:00+08:00',
    });
  });
});

describe('rating due date of a period', () => {
  it('falls 14 days after the end of Q1 by default: 15 April 00:00 WITA', () => {
    const [q1] = periodsOfYear(2026, 'quarterly');
    expect(ratingDueAt(q1, rules.schedule.periodRatingWindow)).toBe('2026-04-15T00:00:00+08:00');
  });
  it('falls 7 days after the end of December with a P7D window: 8 January of the next year', () => {
    const december = periodsOfYear(2026, 'monthly')[11];
    expect(ratingDueAt(december, 'P7D')).toBe('2027-01-08T00:00:00+08:00');
  });
  it('takes a window in hours for a shortened test schedule', () => {
    const [q1] = periodsOfYear(2026, 'quarterly');
    expect(ratingDueAt(q1, 'PT12H')).toBe('2026-04-01T12:00:00+08:00');
  });
});

describe('default schedule of an appraisal year', () => {
  it('sets the SKP by 31 January 23:59 WITA and the annual rating by 31 January of the next year', () => {
    expect(defaultYearSchedule(2026, rules)).toEqual({
      skpDueAt: '2026-01-31T23:59:00+08:00',
      periodRatingWindow: 'P14D',
      annualDueAt: '2027-01-31T23:59:00+08:00',
      objectionWindow: 'P14D',
    });
  });
  it('moves a due day past the end of its month to the last day: 29 February becomes 28 February in 2027', () => {
    const leapDay = resolveAppraisalRules({
      schedule: { skpDue: { month: 2, day: 29, time: '16:00' } },
    }).rules;
    expect(defaultYearSchedule(2027, leapDay).skpDueAt).toBe('2027-02-28T16:00:00+08:00');
  });
});

describe('instants in WITA', () => {
  it('writes a UTC instant with the WITA offset', () => {
    expect(toWitaIso('2026-01-31T15:59:00Z')).toBe('2026-01-31T23:59:00+08:00');
  });
});
