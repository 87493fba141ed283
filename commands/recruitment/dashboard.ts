// A cycle's dashboard numbers (the funnel and the time in each stage, domain/recruitment/funnel.ts), for
// the HR page and the API alike. At 100,000 applications nothing is loaded whole: the applications are
// streamed with a projection of the few fields the funnel reads, and the audit trail is read with one
// query for the cycle's own steps and its applications' moves (their subjects share the prefix
// `application/<code>/`, which the index on `subject` answers on MongoDB; FerretDB reads the collection
// once, as it does for any filter), only the actions that move an application, with `subject`, `action`
// and `at` projected (never the sealed personal part). Held in memory: each application's reach and its
// few moves.
import {
  funnelCounter,
  funnelReach,
  stageActions,
  staysOf,
  timeInStage,
  type AppEvent,
  type CycleDashboardView,
  type CycleKind,
  type CycleSteps,
  type FunnelRecord,
  type Stay,
} from '../../domain/recruitment/funnel';
import type { ApplicationStatus } from '../../domain/recruitment/stages';
import { cycleWorkflowId } from '../../domain/workflow-ids';
import { records, type RecruitmentDeps } from './context';

/** The fields of an application the funnel reads. */
const funnelFields = {
  workflowId: 1,
  status: 1,
  'screening.decision': 1,
  'skd.passed': 1,
  skdAbsent: 1,
  'skb.score': 1,
  'competency.total': 1,
  'final.outcome': 1,
  replacementOf: 1,
  'explanations.skbCut.advanced': 1,
} as const;

interface FunnelDoc {
  workflowId: string;
  status: ApplicationStatus;
  screening?: { decision?: 'MS' | 'TMS' };
  skd?: { passed?: boolean };
  skdAbsent?: boolean;
  skb?: { score?: number };
  competency?: { total?: number };
  final?: { outcome?: string };
  replacementOf?: string;
  explanations?: { skbCut?: { advanced?: boolean } };
}

export const funnelRecordOf = (d: FunnelDoc): FunnelRecord => ({
  status: d.status,
  ...(d.screening?.decision ? { screening: d.screening.decision } : {}),
  ...(d.skd && typeof d.skd.passed === 'boolean' ? { skd: { passed: d.skd.passed } } : {}),
  ...(d.skdAbsent ? { skdAbsent: true } : {}),
  ...(d.explanations?.skbCut?.advanced ? { skbCutAdvanced: true } : {}),
  ...(typeof d.skb?.score === 'number' ? { skbScored: true } : {}),
  ...(typeof d.competency?.total === 'number' ? { competencyScored: true } : {}),
  ...(d.final?.outcome ? { finalOutcome: d.final.outcome } : {}),
  ...(d.replacementOf ? { replacement: true } : {}),
});

/** The cycle's own audited steps that move every application waiting before them. */
const cycleStepActions: Record<string, keyof CycleSteps> = {
  'cycle.announced/skd': 'skdAnnounced',
  'cycle.skb-cut': 'skbCut',
  'cycle.announced/final': 'finalAnnounced',
};

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function dashboardCommands(deps: RecruitmentDeps) {
  const { models } = deps;
  const { cycleOrThrow } = records(deps);
  const now = () => (deps.clock ? deps.clock() : new Date());

  return {
    async cycleDashboard(code: string): Promise<CycleDashboardView> {
      const cycle = await cycleOrThrow(code);
      const kind = cycle.kind as CycleKind;
      const counter = funnelCounter(kind);
      /** Each confirmed application's reach, by its workflow id (the audit trail's subject). */
      const reach = new Map<string, number>();
      const apps = models.applications
        .find({ cycleCode: code, status: { $nin: ['unconfirmed', 'expired'] } }, funnelFields)
        .lean<FunnelDoc[]>()
        .cursor({ batchSize: 1000 });
      for await (const d of apps) {
        const r = funnelRecordOf(d);
        counter.add(r);
        reach.set(d.workflowId, funnelReach(kind, r));
      }

      // One read of the trail for both: the cycle's own steps and its applications' moves.
      const cycleSubject = cycleWorkflowId(code);
      const steps: CycleSteps = {};
      const events = new Map<string, AppEvent[]>();
      const trail = models.audit
        .find(
          {
            $or: [
              { subject: { $regex: `^${escapeRegExp(`application/${code}/`)}` } },
              { subject: cycleSubject },
            ],
            action: { $in: [...stageActions.keys(), ...Object.keys(cycleStepActions)] },
          },
          { subject: 1, action: 1, at: 1 },
        )
        .lean()
        .cursor({ batchSize: 2000 });
      for await (const r of trail) {
        const at = Date.parse(r.at);
        if (r.subject === cycleSubject) {
          const step = Object.hasOwn(cycleStepActions, r.action) ? cycleStepActions[r.action] : undefined;
          // The first recording of a step counts (a final re-ranking is audited apart, `cycle.re-ranked`).
          if (step && (steps[step] === undefined || at < steps[step])) steps[step] = at;
          continue;
        }
        if (!reach.has(r.subject)) continue;
        const list = events.get(r.subject) ?? [];
        list.push({ action: r.action, at });
        events.set(r.subject, list);
      }
      const stays: Stay[] = [];
      for (const [subject, list] of events) stays.push(...staysOf(kind, list, steps, reach.get(subject)!));

      return {
        code,
        kind,
        phase: String(cycle.phase),
        funnel: counter.counts(),
        timeInStage: timeInStage(kind, stays),
        applications: reach.size,
        measuredAt: now().toISOString(),
      };
    },
  };
}
