// Why, in plain words: each stage's outcome explained to the candidate from the numbers that decided it
// (explanation-facts.ts gathers them from the rows and the rule set), in Bahasa Indonesia and English. Pure
// functions of their facts; the result emails and the candidate's pages show the same text.
import type { Language } from '../language';
import { formatNumber, formatOrdinal, formatPercent } from '../numbers';
import type {
  ExplanationFacts,
  FinalFacts,
  RankLevel,
  SkbCutFacts,
  SkdAbsence,
  SkdFacts,
  Tie,
} from './explanation-facts';
import { skdSubtests, type CycleKind, type FormationType, type SkdPassingKey } from './rule-sets';
import { skdLabels } from './skd';
import type { ScreeningRecord } from './views';

export type Explanation = { id: string; en: string };

/** Writes an explanation once per language from the same facts. */
const inBoth = (write: (lang: Language) => string): Explanation => ({ id: write('id'), en: write('en') });

const n = formatNumber;
const ord = formatOrdinal;
/** "A, B dan C" / "A, B and C". */
function list(items: string[], lang: Language): string {
  const and = lang === 'id' ? ' dan ' : ' and ';
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')}${and}${items.at(-1)}`;
}

// ---- Administration ----

const nextStage: Record<CycleKind, Explanation> = {
  CPNS: { id: 'Seleksi Kompetensi Dasar (SKD)', en: 'the basic competency test (SKD)' },
  PPPK: { id: 'seleksi kompetensi', en: 'the competency test' },
};

/** MS or TMS with HR's reason, and what follows from it. */
export function screeningExplanation(s: ScreeningRecord & { kind: CycleKind }): Explanation {
  const reason = s.reason.trim().replace(/[.\s]+$/u, '');
  if (s.decision === 'MS') {
    return {
      id: `Seleksi administrasi: Saudara/Saudari memenuhi syarat (MS): ${reason}. Saudara/Saudari melanjutkan ke ${nextStage[s.kind].id}.`,
      en: `Administration: you meet the requirements (MS): ${reason}. You go on to ${nextStage[s.kind].en}.`,
    };
  }
  return {
    id: `Seleksi administrasi: Saudara/Saudari tidak memenuhi syarat (TMS): ${reason}. Saudara/Saudari tidak melanjutkan ke tahap berikutnya; bila keputusan ini keliru karena kesalahan panitia atau instansi, Saudara/Saudari dapat mengajukan sanggahan dalam masa sanggah.`,
    en: `Administration: you do not meet the requirements (TMS): ${reason}. You do not go on to the next stage; if this is an error of the committee or the agency, you may appeal within the appeal window.`,
  };
}

// ---- SKD ----

export const formationTypeLabels: Record<FormationType, Explanation> = {
  umum: { id: 'formasi umum', en: 'general formation' },
  cumlaude: { id: 'formasi lulusan cumlaude', en: 'formation for cum laude graduates' },
  diaspora: { id: 'formasi diaspora', en: 'diaspora formation' },
  disabilitas: { id: 'formasi penyandang disabilitas', en: 'formation for persons with disabilities' },
  'putra-putri-papua': {
    id: 'formasi putra/putri Papua',
    en: 'formation for the sons and daughters of Papua',
  },
  'daerah-tertinggal': {
    id: 'formasi putra/putri daerah tertinggal',
    en: 'formation for the sons and daughters of disadvantaged regions',
  },
};

/** "TWK 60" / "your total 320". */
function skdScore(key: SkdPassingKey, value: number, lang: Language): string {
  if (key !== 'total') return `${skdLabels[key]} ${n(value, lang)}`;
  return lang === 'id' ? `total ${n(value, lang)}` : `your total ${n(value, lang)}`;
}

/**
 * Passed or not against the formation type's passing grades, naming each score and its grade: "TWK 60 is
 * under the passing grade 65, so you did not pass, even though TIU 100 reaches 80 and TKP 170 reaches 166".
 */
