// What a cycle run by plan must end in, computed from the pure rules of domain/recruitment alone (never
// from the engine's own records), so that the tests compare the engine with an independent reference:
// each candidate's outcome, the rankings, the vacancies refilled and every email each must receive.
import type { FinalOutcome } from '../../domain/recruitment/outcomes';
import {
  competencyComparator,
  competencyTotal,
  createFinalCut,
  createSkbCut,
  finalComparator,
  finalScore,
  skbScorer,
  skdComparator,
} from '../../domain/recruitment/ranking';
import { resolveRuleSet, type CpnsRuleSet, type PppkRuleSet } from '../../domain/recruitment/rule-sets';
import { cycleRuleOverrides } from '../../domain/recruitment/schemas';
import { skdOutcome } from '../../domain/recruitment/skd';
import type { ApplicationStatus } from '../../domain/recruitment/stages';
import { cycleBody, reasons, type Applicant, type CycleSpec } from './recruitment-plans';

export interface ExpectedMail {
  subject: string;
  /** Facts the plain-text body must state. */
  facts: string[];
}

export interface Expected {
  ms: boolean;
  skd?: { twk: number; tiu: number; tkp: number; total: number; passed: boolean; reasons: string[] };
  skdRank?: number;
  advanced?: boolean;
  final?: { rank: number; score: number; outcome: FinalOutcome };
  /** The key of the candidate whose vacancy this one fills. */
  replacementOf?: string;
  status: ApplicationStatus;
  mail: ExpectedMail[];
}

export interface Expectations {
  rules: CpnsRuleSet | PppkRuleSet;
  applicants: Applicant[];
  of(a: Applicant | string): Expected;
  /** Application ids of a formation in final-rank order (CPNS and PPPK) or SKD-rank order. */
  ranking(formation: string, stage: 'skd' | 'final'): Applicant[];
  appointed(formation: string): Applicant[];
}

const num = (n: number) => new Intl.NumberFormat('id-ID', { maximumFractionDigits: 20 }).format(n);
/** The database breaks the last ties by application id; so does the reference. */
const byId = (a: Applicant, b: Applicant) => (a.applicationId < b.applicationId ? -1 : 1);

/**
 * What a cycle run by plan must end in, from the rule set alone (RULES.md 1.2-1.7): SKD outcomes by the
 * formation type's passing grades, the 3× cut with its ties, the SKB weights and the integrated score, the
 * final ranking with its four tie-break levels (or the PPPK total), the vacancies freed by withdrawals,
 * rejected or missed documents and who fills them, and every email each candidate must receive.
 */
