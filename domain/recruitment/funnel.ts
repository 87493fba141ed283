// A cycle's dashboard in numbers, as pure functions of what the read model and the audit trail hold: the
// funnel (how many applications reached each step of the selection), the time applications spent in each
// stage, and the cycle's next deadline. commands/recruitment/dashboard.ts streams the records in; the
// pages and the API show the results.
//
// The funnel's rule: an application counts at the furthest step it reached and at every step before it.
// Where an application stands is its status (a status after a step implies the step: `skb-advanced`
// passed SKD, `documents-failed` passed the final result). Confirmed applications only (`unconfirmed` and
// `expired` ones count nowhere, as in every count of the cycle). "Present" at the SKD or the competency
// test means a score is recorded (the CAT export lists only those who sat it; an absent candidate has
// none). A withdrawn application's status no longer says where it was, so its results say it: MS if its
// screening was MS, present if it has a score, passed SKD if that score passed, advanced to SKB if the
// cut said so or it has an SKB score or a final result, passed if its final outcome was `passed` or it
// was moved up into a vacancy; nobody withdraws after appointment. Caveat: a candidate who withdrew after
// the SKD scores were uploaded but before they were announced counts as passing SKD when the score did.
//
// Time in stage: each application's stays, from the instants it entered each stage. An application
// enters a stage by a decision the audit trail records on it (confirmed, screened, an appeal's
// correction, moved up into a vacancy, documents verified or rejected, appointed, withdrawn), or by a
// cycle-wide step the trail records on the cycle (the SKD result announced, the cut to SKB, the final
// result announced), which moves every application then waiting in the stage before it. A stay ends at
// the application's next step, whatever it is (the next stage, TMS, not passing, a withdrawal); the stay
// in the stage an application is in now is not counted until it ends. The cycle-wide steps are recorded
// once the step reached every application, so a stay ending there is measured to that moment.
import { z } from 'zod';
import { transitions, type ApplicationAction, type ApplicationStatus } from './stages';

export type CycleKind = 'CPNS' | 'PPPK';

export const cpnsFunnelSteps = [
  'registered',
  'ms',
  'skd-present',
  'skd-passed',
  'skb-advanced',
  'passed',
  'appointed',
] as const;
export const pppkFunnelSteps = ['registered', 'ms', 'competency-present', 'passed', 'appointed'] as const;
export const funnelSteps = [...new Set([...cpnsFunnelSteps, ...pppkFunnelSteps])];
export type FunnelStep = (typeof cpnsFunnelSteps)[number] | (typeof pppkFunnelSteps)[number];

export const stepsOf = (kind: CycleKind): readonly FunnelStep[] =>
  kind === 'CPNS' ? cpnsFunnelSteps : pppkFunnelSteps;

/** What the funnel reads of one application (a projection of its record). */
export interface FunnelRecord {
  status: ApplicationStatus;
  screening?: 'MS' | 'TMS';
  /** The SKD score, when one is recorded. */
  skd?: { passed: boolean };
  skdAbsent?: boolean;
  /** What the cut to SKB told the candidate, when it was made. */
  skbCutAdvanced?: boolean;
  skbScored?: boolean;
  competencyScored?: boolean;
  finalOutcome?: string;
  /** Moved up into the vacancy of another (optimalisasi). */
  replacement?: boolean;
}

type Reach = number; // how many steps of the kind's funnel the application reached (0: none)

/** The furthest step reached, as the number of steps of the kind's funnel counted (see the rule above). */
export function funnelReach(kind: CycleKind, r: FunnelRecord): Reach {
  if (r.status === 'unconfirmed' || r.status === 'expired') return 0;
  const ms = r.screening === 'MS';
  if (kind === 'PPPK') {
    const present = ms && r.competencyScored === true;
    if (r.status === 'appointed') return 5;
    if (passedFinal(r)) return 4;
    if (present) return 3;
    if (r.status === 'withdrawn') return ms ? 2 : 1;
    return ['registered', 'screened-tms'].includes(r.status) ? 1 : 2;
  }
  if (r.status === 'appointed') return 7;
  if (passedFinal(r)) return 6;
  const scored = ms && r.skd !== undefined && r.skdAbsent !== true;
  if (r.status === 'withdrawn') {
    if (r.skbCutAdvanced || r.skbScored || r.finalOutcome !== undefined) return 5;
    if (scored && r.skd!.passed) return 4;
    return scored ? 3 : ms ? 2 : 1;
  }
  switch (r.status) {
    case 'registered':
    case 'screened-tms':
      return 1;
    case 'screened-ms':
    case 'skd-failed':
      return scored ? 3 : 2;
    case 'skd-passed':
    case 'not-advanced':
      return 4;
    default: // skb-advanced, optimalisasi, not-passed
      return 5;
  }
}

