// The form that opens an appraisal year, as pure functions: posted fields read (bounded, only the form's
// own names), turned into the body of appraisalYearInputSchema (WITA date-times, counts and units), and
// each of the schema's issues placed beside its field.
import { appraisalYearInputSchema } from '../../../domain/appraisal/schemas';
import { translator } from '../../../domain/messages';
import { readYearForm, yearBodyOf, yearFieldOfPath } from '../../../web/staff/appraisal/year-form';

const t = translator('id');

describe('the form that opens an appraisal year', () => {
  it('becomes the body of the API: WITA date-times, durations, the units ticked, a compressed calendar', () => {
    const { values, issues } = readYearForm(
      {
        year: '2027',
        periodicity: 'monthly',
        skpDueAt: '2027-01-31T23:59',
        annualDueAt: '2028-01-31T23:59:00',
        objectionWindow: '14',
        'objectionWindow-unit': 'hari',
        escalationAfter: '2',
        'escalationAfter-unit': 'jam',
        units: ['DINKES', 'DISDIK'],
        startsAt: '2027-01-01T08:00:00',
        periodLength: '15',
        'periodLength-unit': 'detik',
      },
      t,
    );
    expect(issues).toEqual([]);
    const { body, issues: own } = yearBodyOf(values, t);
    expect(own).toEqual([]);
    expect(body).toEqual({
      year: 2027,
      periodicity: 'monthly',
      deadlines: {
        skpDueAt: '2027-01-31T23:59:00+08:00',
        annualDueAt: '2028-01-31T23:59:00+08:00',
        objectionWindow: 'P14D',
      },
      escalationAfter: 'PT2H',
      units: ['DINKES', 'DISDIK'],
      compressedCalendar: { startsAt: '2027-01-01T08:00:00+08:00', periodLength: 'PT15S' },
    });
    expect(appraisalYearInputSchema.safeParse(body).success).toBe(true);
  });

  it('leaves empty fields out, so that the rule set decides', () => {
    const { values } = readYearForm({ year: '2027', units: 'DINKES' }, t);
    expect(yearBodyOf(values, t).body).toEqual({ year: 2027, units: ['DINKES'] });
  });

  it("names its own problems beside their fields, and places the schema's issues by path", () => {
    const { values, issues } = readYearForm(
      { year: 'dua ribu', skpDueAt: '2027-02-30T10:00', reminderBefore: 'tiga', periodicity: ['a', 'b'] },
      t,
    );
    expect(issues).toEqual([{ field: 'periodicity', message: t('hr.cycles.error.repeated') }]);
    expect(yearBodyOf(values, t).issues.map((i) => i.field)).toEqual(['year', 'skpDueAt', 'reminderBefore']);
    const parsed = appraisalYearInputSchema.safeParse({
      year: 1999,
      deadlines: { skpDueAt: '2027-02-01T00:00:00Z', annualDueAt: '2027-01-01T00:00:00Z' },
      escalationAfter: 'PT0S',
      compressedCalendar: { startsAt: '2027-01-01T00:00:00Z', periodLength: 'P1Y' },
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => yearFieldOfPath(i.path))).toEqual([
      'year',
      'escalationAfter',
      'periodLength',
      'annualDueAt',
    ]);
  });
});
