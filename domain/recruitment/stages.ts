// The recruitment vocabulary as data: the stages of a CPNS and a PPPK cycle in the order of RULES.md 1.1 and
// 1.7, the statuses of an application, and the table of which action moves an application from one status
// to the next (OrangeHRM style: state, action → next state), so that a refused step can say why.
import type { Checked } from './rule-sets';
import { yearInWita } from '../time';

type Label = { id: string; en: string };

export const cpnsStages = [
  'formation-announcement',
  'registration',
  'administration-screening',
  'administration-announcement',
  'administration-appeal',
  'skd-scheduling',
  'skd',
  'skd-announcement',
  'skd-appeal',
  'skb-cut',
  'skb',
  'integration',
  'final-announcement',
  'final-appeal',
  'documents',
  'nip-proposal',
  'appointment',
] as const;

/** PPPK: administrative screening, then one competency test whose result is the final result. */
export const pppkStages = [
  'formation-announcement',
  'registration',
  'administration-screening',
  'administration-announcement',
  'administration-appeal',
  'competency-test',
  'final-announcement',
  'final-appeal',
  'documents',
  'nip-proposal',
  'appointment',
] as const;

export type CycleStage = (typeof cpnsStages)[number] | (typeof pppkStages)[number];

/** Where a cycle stands (the cycle workflow's phase). */
export const cyclePhases = [
  'announced',
  'registration',
  'screening',
  'administration-appeal',
  'skd',
  'skd-appeal',
  'skb',
  'competency',
  'final-appeal',
  'documents',
  'closed',
] as const;
export type CyclePhase = (typeof cyclePhases)[number];

/** The results that are announced and open a sanggah (appeal) window. */
export const announcementStages = ['administration', 'skd', 'final'] as const;
export type AnnouncementStage = (typeof announcementStages)[number];

export const announcementLabels: Record<AnnouncementStage, Label> = {
  administration: { id: 'seleksi administrasi', en: 'administrative screening' },
  skd: { id: 'Seleksi Kompetensi Dasar (SKD)', en: 'basic competency test (SKD)' },
  final: { id: 'hasil akhir seleksi', en: 'final selection result' },
};

/**
 * Where one application stands. `unconfirmed`: applied, but the candidate has not yet opened the
 * confirmation link sent to the address they gave; it counts nowhere, and `expired` ends it when the
 * confirmation window passes (its record is then removed). `optimalisasi`: ranked below the vacancies after the final ranking, kept in
 * rank order as a replacement candidate; `replaced-in`: such a candidate moved up to fill a vacancy;
 * `not-passed` (TL): absent from or disqualified at the last test.
 */
