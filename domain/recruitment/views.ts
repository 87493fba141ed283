// What a recruitment record looks like to its readers: one zod schema per view (a cycle, an application,
// a ranking row) that the API's responses, the OpenAPI document and the typed client all derive from, the
// shapes of the results the workflows record, and the functions that turn a stored record into its view.
import { z } from 'zod';
import { currentOutcome, currentOutcomes, finalOutcomes, type FinalOutcome } from './outcomes';
import { cycleKinds, formationTypes } from './rule-sets';
import {
  announcementStages,
  applicationStatuses,
  cyclePhases,
  type ApplicationStatus,
  type CyclePhase,
} from './stages';

const isoInstant = z.string().describe('ISO 8601 instant');
const stageMap = <T extends z.ZodType>(v: T) => z.record(z.enum(announcementStages), v);
const counts = z.record(z.string(), z.number().int());

// ---- What the workflows record ----

export const screeningRecordSchema = z.object({ decision: z.enum(['MS', 'TMS']), reason: z.string() });
export type ScreeningRecord = z.infer<typeof screeningRecordSchema>;

export const skdSessionRecordSchema = z.object({ code: z.string(), place: z.string(), startsAt: isoInstant });
export type SkdSessionRecord = z.infer<typeof skdSessionRecordSchema>;

export const skdResultSchema = z.object({
  twk: z.number(),
  tiu: z.number(),
  tkp: z.number(),
  total: z.number(),
  passed: z.boolean(),
  reasons: z.array(z.string()),
});
export type SkdResult = z.infer<typeof skdResultSchema>;

/** The SKD result of a candidate who has no score when SKD is announced. */
export const absentFromSkd: SkdResult = {
  twk: 0,
  tiu: 0,
  tkp: 0,
  total: 0,
  passed: false,
  reasons: ['tidak mengikuti SKD / absent'],
};

export const appealRecordSchema = z.object({
  reason: z.string(),
  at: isoInstant,
  answerBy: isoInstant,
  status: z.enum(['pending', 'accepted', 'rejected']),
  decision: z.object({ reason: z.string(), at: isoInstant, actor: z.string() }).optional(),
});
export type AppealRecord = z.infer<typeof appealRecordSchema>;

export const documentsRecordSchema = z.object({
  submitted: z.array(z.object({ kind: z.string(), reference: z.string() })),
  at: isoInstant,
  verification: z.object({ accepted: z.boolean(), reason: z.string() }).optional(),
});
export type DocumentsRecord = z.infer<typeof documentsRecordSchema>;

export const withdrawalRecordSchema = z.object({
  reason: z.string(),
  at: isoInstant,
  afterPassing: z.boolean(),
  banYears: z.array(z.number().int()),
});
export type WithdrawalRecord = z.infer<typeof withdrawalRecordSchema>;

export const finalResultSchema = z.object({
  score: z.number(),
  rank: z.number().int(),
  outcome: z.enum(finalOutcomes),
});

// ---- Cycles ----

const formationView = z.object({
  code: z.string(),
  title: z.string(),
  unit: z.string(),
  type: z.enum(formationTypes),
  vacancies: z.number().int(),
});
const scheduleView = z.object({ registrationOpensAt: isoInstant, registrationClosesAt: isoInstant });

export const cycleCreatedView = z.object({
  code: z.string(),
  workflowId: z.string(),
  budgetYear: z.number().int().describe('The budget year (tahun anggaran) of the selection'),
  ruleSetId: z.string(),
  overridden: z.array(z.object({ path: z.string(), from: z.unknown(), to: z.unknown() })),
});

export const cycleSummaryView = z.object({
  code: z.string(),
  title: z.string(),
  kind: z.enum(cycleKinds),
  phase: z.enum(cyclePhases),
  schedule: scheduleView,
});

export const cycleView = cycleSummaryView.extend({
  budgetYear: z.number().int().describe('The budget year (tahun anggaran) of the selection'),
  ruleSetId: z.string(),
  formations: z.array(formationView),
  appealWindows: stageMap(isoInstant).describe('When each open appeal window closes'),
  openAppeals: stageMap(z.number().int()).describe('Appeals waiting for an answer, by stage'),
  documents: z.object({ opened: z.number().int(), resolved: z.number().int() }).optional(),
  replacements: z.number().int(),
  unfilled: z.array(z.string()).describe('Formations left with a vacancy nobody could fill'),
  counts: z.object({ byStatus: counts, byFormation: z.record(z.string(), counts) }),
});