export function expectationsFor(spec: CycleSpec, applicants: Applicant[]): Expectations {
  const resolved = resolveRuleSet(spec.kind, cycleRuleOverrides(cycleBody(spec, Date.now())));
  if (!resolved.ok) throw new Error(resolved.reasons.join('; '));
  const rules = resolved.value.ruleSet;
  const T = spec.title;
  const results = new Map<string, Expected>();
  const skdOrder = new Map<string, Applicant[]>();
  const finalOrder = new Map<string, Applicant[]>();

  for (const a of applicants) {
    const ms = !a.plan.withdrawEarly && (!a.plan.tms || a.plan.appeal === 'accepted');
    results.set(a.plan.key, {
      ms,
      status: a.plan.withdrawEarly ? 'withdrawn' : ms ? 'screened-ms' : 'screened-tms',
      mail: [],
    });
  }
  const get = (a: Applicant) => results.get(a.plan.key)!;

  for (const f of spec.formations) {
    const mine = applicants.filter((a) => a.plan.formation === f.code && get(a).ms);
    let finalists: Applicant[];
    if (rules.kind === 'CPNS') {
      for (const a of mine) {
        const e = get(a);
        const scores = a.plan.skd;
        const outcome = scores
          ? skdOutcome(scores, f.type, rules)
          : { passed: false, total: 0, reasons: ['tidak mengikuti SKD / absent'] };
        e.skd = {
          ...(scores ?? { twk: 0, tiu: 0, tkp: 0 }),
          ...outcome,
        };
        e.status = outcome.passed ? 'skd-passed' : 'skd-failed';
      }
      const compare = skdComparator(rules);
      const passed = mine
        .filter((a) => get(a).skd!.passed)
        .sort((x, y) => compare(get(x) as never, get(y) as never) || byId(x, y));
      const cut = createSkbCut(f.vacancies, rules);
      for (const a of passed) {
        const { rank, advances } = cut.offer(get(a) as never);
        Object.assign(get(a), {
          skdRank: rank,
          advanced: advances,
          status: advances ? 'skb-advanced' : 'not-advanced',
        });
      }
      skdOrder.set(f.code, passed);
      finalists = passed.filter((a) => get(a).advanced);
    } else {
      finalists = mine;
    }

    // The final ranking: those with a score in rank order, then those without one (TL) by id.
    const scored: { a: Applicant; row: object }[] = [];
    for (const a of finalists) {
      if (rules.kind === 'CPNS' && a.plan.skb) {
        const scorer = skbScorer(spec.skbComponents!, rules);
        if (!scorer.ok) throw new Error(scorer.reasons.join('; '));
        const skb = scorer.value(a.plan.skb);
        if (!skb.ok) throw new Error(skb.reasons.join('; '));
        const score = finalScore(get(a).skd!.total, skb.value, rules);
        scored.push({
          a,
          row: {
            skd: get(a).skd,
            final: { score },
            education: { gpa: a.plan.gpa },
            birthDate: a.plan.birthDate,
          },
        });
      } else if (rules.kind === 'PPPK' && a.plan.competency) {
        const c = a.plan.competency;
        scored.push({
          a,
          row: {
            competency: { ...c, total: competencyTotal(c) },
            birthDate: a.plan.birthDate,
            final: { score: competencyTotal(c) },
          },
        });
      }
    }
    const compare = (rules.kind === 'CPNS' ? finalComparator(rules) : competencyComparator(rules)) as (
      x: object,
      y: object,
    ) => number;
    scored.sort((x, y) => compare(x.row, y.row) || byId(x.a, y.a));
    const cut = createFinalCut(f.vacancies);
    const order: Applicant[] = [];
    for (const { a, row } of scored) {
      const { rank, passed } = cut.offer(row);
      get(a).final = {
        rank,
        score: (row as { final: { score: number } }).final.score,
        outcome: passed ? 'passed' : 'optimalisasi',
      };
      order.push(a);
    }
    for (const a of finalists.filter((x) => !scored.some((s) => s.a === x)).sort(byId)) {
      get(a).final = { rank: order.length + 1, score: 0, outcome: 'not-passed' };
      order.push(a);
    }
    for (const a of order) get(a).status = get(a).final!.outcome;
    finalOrder.set(f.code, order);

    // Documents: failed passers free their vacancy (withdrawals and rejections at once, missed deadlines at
    // the deadline), offered to the best-ranked optimalisasi candidate left, who may fail in turn.
    const waiting = order.filter((a) => get(a).final!.outcome === 'optimalisasi');
    const failing = (a: Applicant) => (a.plan.documents ?? 'verify') !== 'verify';
    const queue = order.filter((a) => get(a).final!.outcome === 'passed');
    // The test acts on withdrawals and rejections in plan order (documentStage).
    const inPlanOrder = (x: Applicant, y: Applicant) => applicants.indexOf(x) - applicants.indexOf(y);
    const early = queue.filter((a) => failing(a) && a.plan.documents !== 'miss').sort(inPlanOrder);
    const late = queue.filter((a) => a.plan.documents === 'miss');
    const vacancies = [...early, ...late];
    for (let i = 0; i < vacancies.length; i++) {
      const freed = vacancies[i]!;
      const next = waiting.shift();
      if (!next) break;
      get(next).replacementOf = freed.plan.key;
      if (failing(next)) vacancies.push(next);
    }
    for (const a of [...queue, ...order.filter((x) => get(x).replacementOf)]) {
      get(a).status = {
        verify: 'appointed',
        reject: 'documents-failed',
        miss: 'documents-failed',
        withdraw: 'withdrawn',
      }[a.plan.documents ?? 'verify'] as ApplicationStatus;
    }
  }

  // Every email, in the order the candidate receives them.
  for (const a of applicants) {
    const e = get(a);
    const f = spec.formations.find((x) => x.code === a.plan.formation)!;
    const m = (subject: string, ...facts: string[]) => e.mail.push({ subject: `${subject}: ${T}`, facts });
    m('Konfirmasi pendaftaran', `formasi ${f.title}`, 'paling lambat', '/candidate/link?t=');
    m('Pendaftaran diterima', `untuk formasi ${f.title}`, '/candidate/link?t=');
    if (a.plan.withdrawEarly) {
      m('Konfirmasi pengunduran diri', 'telah kami catat');
      continue;
    }
    m(
      'Hasil seleksi administrasi',
      a.plan.tms ? 'TIDAK MEMENUHI SYARAT (TMS)' : 'dinyatakan MEMENUHI SYARAT (MS)',
      a.plan.tms ? reasons.tms : reasons.ms,
    );
    m('Masa sanggah seleksi administrasi dibuka', 'WITA');
    if (a.plan.appeal) {
      m('Sanggahan diterima', 'akan dijawab paling lambat');
      m(
        'Jawaban sanggahan',
        a.plan.appeal === 'accepted' ? 'DITERIMA' : 'DITOLAK',
        a.plan.appeal === 'accepted' ? reasons.appealAccepted : reasons.appealRejected,
      );
    }
    if (!e.ms) continue;
    if (rules.kind === 'CPNS') {
      const sessions = spec.skdSessions!;
      const eligible = applicants.filter((x) => get(x).ms);
      const s = sessions[eligible.indexOf(a) % sessions.length]!;
      m('Jadwal SKD', `sesi ${s.code}`, `bertempat di ${s.place}`);
      const k = e.skd!;
      m(
        'Hasil SKD',
        `TWK ${k.twk}, TIU ${k.tiu}, TKP ${k.tkp}; total ${k.total}.`,
        k.passed
          ? 'Saudara/Saudari MEMENUHI nilai ambang batas'
          : `TIDAK MEMENUHI nilai ambang batas (passing grade) SKD: ${k.reasons.join('; ')}.`,
        // The explanation: each grade of the formation type against the score.
        a.plan.skd
          ? k.passed
            ? 'semua nilai ambang batas terpenuhi, sehingga Saudara/Saudari lulus SKD'
            : 'sehingga Saudara/Saudari tidak lulus'
          : 'Saudara/Saudari tidak mengikuti SKD',
      );
      m('Masa sanggah Seleksi Kompetensi Dasar (SKD) dibuka', 'WITA');
      if (!k.passed) continue;
      const passers = skdOrder.get(f.code)!.length;
      const cutSize = rules.skbCutMultiplier * f.vacancies;
      m(
        'Hasil peringkat SKD',
        `Dengan peringkat ${e.skdRank} pada formasi ${f.title}`,
        e.advanced ? 'dinyatakan LOLOS' : 'dinyatakan TIDAK LOLOS',
        `peringkat ke-${e.skdRank} dari ${passers} peserta yang lulus SKD pada formasi ${f.title}, dengan kebutuhan ${f.vacancies} orang; ${cutSize} (${rules.skbCutMultiplier} × ${f.vacancies}) peringkat teratas`,
      );
      if (!e.advanced) continue;
    }
    const fin = e.final!;
    const sat = rules.kind === 'CPNS' ? a.plan.skb : a.plan.competency;
    const lastTest = rules.kind === 'CPNS' ? 'Seleksi Kompetensi Bidang (SKB)' : 'seleksi kompetensi';
    const ranked = finalOrder.get(f.code)!.length;
    m(
      'Hasil akhir seleksi',
      sat
        ? `pada formasi ${f.title} adalah ${num(fin.score)}, peringkat ${fin.rank}.`
        : `tidak hadir pada ${lastTest} formasi ${f.title}, sehingga tidak memperoleh nilai akhir.`,
      // The explanation: the score as its formula (or the absence), the rank of all finalists.
      sat
        ? `${rules.kind === 'CPNS' ? 'Nilai akhir' : 'Seleksi kompetensi'}: ${num(fin.score)} = `
        : 'sehingga tidak memperoleh nilai akhir: Saudara/Saudari berada di',
      sat
        ? `peringkat ke-${fin.rank} dari ${ranked} peserta formasi ${f.title} dengan kebutuhan ${f.vacancies} orang`
        : `peringkat ke-${fin.rank} dari ${ranked} peserta formasi ${f.title}, setelah semua peserta yang memiliki nilai`,
      {
        passed: 'dinyatakan LULUS (P/L)',
        optimalisasi: 'peserta optimalisasi',
        'not-passed': 'TIDAK LULUS (TL)',
      }[fin.outcome],
    );
    m('Masa sanggah hasil akhir seleksi dibuka', 'WITA');
    if (fin.outcome === 'passed') m('Pengisian DRH dan dokumen pengangkatan', 'paling lambat');
    else if (e.replacementOf) m('Pengisian formasi melalui optimalisasi', `formasi ${f.title}`, 'LULUS');
    else continue;
    const plan = a.plan.documents ?? 'verify';
    if (plan === 'verify') {
      m('Hasil verifikasi dokumen', 'dinyatakan LENGKAP');
      m('Penetapan kelulusan akhir', `formasi ${f.title}`);
    } else if (plan === 'reject') {
      m('Hasil verifikasi dokumen', 'TIDAK MEMENUHI SYARAT', reasons.documentsRejected);
    } else if (plan === 'miss') {
      m('Pengingat batas waktu dokumen', 'belum lengkap');
      m('Batas waktu dokumen terlewati', 'TIDAK MEMENUHI SYARAT pada tahap pemberkasan');
    } else {
      m('Konfirmasi pengunduran diri', `selama ${rules.withdrawalBanBudgetYears} tahun anggaran berikutnya`);
    }
  }

  return {
    rules,
    applicants,
    of: (a) => results.get(typeof a === 'string' ? a : a.plan.key)!,
    ranking: (formation, stage) => (stage === 'skd' ? skdOrder : finalOrder).get(formation) ?? [],
    appointed: (formation) =>
      applicants.filter(
        (a) => a.plan.formation === formation && results.get(a.plan.key)!.status === 'appointed',
      ),
  };
}