export const applicationStatuses = [
  'unconfirmed',
  'expired',
  'registered',
  'screened-ms',
  'screened-tms',
  'skd-passed',
  'skd-failed',
  'skb-advanced',
  'not-advanced',
  'passed',
  'optimalisasi',
  'not-passed',
  'replaced-in',
  'documents-submitted',
  'documents-verified',
  'documents-failed',
  'appointed',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

export const statusLabels: Record<ApplicationStatus, Label> = {
  unconfirmed: { id: 'menunggu konfirmasi email', en: 'awaiting email confirmation' },
  expired: { id: 'kedaluwarsa (tidak dikonfirmasi)', en: 'expired (not confirmed)' },
  registered: { id: 'terdaftar', en: 'registered' },
  'screened-ms': { id: 'memenuhi syarat (MS)', en: 'eligible (MS)' },
  'screened-tms': { id: 'tidak memenuhi syarat (TMS)', en: 'not eligible (TMS)' },
  'skd-passed': { id: 'lulus passing grade SKD', en: 'passed the SKD passing grade' },
  'skd-failed': { id: 'tidak lulus SKD', en: 'did not pass SKD' },
  'skb-advanced': { id: 'lolos ke SKB', en: 'advanced to SKB' },
  'not-advanced': { id: 'tidak lolos ke SKB', en: 'not advanced to SKB' },
  passed: { id: 'lulus (P/L)', en: 'passed (P/L)' },
  optimalisasi: { id: 'tidak lulus, peserta optimalisasi', en: 'not passed, optimalisasi candidate' },
  'not-passed': { id: 'tidak lulus (TL)', en: 'not passed (TL)' },
  'replaced-in': { id: 'lulus melalui optimalisasi', en: 'passed through optimalisasi' },
  'documents-submitted': { id: 'dokumen diserahkan', en: 'documents submitted' },
  'documents-verified': { id: 'dokumen terverifikasi', en: 'documents verified' },
  'documents-failed': { id: 'dokumen tidak memenuhi syarat', en: 'documents rejected' },
  appointed: { id: 'diangkat', en: 'appointed' },
  withdrawn: { id: 'mengundurkan diri', en: 'withdrawn' },
};

/** Statuses in which a withdrawal counts as withdrawing after passing (the budget-year ban applies). */
export const afterPassingStatuses: readonly ApplicationStatus[] = [
  'passed',
  'replaced-in',
  'documents-submitted',
  'documents-verified',
];

/**
 * The budget years a withdrawal after passing bars the NIK from (RULES 1.1 step 11): the next `years`
 * budget years after the selection's own, whenever the withdrawal happens (a withdrawal in February 2025
 * from the 2024 selection bars 2025 and 2026).
 */
export function withdrawalBanYears(selectionBudgetYear: number, years: number): number[] {
  return Array.from({ length: years }, (_, i) => selectionBudgetYear + 1 + i);
}

/** Whether a NIK with these banned budget years may not apply to a selection of `budgetYear`. */
export function isBanned(bannedYears: readonly number[], budgetYear: number): boolean {
  return bannedYears.includes(budgetYear);
}

/** A cycle's budget year unless HR gave one: the year registration opens, in WITA. */
export function defaultBudgetYear(registrationOpensAt: string): number {
  return yearInWita(Date.parse(registrationOpensAt));
}

export const applicationActions = [
  'confirm',
  'expire',
  'screen-ms',
  'screen-tms',
  'skd-pass',
  'skd-fail',
  'advance-to-skb',
  'not-advance',
  'final-pass',
  'final-optimalisasi',
  'final-fail',
  'competency-pass',
  'competency-optimalisasi',
  'competency-fail',
  'replace-in',
  'submit-documents',
  'verify-documents',
  'reject-documents',
  'miss-document-deadline',
  'appoint',
  'withdraw',
] as const;
export type ApplicationAction = (typeof applicationActions)[number];

export interface Transition {
  from: readonly ApplicationStatus[];
  action: ApplicationAction;
  to: ApplicationStatus;
}

// A stage's decision may be taken again from its own results: that is how an accepted appeal corrects it.
const screening = ['registered', 'screened-ms', 'screened-tms'] as const;
const skd = ['screened-ms', 'skd-passed', 'skd-failed'] as const;
const skbCut = ['skd-passed', 'skb-advanced', 'not-advanced'] as const;
const finalResults = ['passed', 'optimalisasi', 'not-passed'] as const;
const cpnsFinal = ['skb-advanced', ...finalResults] as const;
const pppkFinal = ['screened-ms', ...finalResults] as const;
const toBeDocumented = ['passed', 'replaced-in'] as const;

/** An application that never became real: withdrawing it means nothing (it expires by itself). */
const notReal: readonly ApplicationStatus[] = ['unconfirmed', 'expired'];

export const transitions: readonly Transition[] = [
  { from: ['unconfirmed'], action: 'confirm', to: 'registered' },
  { from: ['unconfirmed'], action: 'expire', to: 'expired' },
  { from: screening, action: 'screen-ms', to: 'screened-ms' },
  { from: screening, action: 'screen-tms', to: 'screened-tms' },
  { from: skd, action: 'skd-pass', to: 'skd-passed' },
  { from: skd, action: 'skd-fail', to: 'skd-failed' },
  { from: skbCut, action: 'advance-to-skb', to: 'skb-advanced' },
  { from: skbCut, action: 'not-advance', to: 'not-advanced' },
  { from: cpnsFinal, action: 'final-pass', to: 'passed' },
  { from: cpnsFinal, action: 'final-optimalisasi', to: 'optimalisasi' },
  { from: cpnsFinal, action: 'final-fail', to: 'not-passed' },
  { from: pppkFinal, action: 'competency-pass', to: 'passed' },
  { from: pppkFinal, action: 'competency-optimalisasi', to: 'optimalisasi' },
  { from: pppkFinal, action: 'competency-fail', to: 'not-passed' },
  { from: ['optimalisasi'], action: 'replace-in', to: 'replaced-in' },
  { from: [...toBeDocumented, 'documents-submitted'], action: 'submit-documents', to: 'documents-submitted' },
  { from: ['documents-submitted'], action: 'verify-documents', to: 'documents-verified' },
  { from: ['documents-submitted'], action: 'reject-documents', to: 'documents-failed' },
  { from: toBeDocumented, action: 'miss-document-deadline', to: 'documents-failed' },
  { from: ['documents-verified'], action: 'appoint', to: 'appointed' },
  {
    from: applicationStatuses.filter((s) => s !== 'appointed' && s !== 'withdrawn' && !notReal.includes(s)),
    action: 'withdraw',
    to: 'withdrawn',
  },
];

/** The actions an application in `status` accepts, e.g. for a 409 message or a UI. */
export function allowedActions(status: ApplicationStatus): ApplicationAction[] {
  return transitions.filter((t) => t.from.includes(status)).map((t) => t.action);
}

/** Every status from which `action` is allowed: where an operation that leads to it may be applied. */
export function statusesAllowing(action: ApplicationAction): ApplicationStatus[] {
  return applicationStatuses.filter((s) => allowedActions(s).includes(action));
}

/** The status after `action`, or the reason the action is not allowed now. */
export function nextStatus(status: ApplicationStatus, action: ApplicationAction): Checked<ApplicationStatus> {
  const row = transitions.find((t) => t.action === action && t.from.includes(status));
  if (row) return { ok: true, value: row.to };
  const allowed = allowedActions(status);
  return {
    ok: false,
    reasons: [
      `${action} is not allowed for an application that is ${status}; allowed: ${allowed.join(', ') || 'nothing'}`,
    ],
  };
}
