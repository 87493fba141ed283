import {
  creditPointsExplanation,
  improvementExplanation,
  objectionExplanation,
  promotionExplanation,
  ratingExplanation,
  ratingPreview,
} from '../../../domain/appraisal/explanations';
import { annualFollowUp, improvementPlan, promotionEligibility } from '../../../domain/appraisal/follow-up';
import { annualCreditPoints } from '../../../domain/appraisal/credit-points';
import { predikat } from '../../../domain/appraisal/predikat';
import { resolveAppraisalRules } from '../../../domain/appraisal/rule-sets';

const { rules } = resolveAppraisalRules();

describe('the explanation of a predikat from the two ratings (matrix of PermenPANRB 6/2022)', () => {
  it('says hasil kerja above and perilaku as expected give Baik, in Indonesian and English', () => {
    const p = predikat('di-atas', 'sesuai', rules);
    expect(p).toBe('baik');
    expect(ratingExplanation({ hasilKerja: 'di-atas', perilakuKerja: 'sesuai', predikat: p })).toEqual({
      id: 'Hasil kerja di atas ekspektasi dan perilaku kerja sesuai ekspektasi menghasilkan predikat Baik dalam matriks PermenPANRB 6/2022.',
      en: 'Work results above expectations and work behaviour as expected give the predikat Baik in the matrix of PermenPANRB 6/2022.',
    });
  });
  it('previews Sangat Baik for both above expectations, from the rule set’s matrix', () => {
    const preview = ratingPreview('di-atas', 'di-atas', rules);
    expect(preview.predikat).toBe('sangat-baik');
    expect(preview.explanation.id).toContain('menghasilkan predikat Sangat Baik');
  });
  it('previews Kurang/Misconduct for results above but behaviour below expectations', () => {
    expect(ratingPreview('di-atas', 'di-bawah', rules).predikat).toBe('kurang-misconduct');
    expect(ratingPreview('di-atas', 'di-bawah', rules).explanation.en).toContain(
      'work behaviour below expectations give the predikat Kurang/Misconduct',
    );
  });
  it('previews Butuh Perbaikan for results below and behaviour above expectations', () => {
    expect(ratingPreview('di-bawah', 'di-atas', rules).predikat).toBe('butuh-perbaikan');
  });
  it('follows an overridden matrix', () => {
    const strict = resolveAppraisalRules({ matrix: { sesuai: { 'di-atas': 'sangat-baik' } } }).rules;
    expect(ratingPreview('sesuai', 'di-atas', strict).predikat).toBe('sangat-baik');
    expect(ratingPreview('sesuai', 'di-atas', rules).predikat).toBe('baik');
  });
  it("previews a unit head's rating with the unit's result (Butuh Perbaikan) as their Rating Hasil Kerja", () => {
    const preview = ratingPreview('di-atas', 'sesuai', rules, 'butuh-perbaikan');
    expect(preview.predikat).toBe(predikat('di-bawah', 'sesuai', rules));
    expect(preview.predikat).toBe('butuh-perbaikan');
    expect(preview.explanation.id).toContain(
      'hasil kinerja unit (Butuh Perbaikan), yaitu di bawah ekspektasi',
    );
  });
  it("says a unit head's Rating Hasil Kerja is the unit's own result", () => {
    const e = ratingExplanation({
      hasilKerja: 'di-atas',
      perilakuKerja: 'di-atas',
      predikat: 'sangat-baik',
      unitResult: 'istimewa',
    });
    expect(e.id).toMatch(
      /^Sebagai kepala unit, Rating Hasil Kerja mengikuti hasil kinerja unit \(Istimewa\)/,
    );
    expect(e.en).toContain("follows the unit's own result (Istimewa), that is above expectations");
  });
});

describe('the explanation of an objection decision', () => {
  it('names the predikat it changed from and to, with the reason, final', () => {
    expect(
      objectionExplanation({ previous: 'butuh-perbaikan', predikat: 'baik', reason: 'Target tercapai.' }),
    ).toEqual({
      id: 'Atasan pejabat penilai mengubah predikat dari Butuh Perbaikan menjadi Baik: Target tercapai. Keputusan ini final.',
      en: "The appraiser's superior changed the predikat from Butuh Perbaikan to Baik: Target tercapai. This decision is final.",
    });
  });
  it('says the predikat was kept when the objection is not upheld', () => {
    const e = objectionExplanation({
      previous: 'butuh-perbaikan',
      predikat: 'butuh-perbaikan',
      reason: 'Bukti belum cukup',
    });
    expect(e.id).toContain(
      'menolak keberatan dan menetapkan predikat tetap Butuh Perbaikan: Bukti belum cukup',
    );
    expect(e.en).toContain('did not uphold the objection and kept the predikat Butuh Perbaikan');
  });
});

