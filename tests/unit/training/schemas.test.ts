// The inputs of competency development refuse what is not a date, a JP or a record of one year.
import { calendarDateSchema, trainingRecordInputSchema } from '../../../domain/training/schemas';

describe('a calendar date', () => {
  it('takes 29 February of a leap year and refuses it otherwise', () => {
    expect(calendarDateSchema.safeParse('2028-02-29').success).toBe(true);
    expect(calendarDateSchema.safeParse('2027-02-29').success).toBe(false);
  });
  it('refuses month 00 and day 00 with a message, not an error', () => {
    const r = calendarDateSchema.safeParse('2000-00-00');
    expect(r.error?.issues.map((i) => i.message)).toEqual(['is not a calendar date']);
  });
});

describe('a record of development', () => {
  const base = {
    kind: 'course',
    title: 'Diklat',
    provider: 'LAN',
    startDate: '2026-03-02',
    endDate: '2026-03-04',
  };
  it('takes JP or minutes, not both and not neither', () => {
    expect(trainingRecordInputSchema.safeParse({ ...base, jp: 12 }).success).toBe(true);
    expect(trainingRecordInputSchema.safeParse({ ...base, minutes: 540 }).success).toBe(true);
    expect(trainingRecordInputSchema.safeParse({ ...base, jp: 12, minutes: 540 }).success).toBe(false);
    expect(trainingRecordInputSchema.safeParse(base).success).toBe(false);
  });
  it('lies within one calendar year and refuses more than 1000 JP', () => {
    const across = trainingRecordInputSchema.safeParse({ ...base, endDate: '2027-01-05', jp: 30 });
    expect(across.error?.issues.map((i) => i.path.join('.'))).toEqual(['endDate']);
    expect(trainingRecordInputSchema.safeParse({ ...base, jp: 1000.5 }).success).toBe(false);
  });
});
