// PP 94/2021's bands of unexcused days (rule set pp-94-2021), at and just past each bound, and the case a
// count opens.
import {
  bandOf,
  bandRank,
  caseBandFor,
  disciplineDays,
  lateDays,
} from '../../../domain/attendance/discipline';
import { pp94of2021 as rules } from '../../../domain/attendance/rule-sets';

const band = (days: number) => bandOf(days, rules)?.code;
const sanction = (days: number) => bandOf(days, rules)?.sanction;

describe('PP 94/2021 bands of unexcused days in a year', () => {
  it.each([
    [2, undefined, undefined],
    [3, '3', 'oral-warning'],
    [4, '4-6', 'written-warning'],
    [6, '4-6', 'written-warning'],
    [7, '7-10', 'statement-of-dissatisfaction'],
    [10, '7-10', 'statement-of-dissatisfaction'],
    [11, '11-13', 'tpp-cut-6'],
    [13, '11-13', 'tpp-cut-6'],
    [14, '14-16', 'tpp-cut-9'],
    [16, '14-16', 'tpp-cut-9'],
    [17, '17-20', 'tpp-cut-12'],
    [20, '17-20', 'tpp-cut-12'],
    [21, '21-24', 'demotion'],
    [24, '21-24', 'demotion'],
    [25, '25-27', 'removal-to-executor'],
    [27, '25-27', 'removal-to-executor'],
    [28, '28+', 'dismissal'],
    [29, '28+', 'dismissal'],
    [200, '28+', 'dismissal'],
  ])('%i days fall in band %s (%s)', (days, code, s) => {
    expect(band(days)).toBe(code);
    expect(sanction(days)).toBe(s);
  });

  it('gives the medium bands a 25% TPP cut for 6, 9 and 12 months', () => {
    expect([11, 14, 17].map((d) => bandOf(d, rules)!.tppCut)).toEqual([
      { percent: 25, months: 6 },
      { percent: 25, months: 9 },
      { percent: 25, months: 12 },
    ]);
    expect(bandOf(10, rules)!.tppCut).toBeUndefined();
    expect(bandOf(21, rules)!.tppCut).toBeUndefined();
  });

  it('names its sources, PP 94/2021 and Peraturan BKN 6/2022 for the lateness conversion', () => {
    expect(rules.id).toBe('pp-94-2021');
    expect(rules.sources.join(' ')).toMatch(/PP 94\/2021/);
    expect(rules.sources.join(' ')).toMatch(/Peraturan BKN 6\/2022.*7,5 jam = 1 hari/);
  });
});

describe('lateness and early leaving converted to days (7.5 hours = 1 day)', () => {
  const count = (lateMinutes: number, earlyMinutes = 0, unexcusedDays = 0) => ({
    unexcusedDays,
    lateMinutes,
    earlyMinutes,
    longestRun: 0,
  });
  it('counts 449 minutes as no day and 450 as one', () => {
    expect(lateDays(count(449), rules)).toBe(0);
    expect(lateDays(count(450), rules)).toBe(1);
  });
  it('adds early leaving to lateness: 300 late + 150 early is one day', () => {
    expect(lateDays(count(300, 150), rules)).toBe(1);
    expect(lateDays(count(300, 149), rules)).toBe(0);
  });
  it('adds the converted days to the unexcused ones: 2 days and 7.5 hours late reach the first band', () => {
    expect(disciplineDays(count(450, 0, 2), rules)).toBe(3);
    expect(caseBandFor(count(450, 0, 2), rules)).toEqual({ code: '3', days: 3 });
    expect(caseBandFor(count(449, 0, 2), rules)).toBeUndefined();
  });
  it('counts 13 days and 14 hours 59 minutes late as 14 days (band 14-16)', () => {
    expect(caseBandFor(count(899, 0, 13), rules)).toEqual({ code: '14-16', days: 14 });
  });
});

describe('the case a count opens', () => {
  it('opens the dismissal case for 10 consecutive working days even with fewer than 28 days', () => {
    expect(
      caseBandFor({ unexcusedDays: 10, lateMinutes: 0, earlyMinutes: 0, longestRun: 10 }, rules),
    ).toEqual({
      code: 'consecutive-10',
      days: 10,
    });
    expect(
      caseBandFor({ unexcusedDays: 10, lateMinutes: 0, earlyMinutes: 0, longestRun: 9 }, rules)?.code,
    ).toBe('7-10');
  });
  it('ranks bands so that a heavier count opens past the cases already open', () => {
    expect(bandRank('4-6', rules)).toBeGreaterThan(bandRank('3', rules));
    expect(bandRank('consecutive-10', rules)).toBeGreaterThan(bandRank('28+', rules));
  });
});