describe('the explanation of credit points (RULES 2.5)', () => {
  it('shows Sangat Baik as Ahli Muda: 150% × 25 = 37.5', () => {
    const points = annualCreditPoints('sangat-baik', 'ahli-muda', rules);
    expect(points).toBe(37.5);
    const e = creditPointsExplanation({ predikat: 'sangat-baik', grade: 'ahli-muda', points }, rules);
    expect(e.id).toContain('Sebagai Ahli Muda, predikat Sangat Baik memberi 150% × 25 = 37,5 angka kredit');
    expect(e.en).toContain('As Ahli Muda, the predikat Sangat Baik earns 150% × 25 = 37.5 credit points');
  });
  it('shows Butuh Perbaikan as Terampil: 75% × 5 = 3.75', () => {
    const points = annualCreditPoints('butuh-perbaikan', 'terampil', rules);
    expect(points).toBe(3.75);
    expect(
      creditPointsExplanation({ predikat: 'butuh-perbaikan', grade: 'terampil', points }, rules).en,
    ).toContain('75% × 5 = 3.75');
  });
});

describe('the explanation of promotion eligibility (at least Baik in the last two years)', () => {
  it('is eligible with Sangat Baik in 2026 and Baik in 2025', () => {
    const p = promotionEligibility(2026, { 2026: 'sangat-baik', 2025: 'baik' }, rules);
    expect(promotionExplanation(p, rules)).toEqual({
      id: 'Memenuhi syarat kenaikan pangkat: predikat tahunan paling rendah Baik dalam 2 tahun terakhir (2026: Sangat Baik, 2025: Baik).',
      en: 'Eligible for promotion in rank: an annual predikat of at least Baik in each of the last 2 years (2026: Sangat Baik, 2025: Baik).',
    });
  });
  it('is not eligible with Butuh Perbaikan this year', () => {
    const p = promotionEligibility(2026, { 2026: 'butuh-perbaikan', 2025: 'sangat-baik' }, rules);
    expect(promotionExplanation(p, rules).id).toMatch(
      /^Belum memenuhi syarat kenaikan pangkat: .*\(2026: Butuh Perbaikan, 2025: Sangat Baik\)/,
    );
  });
  it('cannot decide when the previous year is not in sdm-flow', () => {
    const p = promotionEligibility(2026, { 2026: 'baik' }, rules);
    const e = promotionExplanation(p, rules);
    expect(e.id).toContain('predikat tahun 2025 belum ada di sdm-flow (2026: Baik, 2025: belum diketahui)');
    expect(e.en).toContain('the annual predikat of 2025 is not in sdm-flow (2026: Baik, 2025: not known)');
  });
});

describe('the explanation of the improvement period (below Baik: 6 months)', () => {
  it('gives the 6 months with their dates in WITA for Butuh Perbaikan', () => {
    const plan = improvementPlan('butuh-perbaikan', '2027-01-15T02:00:00.000Z', rules);
    const e = improvementExplanation(plan, rules);
    expect(e.id).toContain(
      'Predikat Butuh Perbaikan di bawah Baik, sehingga dimulai masa perbaikan kinerja 6 bulan',
    );
    expect(e.id).toContain('15 Januari 2027 pukul 10.00 WITA');
    expect(e.en).toContain('an improvement period of 6 months starts');
    expect(e.en).toContain('15 July 2027');
  });
  it('says none is needed for Baik', () => {
    const { improvement } = annualFollowUp(
      {
        year: 2026,
        predikat: 'baik',
        history: {},
        position: { level: 'pelaksana' },
        decidedAt: '2027-01-15T02:00:00.000Z',
      },
      rules,
    );
    expect(improvementExplanation(improvement, rules)).toEqual({
      id: 'Tidak perlu masa perbaikan kinerja: predikat tidak di bawah Baik.',
      en: 'No improvement period: the predikat is not below Baik.',
    });
  });
});
