// The working calendar: working days (weekends, national holidays and cuti bersama are not), lateness and
// early leaving against the day's hours, and the 10-consecutive-days rule across a weekend and a holiday.
import {
  earlyMinutes,
  hoursOf,
  lateMinutes,
  witaDateTime,
  workingDays,
  type WorkingCalendar,
} from '../../../domain/attendance/calendar';
import { dateSchema, defaultHours } from '../../../domain/attendance/calendar';
import { longestUnexcusedRun } from '../../../domain/attendance/discipline';

const cal: WorkingCalendar = {
  year: 2026,
  hours: defaultHours,
  holidays: [
    { date: '2026-01-01', kind: 'libur-nasional', name: 'Tahun Baru Masehi' },
    { date: '2026-03-19', kind: 'libur-nasional', name: 'Hari Suci Nyepi' },
    { date: '2026-03-20', kind: 'cuti-bersama', name: 'Cuti bersama Nyepi' },
  ],
};

describe('working days of a calendar', () => {
  it('leaves out weekends, national holidays and cuti bersama', () => {
    const march = workingDays(cal, '2026-03-31').filter((d) => d.startsWith('2026-03'));
    expect(march).toHaveLength(20); // 22 weekdays less Nyepi and its cuti bersama
    expect(march).not.toContain('2026-03-19');
    expect(march).not.toContain('2026-03-21'); // a Saturday
    expect(workingDays(cal, '2026-01-09')).toEqual([
      '2026-01-02',
      '2026-01-05',
      '2026-01-06',
      '2026-01-07',
      '2026-01-08',
      '2026-01-09',
    ]);
  });
  it('gives Friday its own hours', () => {
    expect(hoursOf(cal, '2026-03-13')).toEqual({ weekday: 5, start: '07:30', end: '16:30' });
    expect(hoursOf(cal, '2026-03-14')).toBeUndefined();
  });
});

describe('lateness and early leaving', () => {
  const day = { start: '07:30', end: '16:00' };
  it('counts minutes after the start and before the end', () => {
    expect(lateMinutes(day, '07:30')).toBe(0);
    expect(lateMinutes(day, '07:31')).toBe(1);
    expect(lateMinutes(day, '09:00')).toBe(90);
    expect(earlyMinutes(day, '16:00')).toBe(0);
    expect(earlyMinutes(day, '15:15')).toBe(45);
  });
  it('reads an instant on the WITA clock', () => {
    expect(witaDateTime(new Date('2026-03-02T23:45:00Z'))).toEqual({ date: '2026-03-03', time: '07:45' });
  });
});

describe('10 consecutive working days', () => {
  const days = workingDays(cal);
  const absent = (from: string, to: string) => (d: string) => !(d >= from && d <= to);
  it('runs across a weekend: Monday 2 March to Friday 13 March is 10 working days', () => {
    expect(longestUnexcusedRun(days, absent('2026-03-02', '2026-03-13'))).toBe(10);
  });
  it('runs across a holiday and cuti bersama: 12 to 27 March is 10 working days (19, 20 and the weekends skipped)', () => {
    expect(longestUnexcusedRun(days, absent('2026-03-12', '2026-03-27'))).toBe(10);
    expect(longestUnexcusedRun(days, absent('2026-03-12', '2026-03-26'))).toBe(9);
  });
  it('is broken by a day of presence', () => {
    const covered = (d: string) => d === '2026-03-09' || absent('2026-03-02', '2026-03-13')(d);
    expect(longestUnexcusedRun(days, covered)).toBe(5);
  });
});

describe('dates of the calendar', () => {
  it('takes a real date from 2000 to 2100, and refuses year 0, 2101 and 30 February', () => {
    expect(dateSchema.safeParse('2026-02-28').success).toBe(true);
    for (const d of ['0000-01-01', '2101-01-01', '2026-02-30', '26-02-28'])
      expect([d, dateSchema.safeParse(d).success]).toEqual([d, false]);
  });
});
