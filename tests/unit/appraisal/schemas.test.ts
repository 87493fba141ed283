import { periodsOfYear } from '../../../domain/appraisal/periods';
import {
  acceptanceSchema,
  appraisalYearInputSchema,
  deadlineExtensionSchema,
  feedbackSchema,
  objectionDecisionSchema,
  objectionSchema,
  ratingSchema,
  resolveAppraisalYear,
  skpApprovalSchema,
  skpDraftSchema,
  unitResultInputSchema,
} from '../../../domain/appraisal/schemas';

const issuePaths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((i) => i.path.join('.'));

describe('opening an appraisal year', () => {
  it('needs only the year and fills every default from rule set permenpanrb-6-2022', () => {
    const { config, ruleChanges } = resolveAppraisalYear(appraisalYearInputSchema.parse({ year: 2026 }));
    expect(config).toEqual({
      year: 2026,
      ruleSetId: 'permenpanrb-6-2022',
      ruleOverrides: {},
      periodicity: 'quarterly',
      deadlines: {
        skpDueAt: '2026-01-31T23:59:00+08:00',
        periodRatingWindow: 'P14D',
        annualDueAt: '2027-01-31T23:59:00+08:00',
        objectionWindow: 'P14D',
      },
      reminderBefore: 'P3D',
      escalationAfter: 'P3D',
      units: null,
      periods: periodsOfYear(2026, 'quarterly'),
    });
    expect(config.periods.map((p) => p.endsAt)).toEqual([
      '2026-04-01T00:00:00+08:00',
      '2026-07-01T00:00:00+08:00',
      '2026-10-01T00:00:00+08:00',
      '2027-01-01T00:00:00+08:00',
    ]);
    expect(ruleChanges).toEqual([]);
  });

  it('lays a compressed calendar end to end for demonstrations and tests', () => {
    const { config } = resolveAppraisalYear(
      appraisalYearInputSchema.parse({
        year: 2026,
        compressedCalendar: { startsAt: '2026-11-28T10:00:00+08:00', periodLength: 'PT30S' },
      }),
    );
    expect(config.periods).toEqual([
      { period: 'Q1', startsAt: '2026-11-28T10:00:00+08:00', endsAt: '2026-11-28T10:00:30+08:00' },
      { period: 'Q2', startsAt: '2026-11-28T10:00:30+08:00', endsAt: '2026-11-28T10:01:00+08:00' },
      { period: 'Q3', startsAt: '2026-11-28T10:01:00+08:00', endsAt: '2026-11-28T10:01:30+08:00' },
      { period: 'Q4', startsAt: '2026-11-28T10:01:30+08:00', endsAt: '2026-11-28T10:02:00+08:00' },
    ]);
  });

  it('keeps the deadlines HR sets and defaults the others', () => {
    const input = appraisalYearInputSchema.parse({
      year: 2026,
      periodicity: 'monthly',
      deadlines: { annualDueAt: '2027-02-28T23:59:00+08:00' },
      units: ['BKPSDM', 'DINKES'],
    });
    const { config } = resolveAppraisalYear(input);
    expect(config.periodicity).toBe('monthly');
    expect(config.deadlines.annualDueAt).toBe('2027-02-28T23:59:00+08:00');
    expect(config.deadlines.skpDueAt).toBe('2026-01-31T23:59:00+08:00');
    expect(config.units).toEqual(['BKPSDM', 'DINKES']);
  });

  it('takes its defaults from the overridden rule set and reports the override', () => {
    const input = appraisalYearInputSchema.parse({
      year: 2026,
      ruleOverrides: { schedule: { reminderBefore: 'P5D' } },
    });
    const { config, ruleChanges } = resolveAppraisalYear(input);
    expect(config.reminderBefore).toBe('P5D');
    expect(ruleChanges).toEqual([{ path: 'schedule.reminderBefore', from: 'P3D', to: 'P5D' }]);
  });

  it('refuses the years 2019 and 2101', () => {
    expect(issuePaths(appraisalYearInputSchema.safeParse({ year: 2019 }))).toEqual(['year']);
    expect(issuePaths(appraisalYearInputSchema.safeParse({ year: 2101 }))).toEqual(['year']);
  });

  it('refuses a deadline without a UTC offset', () => {
    const r = appraisalYearInputSchema.safeParse({
      year: 2026,
      deadlines: { skpDueAt: '2026-01-31T23:59:00' },
    });
    expect(issuePaths(r)).toEqual(['deadlines.skpDueAt']);
  });

  it('refuses an annual deadline before the SKP deadline', () => {
    const r = appraisalYearInputSchema.safeParse({
      year: 2026,
      deadlines: { skpDueAt: '2026-01-31T23:59:00+08:00', annualDueAt: '2026-01-15T23:59:00+08:00' },
    });
    expect(issuePaths(r)).toEqual(['deadlines.annualDueAt']);
  });

  it('refuses a reminder in months and an unknown field', () => {
    expect(issuePaths(appraisalYearInputSchema.safeParse({ year: 2026, reminderBefore: 'P1M' }))).toEqual([
      'reminderBefore',
    ]);
    expect(appraisalYearInputSchema.safeParse({ year: 2026, budget: 1 }).success).toBe(false);
  });

  it('refuses a unit listed twice', () => {
    expect(
      issuePaths(appraisalYearInputSchema.safeParse({ year: 2026, units: ['DINKES', 'DINKES'] })),
    ).toEqual(['units']);
  });
});

