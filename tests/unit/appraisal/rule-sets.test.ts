import { appraisalRuleSets, resolveAppraisalRules } from '../../../domain/appraisal/rule-sets';

describe('appraisal rule set permenpanrb-6-2022', () => {
  it('is the default rule set and has no changes without overrides', () => {
    const { rules, changes } = resolveAppraisalRules();
    expect(rules.id).toBe('permenpanrb-6-2022');
    expect(changes).toEqual([]);
  });

  it('has the defaults of RULES.md: quarterly, SKP by 31 January, objections within 14 days, reminders 3 days', () => {
    const { schedule } = resolveAppraisalRules().rules;
    expect(schedule.periodicity).toBe('quarterly');
    expect(schedule.skpDue).toMatchObject({ month: 1, day: 31 });
    expect(schedule.annualDue).toMatchObject({ yearsAfter: 1, month: 1, day: 31 });
    expect(schedule.objectionWindow).toBe('P14D');
    expect(schedule.reminderBefore).toBe('P3D');
    expect(schedule.escalationAfter).toBe('P3D');
  });

  it('asks for 6 months of improvement and Baik in the last 2 years for promotion', () => {
    expect(resolveAppraisalRules().rules.followUp).toEqual({
      improvementBelow: 'baik',
      improvementMonths: 6,
      promotionAtLeast: 'baik',
      promotionYears: 2,
    });
  });

  it('reports each value an override changes, by its path', () => {
    const { rules, changes } = resolveAppraisalRules({
      creditPoints: { decimals: 2 },
      schedule: { objectionWindow: 'P21D' },
    });
    expect(rules.creditPoints.decimals).toBe(2);
    expect(changes).toEqual([
      { path: 'creditPoints.decimals', from: 3, to: 2 },
      { path: 'schedule.objectionWindow', from: 'P14D', to: 'P21D' },
    ]);
  });

  it('does not report an override that repeats the rule set value', () => {
    expect(resolveAppraisalRules({ creditPoints: { percentage: { baik: 100 } } }).changes).toEqual([]);
  });

  it('replaces the calibration constraints of one unit result whole and keeps the others', () => {
    const { rules, changes } = resolveAppraisalRules({
      calibration: { istimewa: [{ kind: 'max-share', predikat: ['sangat-baik'], share: 0.5 }] },
    });
    expect(rules.calibration.istimewa).toEqual([
      { kind: 'max-share', predikat: ['sangat-baik'], share: 0.5 },
    ]);
    expect(rules.calibration.baik).toEqual(appraisalRuleSets['permenpanrb-6-2022'].calibration.baik);
    expect(changes.map((c) => c.path)).toEqual(['calibration.istimewa']);
  });

  it('never changes the rule set itself when a year overrides it', () => {
    resolveAppraisalRules({ creditPoints: { coefficient: { 'ahli-muda': 30 } } });
    expect(resolveAppraisalRules().rules.creditPoints.coefficient['ahli-muda']).toBe(25);
  });

  it('refuses a share above 100%', () => {
    expect(() =>
      resolveAppraisalRules({
        calibration: { baik: [{ kind: 'max-share', predikat: ['baik'], share: 1.2 }] },
      }),
    ).toThrow();
  });

  it('refuses an unknown key and an unknown predikat', () => {
    expect(() => resolveAppraisalRules({ passingGrade: 65 })).toThrow();
    expect(() => resolveAppraisalRules({ creditPoints: { percentage: { cukup: 90 } } })).toThrow();
  });

  it('refuses a periodic rating window in months, whose length depends on the calendar', () => {
    expect(() => resolveAppraisalRules({ schedule: { periodRatingWindow: 'P1M' } })).toThrow();
  });
});