// ---- Applications ----

const applicationFields = {
  applicationId: z.string(),
  cycleCode: z.string(),
  formationCode: z.string(),
  formationType: z.enum(formationTypes),
  name: z.string(),
  email: z.string().describe('Empty once retention erased it'),
  birthDate: z.string().describe('YYYY-MM-DD; only the year once pseudonymised, empty once erased'),
  education: z.object({ level: z.string(), major: z.string(), gpa: z.number() }).optional(),
  language: z.enum(['id', 'en']),
  status: z.enum(applicationStatuses),
  registrationNumber: z
    .string()
    .optional()
    .describe('The nomor peserta (e.g. CPNS-2026-00042), given when the application is confirmed'),
  screening: screeningRecordSchema.optional(),
  skdSession: skdSessionRecordSchema.optional(),
  skd: skdResultSchema.optional(),
  skdRank: z.number().int().optional(),
  skb: z.object({ score: z.number(), components: z.unknown() }).optional(),
  competency: z
    .object({ technical: z.number(), managerial: z.number(), interview: z.number(), total: z.number() })
    .optional(),
  final: finalResultSchema.optional(),
  appeals: stageMap(appealRecordSchema),
  documents: documentsRecordSchema.nullable(),
  deadlines: z.record(z.string(), isoInstant),
  withdrawal: withdrawalRecordSchema.nullable(),
  replacementOf: z.string().optional(),
  retention: z
    .object({ mode: z.enum(['erase', 'pseudonymise']), at: isoInstant })
    .optional()
    .describe("Set once retention erased or pseudonymised this unsuccessful candidate's personal data"),
};
export const applicationListItemView = z.object(applicationFields);
export type ApplicationListItemView = z.infer<typeof applicationListItemView>;

export const applicationView = z.object({
  ...applicationFields,
  nik: z.string(),
  live: z
    .unknown()
    .optional()
    .describe("The application workflow's own state (windows, appeals); absent when it has ended"),
  history: z
    .array(z.object({ at: z.string(), action: z.string(), reason: z.string() }))
    .describe('The decisions taken on this application, oldest first (from the audit trail)'),
});

/** A stored application, as the read model holds it (the fields of db/models/recruitment.ts). */
export interface StoredApplication {
  _id: string;
  status: string;
  skd?: Partial<SkdResult> | null;
  skdAbsent?: boolean | null;
  final?: { score?: number | null; rank?: number | null; outcome?: string | null } | null;
  [field: string]: unknown;
}

/** The final result as shown: a finalist the ranking gave no score (absent from the last test) shows 0. */
export function finalResultOf(app: Pick<StoredApplication, 'final'>) {
  const f = app.final;
  if (!f || f.rank == null || f.outcome == null) return undefined;
  return { score: f.score ?? 0, rank: f.rank, outcome: f.outcome as FinalOutcome };
}

/** The results an application may not have yet; records written before they were optional hold `{}`. */
const resultFields = ['screening', 'skdSession', 'skd', 'skb', 'competency'] as const;
/** What the read model keeps for its writers only: their sequence guards and flags. */
const internalFields = [
  '_id',
  'applicantKey',
  'workflowId',
  'seq',
  'resultsSeq',
  'rankSeq',
  'skdAbsent',
  // The facts behind each result: the candidate's pages render them (domain/recruitment/explanations.ts).
  'explanations',
];

/**
 * An application as its readers see it: the results it has (none shown as an empty object), the SKD
 * result of an absent candidate once SKD is announced, the final result once ranked.
 */
export function toApplicationView(app: StoredApplication): ApplicationListItemView {
  const out: Record<string, unknown> = { applicationId: app._id };
  for (const [k, v] of Object.entries(app)) if (!internalFields.includes(k) && k !== 'nik') out[k] = v;
  for (const field of resultFields) {
    const value = out[field];
    if (value == null || (typeof value === 'object' && Object.values(value).every((v) => v == null)))
      delete out[field];
  }
  // Written by their stages only (the intake leaves them out): null until then, as the view declares.
  out.documents ??= null;
  out.withdrawal ??= null;
  if (app.skdAbsent && !out.skd) out.skd = absentFromSkd;
  const final = finalResultOf(app);
  if (final) out.final = final;
  else delete out.final;
  return out as ApplicationListItemView;
}

