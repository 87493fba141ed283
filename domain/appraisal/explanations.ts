// Why, in plain words: an employee's appraisal results explained from the facts that decided them (the two
// ratings and the matrix cell, the objection's decision, the credit-point arithmetic, the promotion rule, the
// improvement period), in Bahasa Indonesia and English. Pure functions of their facts and the rule set; the
// "my year" and "my team" pages (web/me/) show them, and the rating form's preview shows the same sentence.
import type { FunctionalGrade } from '../org/schemas';
import { formatNumber } from '../numbers';
import { formatInstant } from '../time';
import type { ImprovementPlan, PromotionEligibility } from './follow-up';
import { unitHeadHasilKerja } from './predikat';
import {
  predikatNames,
  unitResultNames,
  type AppraisalRules,
  type Predikat,
  type RatingLevel,
  type UnitResult,
} from './rule-sets';

export type Explanation = { id: string; en: string };

/** The source of the matrix and the follow-up rules, as the explanations name it. */
const SOURCE = 'PermenPANRB 6/2022';

/** A rating level in a sentence: "di atas ekspektasi" / "above expectations". */
export const ratingLevelWords: Record<RatingLevel, Explanation> = {
  'di-atas': { id: 'di atas ekspektasi', en: 'above expectations' },
  sesuai: { id: 'sesuai ekspektasi', en: 'as expected' },
  'di-bawah': { id: 'di bawah ekspektasi', en: 'below expectations' },
};

/** A functional grade by its name: "Ahli Muda". */
export const functionalGradeNames: Record<FunctionalGrade, string> = {
  'ahli-pertama': 'Ahli Pertama',
  'ahli-muda': 'Ahli Muda',
  'ahli-madya': 'Ahli Madya',
  'ahli-utama': 'Ahli Utama',
  pemula: 'Pemula',
  terampil: 'Terampil',
  mahir: 'Mahir',
  penyelia: 'Penyelia',
};

const P = (p: Predikat) => predikatNames[p];

/**
 * The predikat from the two ratings: "Hasil kerja di atas ekspektasi dan perilaku kerja sesuai ekspektasi
 * menghasilkan predikat Baik dalam matriks PermenPANRB 6/2022." A unit head's Rating Hasil Kerja is the
 * unit's own result, and the sentence says so.
 */
export function ratingExplanation(r: {
  hasilKerja: RatingLevel;
  perilakuKerja: RatingLevel;
  predikat: Predikat;
  unitResult?: UnitResult | null;
}): Explanation {
  const hk = ratingLevelWords[r.hasilKerja];
  const pk = ratingLevelWords[r.perilakuKerja];
  const head = r.unitResult
    ? {
        id: `Sebagai kepala unit, Rating Hasil Kerja mengikuti hasil kinerja unit (${unitResultNames[r.unitResult]}), yaitu ${ratingLevelWords[unitHeadHasilKerja(r.unitResult)].id}. `,
        en: `As head of the unit, the work results rating follows the unit's own result (${unitResultNames[r.unitResult]}), that is ${ratingLevelWords[unitHeadHasilKerja(r.unitResult)].en}. `,
      }
    : { id: '', en: '' };
  return {
    id: `${head.id}Hasil kerja ${hk.id} dan perilaku kerja ${pk.id} menghasilkan predikat ${P(r.predikat)} dalam matriks ${SOURCE}.`,
    en: `${head.en}Work results ${hk.en} and work behaviour ${pk.en} give the predikat ${P(r.predikat)} in the matrix of ${SOURCE}.`,
  };
}

/**
 * The preview of a rating before it is sent: the matrix cell of the rule set, and its explanation. For a unit
 * head whose unit has its own result for the period, that result stands for the Rating Hasil Kerja, as the
 * recorded rating will (RULES 2.3).
 */
export function ratingPreview(
  hasilKerja: RatingLevel,
  perilakuKerja: RatingLevel,
  rules: Pick<AppraisalRules, 'matrix'>,
  unitResult: UnitResult | null = null,
): { predikat: Predikat; explanation: Explanation } {
  const hk = unitResult ? unitHeadHasilKerja(unitResult) : hasilKerja;
  const predikat = rules.matrix[hk][perilakuKerja];
  return {
    predikat,
    explanation: ratingExplanation({ hasilKerja: hk, perilakuKerja, predikat, unitResult }),
  };
}

