// The merit-system evidence of one cycle (sistem merit: what an auditor of KASN/BKN asks for), folded from
// its audit trail record by record, so that a trail of any size streams through it: the selection was
// open (registration opened and closed at the published dates, each stage announced), every decision had
// a reason and a person, appeals were answered within their window, and the rankings follow from the
// published rules. Each item has a count and its exceptions. Pure: no database, no clock but `now`.
import { durationMs } from '../time';
import { firstDifference, type Comparator, type SortKey } from './ranking';

/** A record of the trail with its personal part opened (db/audit-chain.ts's OpenedAudit, what is read). */
export interface EvidenceRecord {
  seq: number;
  key: string;
  at: string;
  actor: string;
  role: string;
  action: string;
  subject: string;
  reason: string;
  after: unknown;
  erased: boolean;
}

/**
 * The decisions the trail must show with a reason and a person, by kind. A person is an actor of role
 * `hr` (or the candidate, for their own withdrawal). The system may decide only by a rule (a deadline, a
 * replacement in rank order, appointment once verified), and then the rule is its reason.
 */
export const decisionKinds = {
  screening: ['application.screen-ms', 'application.screen-tms'],
  appeal: ['application.appeal-accepted', 'application.appeal-rejected'],
  documents: ['application.verify-documents', 'application.reject-documents'],
  withdrawal: ['application.withdraw'],
  announcement: ['cycle.announced/administration', 'cycle.announced/skd', 'cycle.announced/final'],
  rule: ['application.miss-document-deadline', 'application.replace-in', 'application.appoint'],
} as const;
export type DecisionKind = keyof typeof decisionKinds;

/** Who may take each kind of decision. */
const deciders: Record<DecisionKind, readonly string[]> = {
  screening: ['hr'],
  appeal: ['hr'],
  documents: ['hr'],
  withdrawal: ['candidate', 'hr'],
  announcement: ['hr'],
  rule: ['system'],
};

const kindOfAction = new Map<string, DecisionKind>(
  (Object.entries(decisionKinds) as [DecisionKind, readonly string[]][]).flatMap(([kind, actions]) =>
    actions.map((a) => [a, kind] as const),
  ),
);

/** How late a registration date may be kept (the workflow wakes a moment after the published instant). */
export const DATE_TOLERANCE_MS = 60 * 60 * 1000;

export type Problem =
  | 'missing'
  | 'early'
  | 'late'
  | 'no-reason'
  | 'no-actor'
  | 'not-a-person'
  | 'outside-window'
  | 'answered-late'
  | 'unanswered'
  | 'rule-set-differs';

export interface DateKept {
  published?: string;
  actual?: string;
  /** Milliseconds after the published instant (negative: before it). */
  offsetMs?: number;
  problem?: Problem;
}

export interface DecisionException {
  seq: number;
  subject: string;
  action: string;
  actor: string;
  role: string;
  at: string;
  problem: Problem;
}

export interface AppealFinding {
  subject: string;
  stage: string;
  appealedAt: string;
  dueAt: string;
  answeredAt?: string;
  /** How late the answer came, or (unanswered) how far past due it is now. */
  lateMs?: number;
  problem: Problem;
}

export interface RankingDifference {
  formation: string;
  stage: string;
  rank: number;
  id: string;
  /** What the published rules would have: the expected rank, or the key that orders this row below the next. */
  expectedRank?: number;
  next?: { id: string; rank: number };
  key?: string;
}

export interface MeritEvidence {
  open: {
    ruleSet?: string;
    opened: DateKept;
    closed: DateKept;
    registrations: number;
    announcements: { stage: string; at: string; closesAt?: string; actor: string }[];
    exceptions: number;
  };
  decisions: {
    total: number;
    withReasonAndPerson: number;
    byKind: Record<DecisionKind, number>;
    /** Decisions whose personal part retention erased: their reason is gone, the digest stands for it. */
    erased: number;
    exceptions: DecisionException[];
  };
  appeals: {
    total: number;
    inTime: number;
    pending: number;
    exceptions: AppealFinding[];
  };
  records: number;
}