// ---- Rankings ----

export const rankingView = z.object({
  cycle: z.string(),
  formation: z.string(),
  stage: z.enum(['skd', 'final']),
  announced: z
    .boolean()
    .describe(
      'Whether this ranking has been told to the candidates (the cut to SKB made, the final result ' +
        'announced); the public ranking lists no one before',
    ),
  rows: z.array(
    z.object({
      rank: z.number().int().optional(),
      applicationId: z.string().optional().describe('Absent from the public ranking'),
      registrationNumber: z
        .string()
        .optional()
        .describe('The nomor peserta, by which a candidate finds themselves in the public ranking'),
      name: z.string().describe('Masked in the public ranking'),
      skd: z.object({ twk: z.number(), tiu: z.number(), tkp: z.number(), total: z.number() }).optional(),
      skb: z.number().optional(),
      competency: z.number().optional(),
      final: z.number().optional(),
      outcome: z
        .enum(['advanced', 'not-advanced', ...currentOutcomes])
        .optional()
        .describe(
          'SKD ranking: advanced or not-advanced to SKB. Final ranking: where the candidate stands now — passed; ' +
            'replacement (moved up from optimalisasi to fill a vacancy); optimalisasi (waiting in rank order); ' +
            'not-passed (TL); withdrawn; failed-documents (missed the document deadline or documents rejected)',
        ),
      rankedOutcome: z
        .enum(finalOutcomes)
        .optional()
        .describe(
          'Final ranking only: the outcome the ranking itself gave, before any withdrawal or replacement',
        ),
    }),
  ),
});
export type RankingRowView = z.infer<typeof rankingView>['rows'][number];

/**
 * Whether a ranking has been told to the candidates, from the cycle's phase: the SKD ranking once the cut
 * to SKB is made (the SKB phase, or any after it), the final one once the final result is announced (its
 * appeal window, or any phase after it).
 */
export function rankingAnnounced(stage: 'skd' | 'final', phase: CyclePhase): boolean {
  const at = cyclePhases.indexOf(phase);
  return at >= cyclePhases.indexOf(stage === 'skd' ? 'skb' : 'final-appeal');
}

/** The rankings a cycle of this kind publishes: PPPK has no SKD, its competency ranking is the final one. */
export const rankingStages = (kind: 'CPNS' | 'PPPK'): ('skd' | 'final')[] =>
  kind === 'CPNS' ? ['skd', 'final'] : ['final'];

/** "Maria Fernandez" → "M**** F*******": a public ranking names no one. */
export function maskName(name: string): string {
  return name
    .split(/\s+/)
    .map((w) => (w.length <= 1 ? w : w[0] + '*'.repeat(w.length - 1)))
    .join(' ');
}

/** One row of a formation's SKD or final ranking, for HR or (masked, without ids) for the public. */
export function toRankingRow(
  app: StoredApplication & { name: string; skb?: { score?: number }; competency?: { total?: number } },
  stage: 'skd' | 'final',
  publicView: boolean,
): RankingRowView {
  const final = finalResultOf(app);
  return {
    rank: stage === 'skd' ? (app.skdRank as number | undefined) : final?.rank,
    ...(publicView
      ? { applicationId: undefined, name: maskName(app.name) }
      : { applicationId: app._id, name: app.name }),
    registrationNumber: app.registrationNumber as string | undefined,
    skd:
      app.skd?.total !== undefined
        ? { twk: app.skd.twk!, tiu: app.skd.tiu!, tkp: app.skd.tkp!, total: app.skd.total }
        : undefined,
    skb: app.skb?.score,
    competency: app.competency?.total,
    final: final?.score,
    ...(stage === 'skd'
      ? { outcome: app.status === 'not-advanced' ? 'not-advanced' : 'advanced' }
      : {
          // Where the candidate stands now (withdrawn, failed the documents, moved up), and what the
          // ranking itself gave.
          outcome: currentOutcome({
            status: app.status as ApplicationStatus,
            rankedOutcome: final!.outcome,
            replacementOf: app.replacementOf as string | undefined,
          }),
          rankedOutcome: final!.outcome,
        }),
  };
}
