// Read models of recruitment: cycles, applications (the lists, rankings and searches the API serves),
// result batches (HR uploads, kept as they were given) and withdrawal bans. Temporal stays the source of
// truth for where a process stands. Each field of an application has one writer, which writes it under its
// own sequence guard so that a late write never moves a record backwards (db/application-writers.ts).
import { Schema, type Connection, type InferSchemaType } from 'mongoose';

const cycleSchema = new Schema(
  {
    _id: { type: String, required: true }, // the cycle code
    kind: { type: String, enum: ['CPNS', 'PPPK'], required: true },
    title: { type: String, required: true },
    /** The budget year (tahun anggaran) of the selection. */
    budgetYear: { type: Number, required: true },
    ruleSetId: { type: String, required: true },
    /** The effective rule set (defaults + overrides) the cycle runs under. */
    rules: { type: Schema.Types.Mixed, required: true },
    overrides: { type: Schema.Types.Mixed, default: {} },
    formations: { type: [Schema.Types.Mixed], required: true },
    schedule: { type: Schema.Types.Mixed, required: true },
    phase: { type: String, required: true },
    /** Open appeal windows by stage: when each closes. */
    appealWindows: { type: Schema.Types.Mixed, default: {} },
    seq: { type: Number, required: true, default: 0 },
    createdBy: { type: String, required: true },
    /**
     * When the cycle closed: candidates' links work for `rules.windows.linkValidAfterClose` after it, and
     * retention of its unsuccessful candidates' data counts from here.
     */
    closedAt: { type: Date },
    /** Each retention run by mode: when, why, by whom, how many records. */
    retention: { type: Schema.Types.Mixed, default: undefined },
    /** The last registration sequence given (db/registration-numbers.ts): raised by one, atomically, per number. */
    lastRegistration: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false, minimize: false },
);

/** Options of a result sub-document: undefined until it is set, never an empty object. */
const resultOptions = { _id: false, minimize: false } as const;

const applicationSchema = new Schema(
  {
    _id: { type: String, required: true }, // applicationId: <cycleCode>-<first 20 hex of the applicant key>
    cycleCode: { type: String, required: true, index: true },
    workflowId: { type: String, required: true },
    applicantKey: { type: String, required: true, index: true },
    formationCode: { type: String, required: true },
    formationType: { type: String, required: true },
    // Personal data: served to HR and to the candidate, never logged, never in an id or a URL.
    nik: { type: String, required: true },
    name: { type: String, required: true },
    email: { type: String, required: true },
    birthDate: { type: String, required: true },
    education: { level: String, major: String, gpa: Number },
    language: { type: String, required: true },
    status: { type: String, required: true, index: true },
    /** The nomor peserta, given once at confirmation (db/registration-numbers.ts); absent before. */
    registrationNumber: { type: String },
    // The writers' sequence guards (db/application-writers.ts): the workflow's, the uploaded results',
    // the rankings'.
    seq: { type: Number, required: true, default: 0 },
    resultsSeq: { type: Number, default: 0 },
    rankSeq: { type: Number, default: 0 },
    /** Set by the workflow when SKD was announced and the candidate had no score (absent). */
    skdAbsent: { type: Boolean },
    // Results, absent until the application has them (a plain nested path would be stored as `{}`).
    screening: { type: new Schema({ decision: String, reason: String }, resultOptions), default: undefined },
    skdSession: {
      type: new Schema({ code: String, place: String, startsAt: String }, resultOptions),
      default: undefined,
    },
    skd: {
      type: new Schema(
        {
          twk: Number,
          tiu: Number,
          tkp: Number,
          total: Number,
          passed: Boolean,
          reasons: { type: [String], default: undefined },
        },
        resultOptions,
      ),
      default: undefined,
    },
    skdRank: { type: Number },
    skb: {
      type: new Schema({ score: Number, components: Schema.Types.Mixed }, resultOptions),
      default: undefined,
    },
    competency: {
      type: new Schema(
        { technical: Number, managerial: Number, interview: Number, total: Number },
        resultOptions,
      ),
      default: undefined,
    },
    final: {
      type: new Schema({ score: Number, rank: Number, outcome: String }, resultOptions),
      default: undefined,
    },
    /**
     * The facts that explain each announced result (domain/recruitment/explanation-facts.ts), by stage:
     * `skd`, `skbCut`, `final`; recorded by the workflow when it tells the candidate, rendered by the
     * pages through domain/recruitment/explanations.ts. Absent until the first.
     */
    explanations: { type: Schema.Types.Mixed, default: undefined },
    appeals: { type: Schema.Types.Mixed, default: {} },
    documents: { type: Schema.Types.Mixed, default: null },
    deadlines: { type: Schema.Types.Mixed, default: {} },
    withdrawal: { type: Schema.Types.Mixed, default: null },
    replacementOf: { type: String },
    /** The version of the candidate's personal links: a token of another version is refused (revoked). */
    tokenVersion: { type: Number, default: 0 },
    /** Set when retention erased or pseudonymised the personal fields: `{mode, at}`. */
    retention: { type: Schema.Types.Mixed, default: undefined },
  },
  { timestamps: true, versionKey: false, minimize: false },
);
applicationSchema.index({ cycleCode: 1, formationCode: 1, status: 1 });
applicationSchema.index({ cycleCode: 1, applicantKey: 1 }, { unique: true });

/**
 * Every registration number given, one per application (`_id`): the unique index on the cycle and the
 * sequence is the database's guarantee that no two applications of a cycle share a number. (It cannot sit
 * on the applications themselves: those not yet confirmed have no number, and a unique index counts every
 * missing value as the same null; partial indexes are not available on FerretDB.)
 */
const registrationNumberSchema = new Schema(
  {
    _id: { type: String, required: true }, // the application id
    cycleCode: { type: String, required: true },
    sequence: { type: Number, required: true },
    number: { type: String, required: true },
  },
  { timestamps: true, versionKey: false },
);
registrationNumberSchema.index({ cycleCode: 1, sequence: 1 }, { unique: true });

const resultBatchSchema = new Schema(
  {
    _id: { type: String, required: true }, // hash of the cycle, kind and content: the same upload twice is one batch
    cycleCode: { type: String, required: true, index: true },
    kind: { type: String, required: true }, // screening | skd-sessions | skd | skb | competency
    rows: { type: [Schema.Types.Mixed], required: true },
    meta: { type: Schema.Types.Mixed, default: {} },
    actor: { type: String, required: true },
  },
  { timestamps: true, versionKey: false, minimize: false },
);

const banSchema = new Schema(
  {
    _id: { type: String, required: true }, // <applicantKey>/<cycleCode>
    applicantKey: { type: String, required: true, index: true },
    cycleCode: { type: String, required: true },
    /** Budget years in which the person may not apply, e.g. [2027, 2028]. */
    years: { type: [Number], required: true },
    reason: { type: String, required: true },
  },
  { timestamps: true, versionKey: false },
);

export type CycleDoc = InferSchemaType<typeof cycleSchema>;
export type ApplicationDoc = InferSchemaType<typeof applicationSchema>;

export function recruitmentModels(conn: Connection) {
  return {
    cycles: conn.model('RecruitmentCycle', cycleSchema, 'recruitment_cycles'),
    applications: conn.model('Application', applicationSchema, 'applications'),
    registrationNumbers: conn.model('RegistrationNumber', registrationNumberSchema, 'registration_numbers'),
    resultBatches: conn.model('ResultBatch', resultBatchSchema, 'result_batches'),
    bans: conn.model('WithdrawalBan', banSchema, 'withdrawal_bans'),
  };
}
