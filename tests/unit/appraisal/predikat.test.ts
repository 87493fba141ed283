import {
  atLeast,
  below,
  comparePredikat,
  predikat,
  unitHeadHasilKerja,
} from '../../../domain/appraisal/predikat';
import { predikatValues, resolveAppraisalRules } from '../../../domain/appraisal/rule-sets';

const { rules } = resolveAppraisalRules();

describe('predikat matrix (PermenPANRB 6/2022, rows Hasil Kerja, columns Perilaku Kerja)', () => {
  it('gives Sangat Baik for Hasil Kerja Di Atas and Perilaku Kerja Di Atas', () => {
    expect(predikat('di-atas', 'di-atas', rules)).toBe('sangat-baik');
  });
  it('gives Baik for Hasil Kerja Di Atas and Perilaku Kerja Sesuai', () => {
    expect(predikat('di-atas', 'sesuai', rules)).toBe('baik');
  });
  it('gives Kurang/Misconduct for Hasil Kerja Di Atas and Perilaku Kerja Di Bawah', () => {
    expect(predikat('di-atas', 'di-bawah', rules)).toBe('kurang-misconduct');
  });
  it('gives Baik for Hasil Kerja Sesuai and Perilaku Kerja Di Atas', () => {
    expect(predikat('sesuai', 'di-atas', rules)).toBe('baik');
  });
  it('gives Baik for Hasil Kerja Sesuai and Perilaku Kerja Sesuai', () => {
    expect(predikat('sesuai', 'sesuai', rules)).toBe('baik');
  });
  it('gives Kurang/Misconduct for Hasil Kerja Sesuai and Perilaku Kerja Di Bawah', () => {
    expect(predikat('sesuai', 'di-bawah', rules)).toBe('kurang-misconduct');
  });
  it('gives Butuh Perbaikan for Hasil Kerja Di Bawah and Perilaku Kerja Di Atas', () => {
    expect(predikat('di-bawah', 'di-atas', rules)).toBe('butuh-perbaikan');
  });
  it('gives Butuh Perbaikan for Hasil Kerja Di Bawah and Perilaku Kerja Sesuai', () => {
    expect(predikat('di-bawah', 'sesuai', rules)).toBe('butuh-perbaikan');
  });
  it('gives Sangat Kurang for Hasil Kerja Di Bawah and Perilaku Kerja Di Bawah', () => {
    expect(predikat('di-bawah', 'di-bawah', rules)).toBe('sangat-kurang');
  });
});

describe('predikat order: Sangat Baik > Baik > Butuh Perbaikan > Kurang/Misconduct > Sangat Kurang', () => {
  it('sorts predikat best first', () => {
    const shuffled = [
      'sangat-kurang',
      'baik',
      'kurang-misconduct',
      'sangat-baik',
      'butuh-perbaikan',
    ] as const;
    expect([...shuffled].sort((a, b) => comparePredikat(a, b))).toEqual([...predikatValues]);
  });
  it('counts Sangat Baik and Baik as at least Baik', () => {
    expect(atLeast('sangat-baik', 'baik')).toBe(true);
    expect(atLeast('baik', 'baik')).toBe(true);
  });
  it('does not count Butuh Perbaikan as at least Baik', () => {
    expect(atLeast('butuh-perbaikan', 'baik')).toBe(false);
  });
  it('puts Kurang/Misconduct below Butuh Perbaikan and above Sangat Kurang', () => {
    expect(below('kurang-misconduct', 'butuh-perbaikan')).toBe(true);
    expect(below('sangat-kurang', 'kurang-misconduct')).toBe(true);
    expect(below('kurang-misconduct', 'sangat-kurang')).toBe(false);
  });
});

describe('the Rating Hasil Kerja of a unit head', () => {
  it.each([
    ['istimewa', 'di-atas'],
    ['baik', 'sesuai'],
    ['butuh-perbaikan', 'di-bawah'],
    ['kurang', 'di-bawah'],
    ['sangat-kurang', 'di-bawah'],
  ] as const)('is %s → %s from the unit result', (result, rating) => {
    expect(unitHeadHasilKerja(result)).toBe(rating);
  });
});