export function skdExplanation(facts: SkdFacts | SkdAbsence): Explanation {
  if ('absent' in facts) {
    return {
      id: 'SKD: Saudara/Saudari tidak mengikuti SKD, sehingga tidak memperoleh nilai dan tidak dapat dinyatakan lulus.',
      en: 'SKD: you did not sit the SKD, so you have no score and cannot pass it.',
    };
  }
  const values: Record<SkdPassingKey, number> = { ...facts.scores, total: facts.total };
  const under = facts.passing.filter((g) => values[g.key] < g.min);
  const met = facts.passing.filter((g) => values[g.key] >= g.min);
  const bySubtestOnly = !facts.passing.some((g) => g.key === 'total');
  return inBoth((lang) => {
    const type = formationTypeLabels[facts.formationType][lang];
    const reaches = (g: (typeof met)[number]) =>
      `${skdScore(g.key, values[g.key], lang)} ${lang === 'id' ? 'mencapai' : 'reaches'} ${n(g.min, lang)}`;
    if (under.length === 0) {
      return lang === 'id'
        ? `SKD (${type}): ${list(met.map(reaches), lang)}: semua nilai ambang batas terpenuhi, sehingga Saudara/Saudari lulus SKD dengan total ${n(facts.total, lang)}.`
        : `SKD (${type}): ${list(met.map(reaches), lang)}: every passing grade is met, so you pass SKD with a total of ${n(facts.total, lang)}.`;
    }
    const isUnder = (g: (typeof under)[number]) =>
      lang === 'id'
        ? `${skdScore(g.key, values[g.key], lang)} di bawah nilai ambang batas ${n(g.min, lang)}`
        : `${skdScore(g.key, values[g.key], lang)} is under the passing grade ${n(g.min, lang)}`;
    const even =
      met.length > 0 ? `, ${lang === 'id' ? 'meskipun' : 'even though'} ${list(met.map(reaches), lang)}` : '';
    const ownGrade = bySubtestOnly
      ? lang === 'id'
        ? ` Pada ${type} setiap sub-tes harus mencapai nilai ambang batasnya sendiri; total ${n(facts.total, lang)} tidak menutupi sub-tes yang kurang.`
        : ` In the ${type} each sub-test must reach its own passing grade; a total of ${n(facts.total, lang)} does not make up for one under it.`
      : '';
    return lang === 'id'
      ? `SKD (${type}): ${list(under.map(isUnder), lang)}, sehingga Saudara/Saudari tidak lulus${even}.${ownGrade}`
      : `SKD (${type}): ${list(under.map(isUnder), lang)}, so you did not pass${even}.${ownGrade}`;
  });
}

// ---- Ties ----

const levelLabels: Record<RankLevel, Explanation> = {
  skdTotal: { id: 'total SKD', en: 'SKD total' },
  twk: { id: 'TWK', en: 'TWK' },
  tiu: { id: 'TIU', en: 'TIU' },
  tkp: { id: 'TKP', en: 'TKP' },
  gpa: { id: 'IPK (atau nilai rata-rata ijazah)', en: 'grade point average (IPK, or diploma average)' },
  age: { id: 'usia', en: 'age' },
  technical: { id: 'nilai kompetensi teknis', en: 'technical score' },
  managerial: {
    id: 'nilai kompetensi manajerial dan sosial kultural',
    en: 'managerial and socio-cultural score',
  },
  interview: { id: 'nilai wawancara', en: 'interview score' },
};

/** "the SKD total", but "TKP": the sub-tests are named like names. */
const theEn = (level: RankLevel) =>
  (skdSubtests as readonly string[]).includes(level) ? levelLabels[level].en : `the ${levelLabels[level].en}`;

/**
 * One tie in words. `equal` names what both share ("total 320", "a final score of 82.35"); `myRank` says
 * who went first. "You and the 3rd-placed candidate both have …; the SKD total decided: 420 against your 410".
 */
