// The result codes that announcements (pengumuman) and exports print beside each candidate, as the national
// announcements of BKN and the agencies print them: MS/TMS after the administrative screening; at SKD and
// at the final result P/L (lulus), P/TL (met the passing grade but not ranked within the cut or the
// vacancies: at the final result the optimalisasi candidates), TL (tidak lulus), TH (tidak hadir: no score
// at the test), APS (withdrew after passing, RULES.md 1.1 item 11). RULES.md names P/L and TL; the others are
// the marks the published lists use [C: check against the year's KepmenPANRB before relying on them].
import type { CycleKind } from './rule-sets';
import type { AnnouncementStage, ApplicationStatus } from './stages';

export const resultCodes = ['MS', 'TMS', 'P', 'P/L', 'P/TL', 'TL', 'TH', 'APS'] as const;
export type ResultCode = (typeof resultCodes)[number];

/** What each code means, in the words the legend of an announcement prints. */
export const resultCodeLegend: Record<ResultCode, string> = {
  MS: 'Memenuhi Syarat',
  TMS: 'Tidak Memenuhi Syarat',
  P: 'Memenuhi nilai ambang batas',
  'P/L': 'Lulus',
  'P/TL': 'Memenuhi nilai ambang batas, tidak masuk peringkat',
  TL: 'Tidak Lulus',
  TH: 'Tidak Hadir',
  APS: 'Mengundurkan diri setelah dinyatakan lulus',
};

/** The fields of a stored application the codes are read from. */
export interface CodedApplication {
  status: string;
  screening?: { decision?: string | null } | null;
  skd?: { total?: number | null; passed?: boolean | null } | null;
  skdAbsent?: boolean | null;
  skb?: { score?: number | null } | null;
  competency?: { total?: number | null } | null;
  final?: { rank?: number | null; outcome?: string | null } | null;
  withdrawal?: { afterPassing?: boolean } | null;
  replacementOf?: string | null;
}

/** A candidate's line in a stage's announcement: the code and, where the code alone does not say it, a note. */
export interface StageResult {
  code: ResultCode;
  note?: string;
}

/** Statuses after the cut to SKB for a candidate who advanced. */
const advancedStatuses: ApplicationStatus[] = [
  'skb-advanced',
  'passed',
  'optimalisasi',
  'not-passed',
  'replaced-in',
  'documents-submitted',
  'documents-verified',
  'documents-failed',
  'appointed',
];

/**
 * The candidate's result at `stage`, or undefined when the candidate is not in that stage's announcement
 * (not screened; no SKD result; not ranked at the end).
 */
export function stageResult(
  kind: CycleKind,
  stage: AnnouncementStage,
  app: CodedApplication,
): StageResult | undefined {
  const status = app.status as ApplicationStatus;
  const withdrawn = status === 'withdrawn' ? { note: 'mengundurkan diri' } : {};
  if (stage === 'administration') {
    const d = app.screening?.decision;
    return d === 'MS' || d === 'TMS' ? { code: d, ...withdrawn } : undefined;
  }
  if (stage === 'skd') {
    if (app.skdAbsent && app.skd?.total == null) return { code: 'TH', ...withdrawn };
    if (app.skd?.total == null) return undefined;
    if (!app.skd.passed) return { code: 'TL', ...withdrawn };
    if (status === 'not-advanced') return { code: 'P/TL' };
    if (advancedStatuses.includes(status)) return { code: 'P/L', note: 'lolos ke tahap SKB' };
    // Before the cut to SKB (or withdrawn before it): the passing grade is all that is known.
    return { code: 'P', ...withdrawn };
  }
  const f = app.final;
  if (f?.rank == null || f.outcome == null) return undefined;
  if (status === 'withdrawn')
    return app.withdrawal?.afterPassing ? { code: 'APS' } : { ...rankedCode(kind, app), ...withdrawn };
  if (app.replacementOf || status === 'replaced-in') return { code: 'P/L', note: 'pengganti (optimalisasi)' };
  if (status === 'documents-failed')
    return { code: 'P/L', note: 'tidak memenuhi syarat pemberkasan (DRH NIP)' };
  return rankedCode(kind, app);
}

/** The code the final ranking itself gave: a finalist with no score at the last test was absent. */
function rankedCode(kind: CycleKind, app: CodedApplication): StageResult {
  const outcome = app.final!.outcome;
  if (outcome === 'passed') return { code: 'P/L' };
  if (outcome === 'optimalisasi') return { code: 'P/TL', note: 'optimalisasi' };
  const lastTest = kind === 'CPNS' ? app.skb?.score : app.competency?.total;
  return { code: lastTest == null ? 'TH' : 'TL' };
}
