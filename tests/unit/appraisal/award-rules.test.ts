// The awards rule set kupang-awards-2026: who is eligible (predikat, years in a row, sanctions, leaving),
// the quota and the other checks of a unit's nominations, and the bounded per-year overrides.
import { ZodError } from 'zod';
import {
  awardIneligibility,
  awardNominationsSchema,
  awardRuleOverridesSchema,
  awardRuleSets,
  eligibleList,
  nominationProblem,
  resolveAwardRules,
  type AwardCandidateFacts,
} from '../../../domain/appraisal/award-rules';
import { awardDecided } from '../../../domain/appraisal/award-emails';

const nip = (n: number) => `19850101201001${String(n).padStart(4, '0')}`;
const facts = (n: number, o: Partial<AwardCandidateFacts> = {}): AwardCandidateFacts => ({
  nip: nip(n),
  predikat: 'sangat-baik',
  earlier: [],
  left: false,
  ...o,
});
const none = new Set<string>();
const { rules } = resolveAwardRules();

describe('award rule set kupang-awards-2026', () => {
  it('is versioned and asks for Sangat Baik this year, one nomination per unit', () => {
    expect(rules).toMatchObject({
      id: 'kupang-awards-2026',
      version: 1,
      criteria: { predikat: ['sangat-baik'], yearsInARow: 1, quotaPerUnit: 1 },
      schedule: { nominationWindow: 'P30D', reminderBefore: 'P3D', escalationAfter: 'P3D' },
    });
  });

  it('makes an employee with an annual Sangat Baik eligible, and one with Baik not', () => {
    expect(awardIneligibility(rules, facts(1), none)).toBeNull();
    expect(awardIneligibility(rules, facts(2, { predikat: 'baik' }), none)).toBe('predikat');
    expect(awardIneligibility(rules, facts(3, { predikat: null }), none)).toBe('predikat');
  });

  it('asks for the qualifying predikat in each of the years in a row', () => {
    const twoYears = resolveAwardRules({ criteria: { yearsInARow: 2 } }).rules;
    expect(awardIneligibility(twoYears, facts(1, { earlier: ['sangat-baik'] }), none)).toBeNull();
    expect(awardIneligibility(twoYears, facts(2, { earlier: ['baik'] }), none)).toBe('years-in-a-row');
    // No record for the year before (a new employee): not two years in a row.
    expect(awardIneligibility(twoYears, facts(3, { earlier: [null] }), none)).toBe('years-in-a-row');
    expect(awardIneligibility(twoYears, facts(4, { earlier: [] }), none)).toBe('years-in-a-row');
  });

  it('takes Baik too when a year lists it among the qualifying predikat', () => {
    const wider = resolveAwardRules({ criteria: { predikat: ['sangat-baik', 'baik'] } }).rules;
    expect(awardIneligibility(wider, facts(1, { predikat: 'baik' }), none)).toBeNull();
    expect(awardIneligibility(wider, facts(2, { predikat: 'butuh-perbaikan' }), none)).toBe('predikat');
  });

  it('leaves out an employee with a sanction in force (the attendance hook) and one who left', () => {
    const sanctioned = new Set([nip(1)]);
    expect(awardIneligibility(rules, facts(1), sanctioned)).toBe('sanction');
    expect(awardIneligibility(rules, facts(2), sanctioned)).toBeNull();
    expect(awardIneligibility(rules, facts(3, { left: true }), none)).toBe('left');
  });

  it("draws up a unit's eligible list in the order given", () => {
    const list = eligibleList(
      rules,
      [facts(1), facts(2, { predikat: 'baik' }), facts(3), facts(4, { left: true })],
      new Set([nip(3)]),
    );
    expect(list).toEqual([nip(1)]);
  });

  it('refuses more nominations than the quota per unit', () => {
    const eligible = new Set([nip(1), nip(2), nip(3)]);
    const two = [
      { nip: nip(1), reason: 'Pelayanan KTP tercepat' },
      { nip: nip(2), reason: 'Inovasi layanan daring' },
    ];
    expect(nominationProblem(rules, eligible, two, nip(9))).toEqual({
      path: 'nominations',
      message: 'at most 1 nomination(s) per unit (the quota)',
    });
    const quotaTwo = resolveAwardRules({ criteria: { quotaPerUnit: 2 } }).rules;
    expect(nominationProblem(quotaTwo, eligible, two, nip(9))).toBeNull();
    expect(nominationProblem(rules, eligible, [], nip(9))).toBeNull();
  });

  it('refuses a nominee off the eligible list, a repeated one, and the head themselves', () => {
    const { rules: r } = resolveAwardRules({ criteria: { quotaPerUnit: 3 } });
    const eligible = new Set([nip(1), nip(2)]);
    expect(nominationProblem(r, eligible, [{ nip: nip(5), reason: 'x' }], nip(9))).toEqual({
      path: 'nominations.0.nip',
      message: "not on the unit's eligible list",
    });
    const twice = [
      { nip: nip(1), reason: 'a' },
      { nip: nip(1), reason: 'b' },
    ];
    expect(nominationProblem(r, eligible, twice, nip(9))?.path).toBe('nominations.1.nip');
    expect(nominationProblem(r, eligible, [{ nip: nip(2), reason: 'saya' }], nip(2))?.message).toBe(
      'a unit head may not nominate themselves',
    );
  });

  it('reports what a year overrides, and nothing for a value equal to the default', () => {
    const { rules: r, changes } = resolveAwardRules({
      criteria: { quotaPerUnit: 3, yearsInARow: 1 },
      schedule: { nominationWindow: 'PT20S' },
    });
    expect(r.criteria.quotaPerUnit).toBe(3);
    expect(changes).toEqual([
      { path: 'criteria.quotaPerUnit', from: 1, to: 3 },
      { path: 'schedule.nominationWindow', from: 'P30D', to: 'PT20S' },
    ]);
    expect(awardRuleSets['kupang-awards-2026'].criteria.quotaPerUnit).toBe(1); // the rule set itself unchanged
  });

  it('bounds the overrides: quota, years, windows, repeated predikat, unknown fields', () => {
    const bad = (o: unknown) => awardRuleOverridesSchema.safeParse(o).success;
    expect(bad({ criteria: { quotaPerUnit: 0 } })).toBe(false);
    expect(bad({ criteria: { quotaPerUnit: 10 } })).toBe(false);
    expect(bad({ criteria: { yearsInARow: 6 } })).toBe(false);
    expect(bad({ criteria: { predikat: ['sangat-baik', 'sangat-baik'] } })).toBe(false);
    expect(bad({ criteria: { predikat: ['luar-biasa'] } })).toBe(false);
    expect(bad({ schedule: { nominationWindow: 'P1Y' } })).toBe(false);
    expect(bad({ schedule: { decisionWindow: 'P93D' } })).toBe(false);
    expect(bad({ id: 'other' })).toBe(false);
    expect(bad({ criteria: { quotaPerUnit: 9 }, schedule: { nominationGrace: 'PT5S' } })).toBe(true);
    expect(() => resolveAwardRules({ criteria: { quotaPerUnit: 100 } })).toThrow(ZodError);
  });

  it('bounds a nomination: its NIP, its reason, and how many at once', () => {
    const ok = { nominations: [{ nip: nip(1), reason: 'Pelayanan prima' }] };
    expect(awardNominationsSchema.safeParse(ok).success).toBe(true);
    expect(awardNominationsSchema.safeParse({ nominations: [{ nip: '123', reason: 'x' }] }).success).toBe(
      false,
    );
    expect(awardNominationsSchema.safeParse({ nominations: [{ nip: nip(1), reason: ' ' }] }).success).toBe(
      false,
    );
    expect(
      awardNominationsSchema.safeParse({ nominations: [{ nip: nip(1), reason: 'x'.repeat(2001) }] }).success,
    ).toBe(false);
    const ten = Array.from({ length: 10 }, (_, i) => ({ nip: nip(i), reason: 'x' }));
    expect(awardNominationsSchema.safeParse({ nominations: ten }).success).toBe(false);
  });

  it("tells the employee the committee's decision with its reason, in Indonesian first", () => {
    const mail = awardDecided(
      { employeeName: 'Maria Lede', year: 2026, awarded: true, reason: 'Layanan prima' },
      'id',
    );
    expect(mail.subject).toBe('Selamat: Anda menerima penghargaan tahun 2026');
    expect(mail.text).toContain('Alasan: Layanan prima');
    const en = awardDecided(
      { employeeName: 'Maria Lede', year: 2026, awarded: false, reason: 'Kuota' },
      'en',
    );
    expect(en.subject).toBe('The decision on your 2026 award nomination');
  });
});