/** The cycle's rule set windows, as far as the appeals need them. */
export interface EvidenceRules {
  id: string;
  windows: { appealAnswerWindow: string };
}

const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function kept(published: string | undefined, actual: string | undefined): DateKept {
  if (!published || !actual) return { published, actual, problem: 'missing' };
  const offsetMs = Date.parse(actual) - Date.parse(published);
  const problem = offsetMs < 0 ? 'early' : offsetMs > DATE_TOLERANCE_MS ? 'late' : undefined;
  return { published, actual, offsetMs, ...(problem ? { problem } : {}) };
}

/** The stage of an appeal record by its key: `<workflow>/appeal/<stage>` or `…/<stage>/decision`. */
const appealStageOf = (key: string) => /\/appeal\/([a-z]+)(?:\/decision)?$/.exec(key)?.[1];

/**
 * Folds a cycle's trail (any order; the cycle's own records and its applications') into its evidence.
 * `now` decides whether an unanswered appeal is past due. Memory grows with the appeals and the
 * exceptions, not with the trail.
 */
export function meritEvidenceFold(rules: EvidenceRules, now: number) {
  let records = 0;
  let created: EvidenceRecord | undefined;
  const phases: Record<string, string> = {};
  let registrations = 0;
  const announcements: MeritEvidence['open']['announcements'] = [];
  const windows: Record<string, string> = {};
  const byKind = Object.fromEntries(Object.keys(decisionKinds).map((k) => [k, 0])) as Record<
    DecisionKind,
    number
  >;
  let total = 0;
  let erased = 0;
  const exceptions: DecisionException[] = [];
  const appealed = new Map<string, { subject: string; stage: string; at: string; answeredAt?: string }>();

  function decision(r: EvidenceRecord, kind: DecisionKind) {
    total += 1;
    byKind[kind] += 1;
    const problem: Problem | undefined = !r.actor.trim()
      ? 'no-actor'
      : !deciders[kind].includes(r.role)
        ? 'not-a-person'
        : r.erased
          ? undefined
          : !r.reason.trim()
            ? 'no-reason'
            : undefined;
    if (r.erased && !problem) erased += 1;
    if (problem)
      exceptions.push({
        seq: r.seq,
        subject: r.subject,
        action: r.action,
        actor: r.actor,
        role: r.role,
        at: r.at,
        problem,
      });
  }

  return {
    add(r: EvidenceRecord) {
      records += 1;
      if (r.action === 'cycle.created') created = r;
      else if (r.action === 'cycle.phase') {
        const phase = str(obj(r.after).phase);
        if (phase && !phases[phase]) phases[phase] = r.at;
      } else if (r.action === 'application.confirm') registrations += 1;
      else if (r.action.startsWith('cycle.announced/')) {
        const after = obj(r.after);
        const stage = str(after.stage) ?? r.action.slice('cycle.announced/'.length);
        const closesAt = str(after.closesAt);
        if (closesAt) windows[stage] = closesAt;
        announcements.push({ stage, at: r.at, actor: r.actor, ...(closesAt ? { closesAt } : {}) });
      } else if (r.action === 'application.appealed') {
        const stage = appealStageOf(r.key) ?? str(obj(r.after).appeal) ?? '';
        const id = `${r.subject}|${stage}`;
        appealed.set(id, { ...appealed.get(id), subject: r.subject, stage, at: r.at });
      } else if (r.action === 'application.appeal-accepted' || r.action === 'application.appeal-rejected') {
        const stage = appealStageOf(r.key) ?? '';
        const id = `${r.subject}|${stage}`;
        const a = appealed.get(id);
        appealed.set(id, { subject: r.subject, stage, at: a?.at ?? '', answeredAt: r.at });
      }
      const kind = kindOfAction.get(r.action);
      if (kind) decision(r, kind);
    },

    result(): MeritEvidence {
      const schedule = obj(obj(created?.after).schedule);
      const recordedRules = str(obj(created?.after).rules);
      const opened = kept(str(schedule.registrationOpensAt), phases.registration);
      const closed = kept(str(schedule.registrationClosesAt), phases.screening);
      const ruleSetDiffers = recordedRules !== undefined && recordedRules !== rules.id;
      const answerWindow = durationMs(rules.windows.appealAnswerWindow);
      const appealExceptions: AppealFinding[] = [];
      let inTime = 0;
      let pending = 0;
      for (const a of appealed.values()) {
        const dueAt = a.at ? new Date(Date.parse(a.at) + answerWindow).toISOString() : '';
        const base = { subject: a.subject, stage: a.stage, appealedAt: a.at, dueAt };
        const closesAt = windows[a.stage];
        if (!a.at) appealExceptions.push({ ...base, answeredAt: a.answeredAt, problem: 'missing' });
        else if (closesAt && Date.parse(a.at) > Date.parse(closesAt))
          appealExceptions.push({ ...base, problem: 'outside-window' });
        else if (a.answeredAt) {
          const lateMs = Date.parse(a.answeredAt) - Date.parse(dueAt);
          if (lateMs > 0)
            appealExceptions.push({ ...base, answeredAt: a.answeredAt, lateMs, problem: 'answered-late' });
          else inTime += 1;
        } else if (now > Date.parse(dueAt))
          appealExceptions.push({ ...base, lateMs: now - Date.parse(dueAt), problem: 'unanswered' });
        else pending += 1;
      }
      appealExceptions.sort((x, y) => (x.appealedAt < y.appealedAt ? -1 : 1));
      announcements.sort((x, y) => (x.at < y.at ? -1 : 1));
      return {
        open: {
          ruleSet: recordedRules,
          opened,
          closed,
          registrations,
          announcements,
          exceptions:
            (opened.problem ? 1 : 0) +
            (closed.problem ? 1 : 0) +
            (ruleSetDiffers ? 1 : 0) +
            (created ? 0 : 1),
        },
        decisions: {
          total,
          withReasonAndPerson: total - exceptions.length,
          byKind,
          erased,
          exceptions: exceptions.sort((x, y) => x.seq - y.seq),
        },
        appeals: { total: appealed.size, inTime, pending, exceptions: appealExceptions },
        records,
      };
    },
  };
}

