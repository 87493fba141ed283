// The messages of the recruitment processes: what the cycle and each application workflow accept
// (Updates for human steps, signals for fan-out), what they answer to queries, and their inputs.
// The commands, the activities and the tests share these definitions.
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../../domain/actor';
import type { Language } from '../../domain/language';
import type { FinalFacts, SkbCutFacts, SkdFacts } from '../../domain/recruitment/explanation-facts';
import type { FinalOutcome } from '../../domain/recruitment/outcomes';
import type {
  CycleKind,
  FormationType,
  RecruitmentRuleSet,
  RecruitmentWindows,
} from '../../domain/recruitment/rule-sets';
import type { AnnouncementStage, ApplicationStatus, CyclePhase } from '../../domain/recruitment/stages';
import type {
  AppealRecord,
  ScreeningRecord,
  SkdResult,
  SkdSessionRecord,
} from '../../domain/recruitment/views';
import type { StepSnapshot } from '../lib/human-step';

// ------------------------------------------------------------------------------------------ cycle

export interface FormationConfig {
  code: string;
  title: string;
  unit: string;
  type: FormationType;
  vacancies: number;
}

/** Where HR's own reminders and escalations go (from HR_EMAIL / HR_HEAD_EMAIL when the cycle starts). */
export interface HrContacts {
  email: string;
  headEmail: string;
}

export interface CycleInput {
  code: string;
  hr: HrContacts;
  kind: CycleKind;
  title: string;
  /** The budget year (tahun anggaran) of the selection: what a withdrawal ban is counted in. */
  budgetYear: number;
  formations: FormationConfig[];
  schedule: { registrationOpensAt: string; registrationClosesAt: string };
  rules: RecruitmentRuleSet;
  /** What HR changed from the rule set's defaults for this cycle (audited). */
  overrides: { path: string; from: unknown; to: unknown }[];
  /** The HR officer who opened the cycle. */
  createdBy: Actor;
}

export const batchKinds = ['screening', 'skd-sessions', 'skd', 'skb', 'competency'] as const;
export type BatchKind = (typeof batchKinds)[number];

export interface CycleState {
  code: string;
  phase: CyclePhase;
  appealWindows: Partial<Record<AnnouncementStage, string>>;
  documents: { opened: number; resolved: number };
  replacements: number;
  unfilled: string[];
  batchesApplied: number;
}

/** HR hands over an uploaded batch (stored in result_batches) for the cycle to apply to its applications. */
export const submitBatch = defineUpdate<
  { batchId: string; accepted: true },
  [{ batchId: string; kind: BatchKind; actor: Actor }]
>('submitBatch');
/** HR publishes a stage's results: every affected candidate is told and the appeal window opens. */
export const announce = defineUpdate<
  { stage: AnnouncementStage; appealWindowClosesAt: string },
  [{ stage: AnnouncementStage; actor: Actor }]
>('announce');
export const cycleState = defineQuery<CycleState>('cycleState');

/** From application workflows to the stage's appeal desk. */
export const appealOpened = defineSignal<[{ stage: AnnouncementStage }]>('appealOpened');
export const appealResolved =
  defineSignal<[{ stage: AnnouncementStage; accepted: boolean }]>('appealResolved');
export const appealDeskState = defineQuery<{
  stage: AnnouncementStage;
  closesAt: string;
  open: number;
  accepted: number;
}>('appealDeskState');
export const vacancyOpened =
  defineSignal<[{ formationCode: string; applicationId: string; reason: string }]>('vacancyOpened');
export const documentsResolved =
  defineSignal<[{ applicationId: string; verified: boolean }]>('documentsResolved');

/** Which phases accept which batch kinds (re-uploads inside a phase correct earlier rows). */
export const batchPhases: Record<BatchKind, CyclePhase[]> = {
  screening: ['screening', 'administration-appeal'],
  'skd-sessions': ['skd'],
  skd: ['skd', 'skd-appeal'],
  skb: ['skb', 'final-appeal'],
  competency: ['competency', 'final-appeal'],
};

/** In which phase HR may announce which stage. */
export const announcePhases: Record<AnnouncementStage, CyclePhase[]> = {
  administration: ['screening'],
  skd: ['skd'],
  final: ['skb', 'competency'],
};