function tieWords(tie: Tie, equal: string, myRank: number, lang: Language): string {
  const ahead = myRank < tie.rank;
  const other =
    lang === 'id'
      ? `peserta peringkat ${ord(tie.rank, lang)}`
      : `the ${ord(tie.rank, lang)}-placed candidate`;
  const also =
    tie.equalOn.length === 0
      ? ''
      : lang === 'id'
        ? `, serta sama pada ${list(
            tie.equalOn.map((l) => levelLabels[l].id),
            lang,
          )}`
        : `, and are equal on ${list(
            tie.equalOn.map((l) => levelLabels[l].en),
            lang,
          )}`;
  const both =
    lang === 'id'
      ? `Saudara/Saudari dan ${other} sama-sama memiliki ${equal}${also}`
      : `You and ${other} both have ${equal}${also}`;
  const level = tie.decidedBy;
  let decided: string;
  if (level === 'order') {
    decided =
      lang === 'id'
        ? 'keduanya sama pada semua kriteria, sehingga urutan mengikuti nomor lamaran'
        : 'you are equal on every level, so the order follows the application number';
  } else if (level === 'age') {
    decided =
      lang === 'id'
        ? `yang menentukan adalah usia: ${ahead ? 'Saudara/Saudari' : 'peserta tersebut'} lebih tua, dan yang lebih tua didahulukan`
        : `age decided: ${ahead ? 'you are' : 'the other candidate is'} older, and the older goes first`;
  } else if (tie.theirs === undefined) {
    // Only the candidate's own value (the GPA): the other's stays theirs.
    const label = levelLabels[level][lang];
    const mine = n(tie.mine!, lang);
    decided =
      lang === 'id'
        ? `yang menentukan adalah ${label}: milik Saudara/Saudari, ${mine}, lebih ${ahead ? 'tinggi' : 'rendah'}`
        : ahead
          ? `your ${label} decided: yours, ${mine}, is the higher`
          : `${theEn(level)} decided: yours, ${mine}, is the lower`;
  } else {
    const label = levelLabels[level][lang];
    const mine = n(tie.mine!, lang);
    const theirs = n(tie.theirs!, lang);
    decided =
      lang === 'id'
        ? ahead
          ? `yang menentukan adalah ${label} Saudara/Saudari: ${mine} berbanding ${theirs}`
          : `yang menentukan adalah ${label}: ${theirs} berbanding ${mine} milik Saudara/Saudari`
        : ahead
          ? `your ${label} decided: ${mine} against ${theirs}`
          : `${theEn(level)} decided: ${theirs} against your ${mine}`;
  }
  return `${both}; ${decided}.`;
}

// ---- The cut to SKB ----

const vacancyWords = (v: number, lang: Language) =>
  lang === 'id' ? `kebutuhan ${n(v, lang)} orang` : `${n(v, lang)} ${v === 1 ? 'vacancy' : 'vacancies'}`;

/**
 * Rank of N in the formation, vacancies, the cut size (multiplier × vacancies), whether the candidate goes
 * on, and at the line which level decided, or that all the tied went on.
 */