/** The superior's final decision on an objection: the predikat changed (from, to) or kept, and why. */
export function objectionExplanation(o: {
  previous: Predikat;
  predikat: Predikat;
  reason: string;
}): Explanation {
  const reason = o.reason.trim().replace(/[.\s]+$/u, '');
  if (o.previous === o.predikat)
    return {
      id: `Atasan pejabat penilai menolak keberatan dan menetapkan predikat tetap ${P(o.predikat)}: ${reason}. Keputusan ini final.`,
      en: `The appraiser's superior did not uphold the objection and kept the predikat ${P(o.predikat)}: ${reason}. This decision is final.`,
    };
  return {
    id: `Atasan pejabat penilai mengubah predikat dari ${P(o.previous)} menjadi ${P(o.predikat)}: ${reason}. Keputusan ini final.`,
    en: `The appraiser's superior changed the predikat from ${P(o.previous)} to ${P(o.predikat)}: ${reason}. This decision is final.`,
  };
}

/** Annual credit points: "Sebagai Ahli Muda, predikat Baik memberi 100% × 25 = 25 angka kredit." */
export function creditPointsExplanation(
  c: { predikat: Predikat; grade: FunctionalGrade; points: number },
  rules: Pick<AppraisalRules, 'creditPoints'>,
): Explanation {
  const pct = rules.creditPoints.percentage[c.predikat];
  const coef = rules.creditPoints.coefficient[c.grade];
  const grade = functionalGradeNames[c.grade];
  const sum = (lang: 'id' | 'en') =>
    `${formatNumber(pct, lang)}% × ${formatNumber(coef, lang)} = ${formatNumber(c.points, lang)}`;
  return {
    id: `Sebagai ${grade}, predikat ${P(c.predikat)} memberi ${sum('id')} angka kredit (persentase predikat × koefisien tahunan jenjang, ${SOURCE}).`,
    en: `As ${grade}, the predikat ${P(c.predikat)} earns ${sum('en')} credit points (the predikat's percentage × the grade's yearly coefficient, ${SOURCE}).`,
  };
}

/** Promotion in rank: at least the rule set's predikat in each of the last years, named year by year. */
export function promotionExplanation(
  p: PromotionEligibility,
  rules: Pick<AppraisalRules, 'followUp'>,
): Explanation {
  const bar = P(rules.followUp.promotionAtLeast);
  const n = rules.followUp.promotionYears;
  const years = (lang: 'id' | 'en') =>
    p.years
      .map(
        (y) => `${y.year}: ${y.predikat ? P(y.predikat) : lang === 'id' ? 'belum diketahui' : 'not known'}`,
      )
      .join(', ');
  if (p.status === 'eligible')
    return {
      id: `Memenuhi syarat kenaikan pangkat: predikat tahunan paling rendah ${bar} dalam ${n} tahun terakhir (${years('id')}).`,
      en: `Eligible for promotion in rank: an annual predikat of at least ${bar} in each of the last ${n} years (${years('en')}).`,
    };
  if (p.status === 'not-eligible')
    return {
      id: `Belum memenuhi syarat kenaikan pangkat: syaratnya predikat tahunan paling rendah ${bar} dalam ${n} tahun terakhir (${years('id')}).`,
      en: `Not eligible for promotion in rank: it needs an annual predikat of at least ${bar} in each of the last ${n} years (${years('en')}).`,
    };
  return {
    id: `Kelayakan kenaikan pangkat belum dapat ditentukan: predikat tahun ${p.missingYears.join(', ')} belum ada di sdm-flow (${years('id')}); syaratnya paling rendah ${bar} dalam ${n} tahun terakhir.`,
    en: `Promotion eligibility cannot be decided yet: the annual predikat of ${p.missingYears.join(', ')} is not in sdm-flow (${years('en')}); it needs at least ${bar} in each of the last ${n} years.`,
  };
}

/** The improvement period a result below expectation starts, with its dates in WITA, or that none is needed. */
export function improvementExplanation(
  plan: ImprovementPlan,
  rules: Pick<AppraisalRules, 'followUp'>,
): Explanation {
  const bar = P(rules.followUp.improvementBelow);
  if (!plan.needed)
    return {
      id: `Tidak perlu masa perbaikan kinerja: predikat tidak di bawah ${bar}.`,
      en: `No improvement period: the predikat is not below ${bar}.`,
    };
  return {
    id: `Predikat ${P(plan.predikat)} di bawah ${bar}, sehingga dimulai masa perbaikan kinerja ${plan.months} bulan, dari ${formatInstant(plan.startsAt, 'id')} sampai ${formatInstant(plan.endsAt, 'id')}. Tanpa perbaikan, langkah berikutnya uji kompetensi ulang, lalu pemindahan ke jabatan yang sesuai atau lebih rendah.`,
    en: `The predikat ${P(plan.predikat)} is below ${bar}, so an improvement period of ${plan.months} months starts, from ${formatInstant(plan.startsAt, 'en')} to ${formatInstant(plan.endsAt, 'en')}. Without improvement, a competency re-test follows, then a transfer to a matching or lower position.`,
  };
}