// ------------------------------------------------------------------------------------ application

export interface ApplicationInput {
  applicationId: string;
  applicantKey: string;
  cycleCode: string;
  cycleTitle: string;
  kind: CycleKind;
  /** The cycle's budget year: a withdrawal after passing bars the budget years after it. */
  budgetYear: number;
  formation: { code: string; title: string; type: FormationType };
  /** Registration's end: an application not confirmed by then expires, whatever its window. */
  registrationClosesAt: string;
  candidate: { name: string; email: string; language: Language };
  /** The rest of what the applicant gave, which the workflow's first step records (the intake). */
  applicant: { nik: string; birthDate: string; education: { level: string; major: string; gpa: number } };
  windows: RecruitmentWindows;
  withdrawalBanBudgetYears: number;
  hr: HrContacts;
}

export interface ApplicationState {
  applicationId: string;
  status: ApplicationStatus;
  seq: number;
  appealWindows: Partial<Record<AnnouncementStage, StepSnapshot>>;
  appeals: Partial<Record<AnnouncementStage, AppealRecord>>;
  documents?: StepSnapshot;
}

// Fan-out signals from the cycle.
export const screened = defineSignal<[ScreeningRecord & { actor: Actor }]>('screened');
export const announced = defineSignal<[{ stage: AnnouncementStage; closesAt: string }]>('announced');
export const skdScheduled = defineSignal<[SkdSessionRecord]>('skdScheduled');
// `facts`: the numbers that decided, for the explanation in the result email (absent in signals sent
// before explanations existed).
export const skdScored = defineSignal<[SkdResult & { facts?: SkdFacts }]>('skdScored');
export const skbCutMade =
  defineSignal<[{ advances: boolean; rank: number; facts?: SkbCutFacts }]>('skbCutMade');
/** `score` is absent for a finalist who did not sit the last test (ranked after the scored, not passed). */
export const finalRanked =
  defineSignal<
    [{ outcome: FinalOutcome; rank: number; score?: number; revision: number; facts?: FinalFacts }]
  >('finalRanked');
export const documentsOpened = defineSignal<[{ dueAt: string }]>('documentsOpened');
export const replacedIn = defineSignal<[{ dueAt: string; replacing: string }]>('replacedIn');
export const appointed = defineSignal<[]>('appointed');
export const cycleClosed = defineSignal<[]>('cycleClosed');

/**
 * The apply command's wait for the intake: answered once the application's record is written, `first`
 * for the one request that created the application (which alone gets an access token); refused for
 * another formation than the one the workflow was started for.
 */
export const intake = defineUpdate<{ first: boolean }, [{ formationCode: string }]>('intake');

// Human steps.
/**
 * The candidate opened the confirmation link sent to their address: the application becomes real. Again
 * on a confirmed application answers its status (idempotent); refused once it expired.
 */
export const confirmApplication = defineUpdate<{ status: ApplicationStatus }, [{ actor: Actor }]>(
  'confirmApplication',
);
export const submitAppeal = defineUpdate<
  AppealRecord,
  [{ stage: AnnouncementStage; reason: string; actor: Actor }]
>('submitAppeal');
export const decideAppeal = defineUpdate<
  AppealRecord,
  [{ stage: AnnouncementStage; accepted: boolean; reason: string; actor: Actor }]
>('decideAppeal');
export const submitDocuments = defineUpdate<
  { status: ApplicationStatus },
  [{ documents: { kind: string; reference: string }[]; actor: Actor }]
>('submitDocuments');
export const verifyDocuments = defineUpdate<
  { status: ApplicationStatus },
  [{ accepted: boolean; reason?: string; actor: Actor }]
>('verifyDocuments');
export const withdraw = defineUpdate<
  { status: ApplicationStatus; banYears: number[] },
  [{ reason: string; actor: Actor }]
>('withdraw');
/** HR gives the candidate's corrected address after the mail server refused theirs; what failed is resent. */
export const correctAddress = defineUpdate<{ resent: number }, [{ email: string; actor: Actor }]>(
  'correctAddress',
);
export const applicationState = defineQuery<ApplicationState>('applicationState');