export function skbCutExplanation(f: SkbCutFacts): Explanation {
  return inBoth((lang) => {
    const id = lang === 'id';
    const cut = `${n(f.cutSize, lang)} (${n(f.multiplier, lang)} × ${n(f.vacancies, lang)})`;
    const head = id
      ? `Saudara/Saudari berada di peringkat ${ord(f.rank, lang)} dari ${n(f.candidates, lang)} peserta yang lulus SKD pada formasi ${f.formationTitle}, dengan ${vacancyWords(f.vacancies, lang)}; ${cut} peringkat teratas melanjutkan ke SKB`
      : `You are ${ord(f.rank, lang)} of ${n(f.candidates, lang)} who passed SKD in ${f.formationTitle}, with ${vacancyWords(f.vacancies, lang)}; the first ${cut} go on to SKB`;
    let line: string;
    const tied = f.tiedAtLine;
    if (f.candidates <= f.cutSize) {
      line = id
        ? `, sehingga seluruh ${n(f.candidates, lang)} peserta melanjutkan.`
        : `, so all ${n(f.candidates, lang)} go on.`;
    } else if (tied) {
      const count = n(f.advancing - tied.from + 1, lang);
      const on = list(
        tied.on.map((l) => levelLabels[l][lang]),
        lang,
      );
      line = id
        ? `, dan ${count} peserta yang sama di peringkat ${ord(tied.from, lang)} pada ${on} semuanya melanjutkan, seluruhnya ${n(f.advancing, lang)} peserta.`
        : `, and the ${count} candidates tied at ${ord(tied.from, lang)} on ${on} all go on, ${n(f.advancing, lang)} in all.`;
    } else {
      line = '.';
    }
    let verdict: string;
    if (f.advanced) {
      verdict =
        tied && f.rank >= tied.from
          ? id
            ? ' Saudara/Saudari termasuk di antara mereka, sehingga melanjutkan ke SKB.'
            : ' You are one of them, so you go on to SKB.'
          : id
            ? ' Saudara/Saudari melanjutkan ke SKB.'
            : ' You go on to SKB.';
      if (f.across?.tie) verdict += ` ${tieWords(f.across.tie, `total ${n(f.total, lang)}`, f.rank, lang)}`;
    } else if (f.across?.tie) {
      verdict = ` ${tieWords(f.across.tie, `total ${n(f.total, lang)}`, f.rank, lang)} ${id ? 'Peserta tersebut adalah yang terakhir melanjutkan, sehingga Saudara/Saudari tidak melanjutkan ke SKB.' : 'They are the last to go on, so you do not go on to SKB.'}`;
    } else if (f.across) {
      verdict = id
        ? ` Peserta terakhir yang melanjutkan, peringkat ${ord(f.across.rank, lang)}, memiliki total ${n(f.across.total, lang)}; total Saudara/Saudari ${n(f.total, lang)}, sehingga Saudara/Saudari tidak melanjutkan ke SKB.`
        : ` The last to go on, ${ord(f.across.rank, lang)}, has a total of ${n(f.across.total, lang)}; yours is ${n(f.total, lang)}, so you do not go on to SKB.`;
    } else {
      verdict = id ? ' Saudara/Saudari tidak melanjutkan ke SKB.' : ' You do not go on to SKB.';
    }
    return `${head}${line}${verdict}`;
  });
}

// ---- The final result ----

const lastTests: Record<CycleKind, Explanation> = {
  CPNS: { id: 'Seleksi Kompetensi Bidang (SKB)', en: 'field competency test (SKB)' },
  PPPK: { id: 'seleksi kompetensi', en: 'competency test' },
};

/**
 * The integrated score with its weights (CPNS) or the competency total with its parts (PPPK), the rank of N
 * against the vacancies, passed or kept for optimalisasi, and what decided each tie with a neighbour.
 */
