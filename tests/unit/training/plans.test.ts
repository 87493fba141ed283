// Development planned from the appraisal (RULES 3.2, 2.5): a predikat below Baik opens an item next year.
import { planItemFrom } from '../../../domain/training/plans';
import { jp2020 } from '../../../domain/training/rule-sets';

const outcome = (predikat: Parameters<typeof planItemFrom>[0]['predikat'], improvement = false) => ({
  year: 2026,
  nip: '198501012010011001',
  unitCode: 'DINKES',
  predikat,
  improvement: { needed: improvement },
});

describe('plan items from the appraisal follow-up', () => {
  it('opens an item of 20 JP for 2027 from a Butuh Perbaikan with its improvement plan', () => {
    expect(planItemFrom(outcome('butuh-perbaikan', true), jp2020)).toEqual({
      id: '2027/198501012010011001/appraisal-2026',
      year: 2027,
      nip: '198501012010011001',
      unitCode: 'DINKES',
      source: { kind: 'appraisal', year: 2026, predikat: 'butuh-perbaikan' },
      jp: 20,
      reason: 'improvement-plan',
    });
  });
  it('opens one from Sangat Kurang even when the follow-up has no improvement plan recorded', () => {
    expect(planItemFrom(outcome('sangat-kurang'), jp2020)?.reason).toBe('below-expectation');
  });
  it('opens none from Baik or Sangat Baik, nor without a predikat', () => {
    expect(planItemFrom(outcome('baik'), jp2020)).toBeNull();
    expect(planItemFrom(outcome('sangat-baik'), jp2020)).toBeNull();
    expect(planItemFrom(outcome(null), jp2020)).toBeNull();
  });
  it('names the item by employee and appraisal year, so a second run finds the same one', () => {
    const a = planItemFrom(outcome('kurang-misconduct', true), jp2020)!;
    const b = planItemFrom(outcome('kurang-misconduct', true), jp2020)!;
    expect(a.id).toBe(b.id);
  });
});