describe('SKP draft', () => {
  it('takes planned results with an indicator and a target', () => {
    const draft = {
      results: [
        {
          description: 'Terlaksananya layanan kenaikan pangkat tepat waktu',
          indicator: 'Persentase usulan kenaikan pangkat yang diproses sebelum batas waktu',
          target: '95%',
        },
      ],
    };
    expect(skpDraftSchema.parse(draft)).toEqual(draft);
  });
  it('refuses an SKP with no planned result', () => {
    expect(issuePaths(skpDraftSchema.safeParse({ results: [] }))).toEqual(['results']);
  });
  it('refuses a result without a target', () => {
    expect(
      issuePaths(skpDraftSchema.safeParse({ results: [{ description: 'a', indicator: 'b', target: ' ' }] })),
    ).toEqual(['results.0.target']);
  });
});

describe('SKP approval', () => {
  it('approves without a note', () => {
    expect(skpApprovalSchema.safeParse({ approved: true }).success).toBe(true);
  });
  it('needs a note to return the SKP', () => {
    expect(issuePaths(skpApprovalSchema.safeParse({ approved: false }))).toEqual(['note']);
  });
  it('returns the SKP with a note', () => {
    expect(skpApprovalSchema.safeParse({ approved: false, note: 'Target belum terukur' }).success).toBe(true);
  });
});

describe('ratings, feedback and objections', () => {
  it('takes the two ratings and an optional note, never the predikat itself', () => {
    expect(ratingSchema.safeParse({ hasilKerja: 'di-atas', perilakuKerja: 'sesuai' }).success).toBe(true);
    expect(
      ratingSchema.safeParse({ hasilKerja: 'di-atas', perilakuKerja: 'sesuai', predikat: 'sangat-baik' })
        .success,
    ).toBe(false);
  });
  it('refuses a rating level outside Di Atas, Sesuai, Di Bawah', () => {
    expect(issuePaths(ratingSchema.safeParse({ hasilKerja: 'cukup', perilakuKerja: 'sesuai' }))).toEqual([
      'hasilKerja',
    ]);
  });
  it('needs a note for feedback and a reason for an objection', () => {
    expect(issuePaths(feedbackSchema.safeParse({ note: '' }))).toEqual(['note']);
    expect(issuePaths(objectionSchema.safeParse({}))).toEqual(['reason']);
  });
  it('accepts a result with or without a note, and nothing else', () => {
    expect(acceptanceSchema.safeParse({}).success).toBe(true);
    expect(acceptanceSchema.safeParse({ note: 'Setuju' }).success).toBe(true);
    expect(issuePaths(acceptanceSchema.safeParse({ note: '' }))).toEqual(['note']);
    expect(acceptanceSchema.safeParse({ note: 'x', predikat: 'sangat-baik' }).success).toBe(false);
  });
  it('decides an objection with a predikat and a reason', () => {
    expect(
      objectionDecisionSchema.safeParse({ predikat: 'baik', reason: 'Bukti capaian target lengkap' }).success,
    ).toBe(true);
    expect(issuePaths(objectionDecisionSchema.safeParse({ predikat: 'baik' }))).toEqual(['reason']);
  });
});

describe('unit result and deadline extension', () => {
  it('sets a unit result for a quarter, a month or the year', () => {
    expect(unitResultInputSchema.safeParse({ period: 'Q2', result: 'istimewa' }).success).toBe(true);
    expect(unitResultInputSchema.safeParse({ period: 'M11', result: 'kurang' }).success).toBe(true);
    expect(unitResultInputSchema.safeParse({ period: 'annual', result: 'baik' }).success).toBe(true);
  });
  it('refuses the period Q5 and the unit result Cukup', () => {
    expect(issuePaths(unitResultInputSchema.safeParse({ period: 'Q5', result: 'cukup' }))).toEqual([
      'period',
      'result',
    ]);
  });
  it('moves a deadline to a new instant with a reason', () => {
    expect(
      deadlineExtensionSchema.safeParse({ dueAt: '2027-02-28T23:59:00+08:00', reason: 'Libur nasional' })
        .success,
    ).toBe(true);
    expect(issuePaths(deadlineExtensionSchema.safeParse({ dueAt: 'next week', reason: 'x' }))).toEqual([
      'dueAt',
    ]);
  });
});