export function finalExplanation(f: FinalFacts): Explanation {
  return inBoth((lang) => {
    const id = lang === 'id';
    if ('absent' in f) {
      const test = lastTests[f.kind][lang];
      return id
        ? `Saudara/Saudari tidak mengikuti ${test}, sehingga tidak memperoleh nilai akhir: Saudara/Saudari berada di peringkat ${ord(f.rank, lang)} dari ${n(f.candidates, lang)} peserta formasi ${f.formationTitle}, setelah semua peserta yang memiliki nilai, dan tidak lulus.`
        : `You did not sit the ${test}, so you have no final score: you are ${ord(f.rank, lang)} of ${n(f.candidates, lang)} in ${f.formationTitle}, after every candidate with a score, and do not pass.`;
    }
    const score = n(f.score, lang);
    let formula: string;
    if (f.kind === 'CPNS') {
      const p = (w: number) => formatPercent(w, lang);
      formula = id
        ? `Nilai akhir: ${score} = ${p(f.skdWeight)} × SKD ${n(f.skdScaled, lang)} + ${p(f.skbWeight)} × SKB ${n(f.skb, lang)} (SKD ${n(f.skdTotal, lang)} dari ${n(f.skdMax, lang)}, dalam skala ${n(f.skdScale, lang)}).`
        : `Final: ${score} = ${p(f.skdWeight)} × SKD ${n(f.skdScaled, lang)} + ${p(f.skbWeight)} × SKB ${n(f.skb, lang)} (SKD ${n(f.skdTotal, lang)} of ${n(f.skdMax, lang)}, on a scale of ${n(f.skdScale, lang)}).`;
    } else {
      const { technical, managerial, interview } = f.parts;
      formula = id
        ? `Seleksi kompetensi: ${score} = kompetensi teknis ${n(technical, lang)} + manajerial dan sosial kultural ${n(managerial, lang)} + wawancara ${n(interview, lang)} (dari ${n(f.max, lang)}); tidak ada nilai ambang batas: peserta dengan peringkat terbaik yang lulus.`
        : `Competency test: ${score} = technical ${n(technical, lang)} + managerial and socio-cultural ${n(managerial, lang)} + interview ${n(interview, lang)} (of ${n(f.max, lang)}); there is no passing grade: the best-ranked pass.`;
    }
    const passed = f.outcome === 'passed';
    const first =
      f.vacancies === 1
        ? id
          ? 'peringkat teratas'
          : 'the first passes'
        : id
          ? `${n(f.vacancies, lang)} peringkat teratas`
          : `the first ${n(f.vacancies, lang)} pass`;
    const standing = id
      ? ` Saudara/Saudari berada di peringkat ${ord(f.rank, lang)} dari ${n(f.candidates, lang)} peserta formasi ${f.formationTitle} dengan ${vacancyWords(f.vacancies, lang)}: ${first} lulus, sehingga ${passed ? 'Saudara/Saudari lulus' : 'Saudara/Saudari tercatat sebagai peserta optimalisasi sesuai peringkat, bila ada formasi yang kosong'}.`
      : ` You are ${ord(f.rank, lang)} of ${n(f.candidates, lang)} in ${f.formationTitle}, with ${vacancyWords(f.vacancies, lang)}: ${first}, so ${passed ? 'you pass' : 'you are kept in rank order for optimalisasi, should a vacancy open'}.`;
    const equal =
      f.kind === 'CPNS'
        ? id
          ? `nilai akhir ${score}`
          : `a final score of ${score}`
        : id
          ? `total ${score}`
          : `a total of ${score}`;
    const ties = f.ties.map((tie) => ` ${tieWords(tie, equal, f.rank, lang)}`).join('');
    return `${formula}${standing}${ties}`;
  });
}

// ---- Every result told so far ----

/** The explanation of each result an application has been told, by stage, in both languages. */
export interface ResultExplanations {
  screening?: Explanation;
  skd?: Explanation;
  skbCut?: Explanation;
  final?: Explanation;
}

/**
 * What the candidate's page explains: the screening once the administration result is announced, and each
 * result whose facts the application recorded when it told the candidate (so only what was announced).
 */
export function resultExplanations(r: {
  kind: CycleKind;
  screening?: ScreeningRecord;
  administrationAnnounced: boolean;
  facts: ExplanationFacts;
}): ResultExplanations {
  const out: ResultExplanations = {};
  if (r.screening && r.administrationAnnounced)
    out.screening = screeningExplanation({ ...r.screening, kind: r.kind });
  if (r.facts.skd) out.skd = skdExplanation(r.facts.skd);
  if (r.facts.skbCut) out.skbCut = skbCutExplanation(r.facts.skbCut);
  if (r.facts.final) out.final = finalExplanation(r.facts.final);
  return out;
}