const afterFinal: readonly ApplicationStatus[] = [
  'passed',
  'replaced-in',
  'documents-submitted',
  'documents-verified',
  'documents-failed',
];

function passedFinal(r: FunnelRecord): boolean {
  if (r.status === 'withdrawn') return r.finalOutcome === 'passed' || r.replacement === true;
  return afterFinal.includes(r.status);
}

export interface FunnelCount {
  step: FunnelStep;
  count: number;
}

/** Counts the funnel from the reach of each application (`funnelReach`), streamed in as they come. */
export function funnelCounter(kind: CycleKind) {
  const steps = stepsOf(kind);
  const atReach = new Array<number>(steps.length + 1).fill(0);
  return {
    add(r: FunnelRecord) {
      atReach[funnelReach(kind, r)]! += 1;
    },
    /** Each step with how many reached it or went further. */
    counts(): FunnelCount[] {
      let further = 0;
      const out: FunnelCount[] = [];
      for (let i = steps.length; i >= 1; i--) {
        further += atReach[i]!;
        out.unshift({ step: steps[i - 1]!, count: further });
      }
      return out;
    },
  };
}

export function countFunnel(kind: CycleKind, records: Iterable<FunnelRecord>): FunnelCount[] {
  const counter = funnelCounter(kind);
  for (const r of records) counter.add(r);
  return counter.counts();
}

// ------------------------------------------------------------------------------------------ time in stage

/** The stages an application waits in, in order (named for what it waits for). */
export const cpnsTimedStages = ['screening', 'skd', 'skb-cut', 'skb', 'documents', 'appointment'] as const;
export const pppkTimedStages = ['screening', 'competency', 'documents', 'appointment'] as const;
export type TimedStage = (typeof cpnsTimedStages)[number] | (typeof pppkTimedStages)[number];
export const timedStages = [...new Set([...cpnsTimedStages, ...pppkTimedStages])];

export const timedStagesOf = (kind: CycleKind): readonly TimedStage[] =>
  kind === 'CPNS' ? cpnsTimedStages : pppkTimedStages;

/** Where an application goes: a stage, or out of the stages (TMS, not passed, withdrawn, appointed). */
type Place = TimedStage | 'out';

/** The audit trail's actions on an application that move it, and where each leads (from the transition table). */
export const stageActions: ReadonlyMap<string, (kind: CycleKind) => Place> = new Map(
  transitions.map((t) => [`application.${t.action}`, (kind: CycleKind) => placeOf(kind, t.action, t.to)]),
);

function placeOf(kind: CycleKind, action: ApplicationAction, to: ApplicationStatus): Place {
  if (action === 'expire' || action === 'withdraw') return 'out';
  switch (to) {
    case 'registered':
      return 'screening';
    case 'screened-ms':
      return kind === 'CPNS' ? 'skd' : 'competency';
    case 'skd-passed':
      return 'skb-cut';
    case 'skb-advanced':
      return 'skb';
    case 'passed':
    case 'replaced-in':
    case 'documents-submitted':
      return 'documents';
    case 'documents-verified':
      return 'appointment';
    default:
      return 'out';
  }
}

/** The cycle-wide steps of the audit trail (on the cycle), by when each was recorded (epoch ms). */
export interface CycleSteps {
  skdAnnounced?: number;
  skbCut?: number;
  finalAnnounced?: number;
}

/** One audited action on an application. */
export interface AppEvent {
  action: string;
  at: number;
}

export interface Stay {
  stage: TimedStage;
  ms: number;
}

/**
 * One application's finished stays: its own audited moves, with the cycle-wide steps put in for the
 * stage it waited in then (where they lead from the reach its record shows).
 */
