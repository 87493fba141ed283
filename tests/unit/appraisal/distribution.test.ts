// The year dashboard's predikat distribution: the database's groups arranged per unit and overall, every
// predikat in order with its count and share, the unrated apart; and the chart's bars from the same numbers.
import { distributionBars, yearDistribution } from '../../../domain/appraisal/distribution';

describe('predikat distribution', () => {
  const groups = [
    { unitCode: 'DISDIK', predikat: 'baik', n: 13 },
    { unitCode: 'DINKES', predikat: 'baik', n: 7 },
    { unitCode: 'DINKES', predikat: 'sangat-baik', n: 3 },
    { unitCode: 'DINKES', predikat: 'butuh-perbaikan', n: 2 },
    { unitCode: 'DINKES', predikat: null, n: 2 },
  ];

  it('counts every predikat in order per unit, with the share of the rated staff', () => {
    const d = yearDistribution(groups);
    expect(d.units.map((u) => u.unitCode)).toEqual(['DINKES', 'DISDIK']);
    const dinkes = d.units[0]!;
    expect(dinkes.rows.map((r) => [r.name, r.count, r.percent])).toEqual([
      ['Sangat Baik', 3, 25],
      ['Baik', 7, 58],
      ['Butuh Perbaikan', 2, 17],
      ['Kurang/Misconduct', 0, 0],
      ['Sangat Kurang', 0, 0],
    ]);
    expect([dinkes.rated, dinkes.unrated]).toEqual([12, 2]);
  });

  it('adds the units up overall', () => {
    const { overall } = yearDistribution(groups);
    expect(overall.rows.map((r) => r.count)).toEqual([3, 20, 2, 0, 0]);
    expect([overall.rated, overall.unrated]).toEqual([25, 2]);
    expect(overall.rows[1]!.percent).toBe(80);
  });

  it('draws one bar per predikat with its count and share beside it', () => {
    const bars = distributionBars(yearDistribution(groups).units[1]!);
    expect(bars.map((b) => [b.label, b.value, b.valueText])).toEqual([
      ['Sangat Baik', 0, '0 (0%)'],
      ['Baik', 13, '13 (100%)'],
      ['Butuh Perbaikan', 0, '0 (0%)'],
      ['Kurang/Misconduct', 0, '0 (0%)'],
      ['Sangat Kurang', 0, '0 (0%)'],
    ]);
  });

  it('gives an empty year every predikat at 0', () => {
    const { overall, units } = yearDistribution([]);
    expect(units).toEqual([]);
    expect(overall.rows.every((r) => r.count === 0 && r.percent === 0)).toBe(true);
  });
});