/** The evidence of a whole trail at once (tests, small cycles). */
export function meritEvidenceOf(trail: Iterable<EvidenceRecord>, rules: EvidenceRules, now: number) {
  const fold = meritEvidenceFold(rules, now);
  for (const r of trail) fold.add(r);
  return fold.result();
}

/** A ranked row as recorded: its id and rank, and the values the ranking keys read. */
export interface RecordedRank {
  _id: string;
  rank: number;
}

/**
 * Checks one formation's recorded ranking against the published rules, offered in recorded rank order:
 * re-ranking under the rule set's comparator (ties by id, as the ranking's sort) gives the same ranks
 * exactly when the ranks run 1, 2, 3… and every row ranks before the next by the comparator. Streams:
 * only the previous row is held.
 */
export function rankingCheck<R extends RecordedRank>(
  formation: string,
  stage: string,
  compare: Comparator<R>,
  keys: SortKey[],
) {
  let previous: R | undefined;
  let count = 0;
  const differences: RankingDifference[] = [];
  const named = new Set<string>();
  return {
    offer(row: R) {
      count += 1;
      if (row.rank !== count) {
        differences.push({ formation, stage, rank: row.rank, id: row._id, expectedRank: count });
        named.add(row._id);
      } else if (previous) {
        const order = compare(previous, row);
        if (order > 0 || (order === 0 && previous._id > row._id)) {
          const key = firstDifference(keys, previous, row);
          differences.push({
            formation,
            stage,
            rank: previous.rank,
            id: previous._id,
            next: { id: row._id, rank: row.rank },
            key: key?.path ?? '_id',
          });
          named.add(previous._id).add(row._id);
        }
      }
      previous = row;
    },
    result() {
      return { formation, stage, ranked: count, equal: count - named.size, differences };
    },
  };
}

export type RankingCheck = ReturnType<ReturnType<typeof rankingCheck>['result']>;
