// What HR's stage pages read that the other commands do not give (issue 11): the screening queue with each
// application's documents count, the applications a selection names, the SKD seating of the MS applicants,
// and each announcement stage with whether it can be announced now and the appeal window it opens. The
// decisions themselves go through the API's own commands (screen, scheduleSkd, announce).
import { documentStore } from '../../db/document-store';
import type { RecruitmentRuleSet } from '../../domain/recruitment/rule-sets';
import { announcementStages, type AnnouncementStage, type CyclePhase } from '../../domain/recruitment/stages';
import { listLimits } from '../../domain/text';
import { durationMs } from '../../domain/time';
import { cycleWorkflowId } from '../../domain/workflow-ids';
import { announcePhases, cycleState, type FormationConfig } from '../../workflows/recruitment/messages';
import { records, type RecruitmentDeps } from './context';

/** One application as a stage page lists it: no NIK, no email. */
export interface DeskApplication {
  applicationId: string;
  name: string;
  registrationNumber?: string;
  formationCode: string;
  status: string;
  skdSession?: { code: string; place: string; startsAt: string };
}

const listed = { name: 1, registrationNumber: 1, formationCode: 1, status: 1, skdSession: 1 } as const;

function deskView(a: Record<string, unknown>): DeskApplication {
  const s = a.skdSession as DeskApplication['skdSession'] | null | undefined;
  return {
    applicationId: String(a._id),
    name: String(a.name ?? ''),
    ...(typeof a.registrationNumber === 'string' ? { registrationNumber: a.registrationNumber } : {}),
    formationCode: String(a.formationCode ?? ''),
    status: String(a.status),
    ...(s?.code ? { skdSession: { code: s.code, place: s.place, startsAt: s.startsAt } } : {}),
  };
}

export function stageDeskCommands(deps: RecruitmentDeps) {
  const { models } = deps;
  const { cycleOrThrow } = records(deps);
  const store = documentStore(models);

  /** One page of a cycle's applications in `status`, in id order (pages have no cap). */
  async function pageOf(code: string, status: string, q: { page: number; pageSize: number }) {
    await cycleOrThrow(code);
    const filter = { cycleCode: code, status };
    const [items, total] = await Promise.all([
      models.applications
        .find(filter, listed)
        .sort({ _id: 1 })
        .skip((q.page - 1) * q.pageSize)
        .limit(q.pageSize)
        .lean(),
      models.applications.countDocuments(filter),
    ]);
    return { items: items.map((a) => deskView(a as Record<string, unknown>)), total, ...q };
  }

  return {
    /** The applications awaiting screening (`registered`), a page at a time, each with its files counted. */
    async screeningQueue(code: string, q: { page: number; pageSize: number }) {
      const page = await pageOf(code, 'registered', q);
      const counts = await Promise.all(page.items.map((a) => store.list(a.applicationId)));
      return { ...page, items: page.items.map((a, i) => ({ ...a, documents: counts[i]!.size })) };
    },

    /** The applications of this cycle among `ids`, in the order asked (an unknown id is left out). */
    async deskApplications(code: string, ids: readonly string[]): Promise<DeskApplication[]> {
      await cycleOrThrow(code);
      const found = await models.applications
        .find({ _id: { $in: [...ids] }, cycleCode: code }, listed)
        .lean();
      const byId = new Map(found.map((a) => [String(a._id), deskView(a as Record<string, unknown>)]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },

    /** The MS applicants, a page at a time with their seat, and the sessions scheduled so far. */
    async skdSeating(code: string, q: { page: number; pageSize: number }) {
      const page = await pageOf(code, 'screened-ms', q);
      const [sessions, unseated] = await Promise.all([
        models.applications.aggregate<{
          _id: { code: string; place: string; startsAt: string };
          seats: number;
        }>([
          { $match: { cycleCode: code, 'skdSession.code': { $exists: true } } },
          {
            $group: {
              _id: { code: '$skdSession.code', place: '$skdSession.place', startsAt: '$skdSession.startsAt' },
              seats: { $sum: 1 },
            },
          },
          { $sort: { '_id.startsAt': 1, '_id.code': 1 } },
        ]),
        models.applications.countDocuments({
          cycleCode: code,
          status: 'screened-ms',
          'skdSession.code': { $exists: false },
        }),
      ]);
      return {
        ...page,
        sessions: sessions.map((s) => ({ ...s._id, seats: s.seats })),
        unseated,
      };
    },

    /** The ids of the MS applicants (only those without a seat when `unseatedOnly`), for a bulk seating. */
    async skdApplicantIds(code: string, unseatedOnly: boolean): Promise<string[]> {
      await cycleOrThrow(code);
      const found = await models.applications
        .find(
          {
            cycleCode: code,
            status: 'screened-ms',
            ...(unseatedOnly ? { 'skdSession.code': { $exists: false } } : {}),
          },
          { _id: 1 },
        )
        .sort({ _id: 1 })
        .limit(listLimits.rows)
        .lean();
      return found.map((a) => String(a._id));
    },

    /**
     * Each announcement stage of the cycle: announced (when, and when its appeal window closes) or whether
     * the cycle's phase allows it now, with the appeal window the rule set gives. The announce command (the
     * cycle's Update) has the last word: a stage shown open may still be refused, and the page says why.
     */
    async announcementDesk(code: string) {
      const cycle = await cycleOrThrow(code);
      const live = await deps.client.workflow
        .getHandle(cycleWorkflowId(code))
        .query(cycleState)
        .catch(() => undefined);
      const phase = (live?.phase ?? cycle.phase) as CyclePhase;
      const windows = (live?.appealWindows ?? cycle.appealWindows ?? {}) as Partial<
        Record<AnnouncementStage, string>
      >;
      const appealWindow = (cycle.rules as RecruitmentRuleSet).windows.appealWindow;
      const stages = announcementStages.filter((s) => cycle.kind === 'CPNS' || s !== 'skd');
      return {
        code,
        title: cycle.title,
        kind: String(cycle.kind),
        phase,
        appealWindow,
        formations: (cycle.formations as FormationConfig[]).map((f) => ({ code: f.code, title: f.title })),
        stages: stages.map((stage) => {
          const closesAt = windows[stage];
          return {
            stage,
            open: !closesAt && announcePhases[stage].includes(phase),
            ...(closesAt
              ? {
                  closesAt,
                  announcedAt: new Date(Date.parse(closesAt) - durationMs(appealWindow)).toISOString(),
                }
              : {}),
          };
        }),
      };
    },
  };
}