export function staysOf(
  kind: CycleKind,
  events: readonly AppEvent[],
  cycle: CycleSteps,
  reach: Reach,
): Stay[] {
  const moves: { at: number; to: Place | ((from: Place) => Place | undefined) }[] = [];
  for (const e of events) {
    const to = stageActions.get(e.action);
    if (to) moves.push({ at: e.at, to: to(kind) });
  }
  const cycleMove = (at: number | undefined, from: TimedStage, to: TimedStage, reached: Reach) => {
    if (at !== undefined)
      moves.push({ at, to: (now) => (now === from ? (reach >= reached ? to : 'out') : undefined) });
  };
  if (kind === 'CPNS') {
    cycleMove(cycle.skdAnnounced, 'skd', 'skb-cut', 4);
    cycleMove(cycle.skbCut, 'skb-cut', 'skb', 5);
    cycleMove(cycle.finalAnnounced, 'skb', 'documents', 6);
  } else cycleMove(cycle.finalAnnounced, 'competency', 'documents', 4);
  // In time order; at the same instant the application's own decision first (it caused the step).
  moves.sort(
    (a, b) => a.at - b.at || Number(typeof a.to === 'function') - Number(typeof b.to === 'function'),
  );
  const stays: Stay[] = [];
  let place: Place | undefined;
  let since = 0;
  for (const m of moves) {
    const to = typeof m.to === 'function' ? (place === undefined ? undefined : m.to(place)) : m.to;
    // A move to where it already is (an appeal confirming what its record now shows) keeps the stay.
    if (to === undefined || to === place) continue;
    if (place !== undefined && place !== 'out') stays.push({ stage: place, ms: Math.max(0, m.at - since) });
    place = to;
    since = m.at;
  }
  return stays;
}

export interface StageTime {
  stage: TimedStage;
  /** How many finished stays were measured. */
  count: number;
  medianMs: number;
  longestMs: number;
}

/** The median (the mean of the middle two for an even count) and the longest stay of each stage with any. */
export function timeInStage(kind: CycleKind, stays: Iterable<Stay>): StageTime[] {
  const byStage = new Map<TimedStage, number[]>();
  for (const s of stays) {
    const list = byStage.get(s.stage) ?? [];
    list.push(s.ms);
    byStage.set(s.stage, list);
  }
  return timedStagesOf(kind).flatMap((stage) => {
    const list = byStage.get(stage);
    if (!list?.length) return [];
    // Sorted once, in place (no spread: a million stays would overflow the arguments of Math.max).
    list.sort((a, b) => a - b);
    return [{ stage, count: list.length, medianMs: medianOfSorted(list), longestMs: list[list.length - 1]! }];
  });
}

export const median = (values: readonly number[]): number =>
  medianOfSorted([...values].sort((a, b) => a - b));

function medianOfSorted(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

// ------------------------------------------------------------------------------------------ next deadline

export const deadlineKinds = ['registration-opens', 'registration-closes', 'appeal-window', 'task'] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];

export interface Deadline {
  kind: DeadlineKind;
  at: string;
  /** The appeal window's stage, or the task's type. */
  of?: string;
}

/** The first of the cycle's instants still ahead: registration, an open appeal window's close, a task's due date. */
export function nextDeadline(
  input: {
    schedule: { registrationOpensAt: string; registrationClosesAt: string };
    appealWindows: Record<string, string | undefined>;
    tasks: readonly { type: string; dueAt: string }[];
  },
  now: number,
): Deadline | undefined {
  const candidates: Deadline[] = [
    { kind: 'registration-opens', at: input.schedule.registrationOpensAt },
    { kind: 'registration-closes', at: input.schedule.registrationClosesAt },
    ...Object.entries(input.appealWindows).flatMap(([stage, at]) =>
      at ? [{ kind: 'appeal-window' as const, at, of: stage }] : [],
    ),
    ...input.tasks.map((t) => ({ kind: 'task' as const, at: t.dueAt, of: t.type })),
  ];
  return candidates
    .filter((d) => Date.parse(d.at) > now)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))[0];
}

// ------------------------------------------------------------------------------------------ the API's view

export const cycleDashboardView = z.object({
  code: z.string(),
  kind: z.enum(['CPNS', 'PPPK']),
  phase: z.string(),
  funnel: z
    .array(z.object({ step: z.enum(funnelSteps as [FunnelStep, ...FunnelStep[]]), count: z.number().int() }))
    .describe('Each step of the selection with how many confirmed applications reached it or went further'),
  timeInStage: z
    .array(
      z.object({
        stage: z.enum(timedStages as [TimedStage, ...TimedStage[]]),
        count: z.number().int().describe('Finished stays measured'),
        medianMs: z.number(),
        longestMs: z.number(),
      }),
    )
    .describe('The median and longest finished stay in each stage, in milliseconds'),
  applications: z.number().int().describe('Confirmed applications read'),
  measuredAt: z.string().describe('ISO 8601 instant'),
});
export type CycleDashboardView = z.infer<typeof cycleDashboardView>;
