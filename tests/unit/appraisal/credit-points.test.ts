import { annualCreditPoints, periodicCreditPoints } from '../../../domain/appraisal/credit-points';
import { resolveAppraisalRules, type Predikat } from '../../../domain/appraisal/rule-sets';
import type { FunctionalGrade } from '../../../domain/org/schemas';

const { rules } = resolveAppraisalRules();

// [grade, predikat, annual AK, AK for one quarter (3 months)], from AK = months / 12 × percentage × coefficient.
const table: [FunctionalGrade, Predikat, number, number][] = [
  ['ahli-pertama', 'sangat-baik', 18.75, 4.688],
  ['ahli-pertama', 'baik', 12.5, 3.125],
  ['ahli-pertama', 'butuh-perbaikan', 9.375, 2.344],
  ['ahli-pertama', 'kurang-misconduct', 6.25, 1.563],
  ['ahli-pertama', 'sangat-kurang', 3.125, 0.781],
  ['ahli-muda', 'sangat-baik', 37.5, 9.375],
  ['ahli-muda', 'baik', 25, 6.25],
  ['ahli-muda', 'butuh-perbaikan', 18.75, 4.688],
  ['ahli-muda', 'kurang-misconduct', 12.5, 3.125],
  ['ahli-muda', 'sangat-kurang', 6.25, 1.563],
  ['ahli-madya', 'sangat-baik', 56.25, 14.063],
  ['ahli-madya', 'baik', 37.5, 9.375],
  ['ahli-madya', 'butuh-perbaikan', 28.125, 7.031],
  ['ahli-madya', 'kurang-misconduct', 18.75, 4.688],
  ['ahli-madya', 'sangat-kurang', 9.375, 2.344],
  ['ahli-utama', 'sangat-baik', 75, 18.75],
  ['ahli-utama', 'baik', 50, 12.5],
  ['ahli-utama', 'butuh-perbaikan', 37.5, 9.375],
  ['ahli-utama', 'kurang-misconduct', 25, 6.25],
  ['ahli-utama', 'sangat-kurang', 12.5, 3.125],
  ['pemula', 'sangat-baik', 5.625, 1.406],
  ['pemula', 'baik', 3.75, 0.938],
  ['pemula', 'butuh-perbaikan', 2.813, 0.703],
  ['pemula', 'kurang-misconduct', 1.875, 0.469],
  ['pemula', 'sangat-kurang', 0.938, 0.234],
  ['terampil', 'sangat-baik', 7.5, 1.875],
  ['terampil', 'baik', 5, 1.25],
  ['terampil', 'butuh-perbaikan', 3.75, 0.938],
  ['terampil', 'kurang-misconduct', 2.5, 0.625],
  ['terampil', 'sangat-kurang', 1.25, 0.313],
  ['mahir', 'sangat-baik', 18.75, 4.688],
  ['mahir', 'baik', 12.5, 3.125],
  ['mahir', 'butuh-perbaikan', 9.375, 2.344],
  ['mahir', 'kurang-misconduct', 6.25, 1.563],
  ['mahir', 'sangat-kurang', 3.125, 0.781],
  ['penyelia', 'sangat-baik', 37.5, 9.375],
  ['penyelia', 'baik', 25, 6.25],
  ['penyelia', 'butuh-perbaikan', 18.75, 4.688],
  ['penyelia', 'kurang-misconduct', 12.5, 3.125],
  ['penyelia', 'sangat-kurang', 6.25, 1.563],
];

describe('annual credit points: AK = percentage × yearly coefficient', () => {
  it.each(table)('gives %s rated %s %s AK a year', (grade, predikat, annual) => {
    expect(annualCreditPoints(predikat, grade, rules)).toBe(annual);
  });
});

describe('periodic credit points: AK = months / 12 × percentage × coefficient, rounded to 3 decimals', () => {
  it.each(table)(
    'gives %s rated %s (%s AK a year) %s AK for one quarter',
    (grade, predikat, _annual, quarter) => {
      expect(periodicCreditPoints(predikat, grade, 3, rules)).toBe(quarter);
    },
  );

  it('gives an Ahli Pertama rated Baik 1.042 AK for one month (12.5 / 12 = 1.0416…)', () => {
    expect(periodicCreditPoints('baik', 'ahli-pertama', 1, rules)).toBe(1.042);
  });

  it('gives the annual figure for 12 months', () => {
    expect(periodicCreditPoints('sangat-baik', 'ahli-madya', 12, rules)).toBe(56.25);
  });

  it('rounds to the decimals of the rule set: 2 decimals make a Pemula at Butuh Perbaikan 2.81', () => {
    const twoDecimals = resolveAppraisalRules({ creditPoints: { decimals: 2 } }).rules;
    expect(annualCreditPoints('butuh-perbaikan', 'pemula', twoDecimals)).toBe(2.81);
  });

  it('refuses 0 or 13 months', () => {
    expect(() => periodicCreditPoints('baik', 'ahli-muda', 0, rules)).toThrow(RangeError);
    expect(() => periodicCreditPoints('baik', 'ahli-muda', 13, rules)).toThrow(RangeError);
  });
});
