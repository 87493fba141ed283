// A cycle's dashboard on HR's desk (`/hr/recruitment/cycles/:code`, issue 11): its phase and next
// deadline, the applications by status and formation, the funnel and the time in each stage (each an SVG
// chart drawn here with its data table beside it), the open tasks with their due dates, and a link to
// every section of the desk. Other pages redirect here with a notice. The numbers come from the same
// commands as the API's (getCycle, cycleDashboard, the task inbox); what counts where is
// domain/recruitment/funnel.ts's.
import express, { type Request, type Response, type Router } from 'express';
import { codeParams } from '../../api/routes/recruitment/shared';
import { notFound } from '../../commands/errors';
import type { RecruitmentCommands } from '../../commands/recruitment/commands';
import type { TaskCommands } from '../../commands/tasks/inbox';
import type { Principal } from '../../domain/actor';
import type { MessageKey } from '../../domain/messages';
import {
  nextDeadline,
  type CycleDashboardView,
  type Deadline,
  type FunnelStep,
  type TimedStage,
} from '../../domain/recruitment/funnel';
import {
  announcementLabels,
  applicationStatuses,
  cyclePhases,
  statusLabels,
  type AnnouncementStage,
  type CyclePhase,
} from '../../domain/recruitment/stages';
import { taskTitle, type TaskView } from '../../domain/tasks';
import { formatTimeLeft } from '../../domain/time';
import { When } from '../candidate/pages';
import { pageContext } from '../context';
import { Layout, type PageContext } from '../layout';
import { sendPage } from '../render';
import { takeNotice } from '../session';
import { BarChart, DataTable } from './charts';

/** The most open tasks the dashboard lists (the task lists page through the rest). */
const TASKS = 50;

type Cycle = Awaited<ReturnType<RecruitmentCommands['getCycle']>>;

export interface DashboardData {
  cycle: Cycle;
  dashboard: CycleDashboardView;
  tasks: TaskView[];
  next?: Deadline;
}

const phaseLabel = (ctx: PageContext, phase: string) =>
  (cyclePhases as readonly string[]).includes(phase)
    ? ctx.t(`hr.dashboard.phase.${phase as CyclePhase}`)
    : phase;
const stepKey = (s: FunnelStep): MessageKey => `hr.dashboard.step.${s}`;
const stageKey = (s: TimedStage): MessageKey => `hr.dashboard.stage.${s}`;
const duration = (ctx: PageContext, ms: number) => formatTimeLeft(ms, ctx.lang);

/** Where each kind of task is worked on: its task list. */
const taskLists: Partial<Record<string, string>> = {
  'appeal-answer': 'appeals',
  'documents-verification': 'documents',
  'documents-submission': 'documents',
};

function DeadlineText({ ctx, next }: { ctx: PageContext; next: Deadline }) {
  const what =
    next.kind === 'appeal-window'
      ? ctx.t('hr.dashboard.next.appeal-window', {
          stage: Object.hasOwn(announcementLabels, String(next.of))
            ? announcementLabels[next.of as AnnouncementStage][ctx.lang]
            : String(next.of),
        })
      : next.kind === 'task'
        ? ctx.t('hr.dashboard.next.task', { task: taskTitle(next.of as TaskView['type'], ctx.lang) })
        : ctx.t(`hr.dashboard.next.${next.kind}`);
  return (
    <>
      {what}: <When ctx={ctx} at={next.at} />
    </>
  );
}

function Sections({ ctx, cycle }: { ctx: PageContext; cycle: Cycle }) {
  const base = `/hr/recruitment/cycles/${cycle.code}`;
  const links: [string, string][] = [
    [`${base}/applications`, ctx.t('hr.apps.link')],
    [`${base}/screening`, ctx.t('hr.dashboard.link.screening')],
    ...(cycle.kind === 'CPNS'
      ? ([[`${base}/skd-sessions`, ctx.t('hr.dashboard.link.skdSessions')]] as [string, string][])
      : []),
    [`${base}/results`, ctx.t('hr.results.title')],
    [`${base}/announcements`, ctx.t('hr.dashboard.link.announcements')],
    ...cycle.formations.map(
      (f: { code: string; title: string }) =>
        [
          `${base}/rankings/${encodeURIComponent(f.code)}`,
          ctx.t('hr.dashboard.link.ranking', { formation: f.title }),
        ] as [string, string],
    ),
    ...cycle.formations.map(
      (f: { code: string; title: string }) =>
        [
          `/pengumuman/${cycle.code}/${encodeURIComponent(f.code)}`,
          ctx.t('hr.cycle.ranking', { formation: f.title }),
        ] as [string, string],
    ),
    [`${base}/appeals`, ctx.t('hr.dashboard.link.appeals')],
    [`${base}/documents`, ctx.t('hr.dashboard.link.documents')],
    [`${base}/exports`, ctx.t('hr.dashboard.link.exports')],
    [`${base}/evidence`, ctx.t('hr.dashboard.link.evidence')],
  ];
  return (
    <nav aria-labelledby="sections-heading">
      <h2 id="sections-heading">{ctx.t('hr.dashboard.sections')}</h2>
      <ul id="sections" class="sections">
        {links.map(([href, text]) => (
          <li key={href}>
            <a href={href}>{text}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Counts({ ctx, cycle }: { ctx: PageContext; cycle: Cycle }) {
  const byStatus = cycle.counts.byStatus as Record<string, number>;
  const byFormation = cycle.counts.byFormation as Record<string, Record<string, number>>;
  const own = <V,>(o: Record<string, V>, k: string): V | undefined =>
    Object.hasOwn(o, k) ? o[k] : undefined;
  const statuses = applicationStatuses.filter((s) => (own(byStatus, s) ?? 0) > 0);
  const formations = cycle.formations as { code: string; title: string }[];
  return (
    <section>
      <h2 id="counts-heading">{ctx.t('hr.dashboard.counts')}</h2>
      {statuses.length === 0 ? (
        <p>{ctx.t('hr.dashboard.noApplications')}</p>
      ) : (
        <div class="scroll" role="region" aria-label={ctx.t('hr.dashboard.counts')} tabIndex={0}>
          <table id="counts" class="ranking">
            <thead>
              <tr>
                <th scope="col">{ctx.t('staff.app.status')}</th>
                {formations.map((f) => (
                  <th scope="col" class="num" key={f.code}>
                    {f.title}
                  </th>
                ))}
                <th scope="col" class="num">
                  {ctx.t('hr.dashboard.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {statuses.map((s) => (
                <tr key={s}>
                  <th scope="row">{statusLabels[s][ctx.lang]}</th>
                  {formations.map((f) => (
                    <td class="num" key={f.code}>
                      {own(own(byFormation, f.code) ?? {}, s) ?? 0}
                    </td>
                  ))}
                  <td class="num">{own(byStatus, s)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Funnel({ ctx, dashboard }: { ctx: PageContext; dashboard: CycleDashboardView }) {
  return (
    <section>
      <h2 id="funnel-heading">{ctx.t('hr.dashboard.funnel')}</h2>
      <p class="hint">{ctx.t('hr.dashboard.funnel.intro')}</p>
      <div class="chart-pair">
        <BarChart
          id="funnel-chart"
          title={ctx.t('hr.dashboard.funnel')}
          bars={dashboard.funnel.map((f) => ({ label: ctx.t(stepKey(f.step)), value: f.count }))}
        />
        <DataTable
          id="funnel-table"
          caption={ctx.t('hr.dashboard.funnel')}
          columns={[
            { header: ctx.t('hr.dashboard.step') },
            { header: ctx.t('hr.dashboard.count'), num: true },
          ]}
          rows={dashboard.funnel.map((f) => ({
            key: f.step,
            label: ctx.t(stepKey(f.step)),
            cells: [f.count],
          }))}
        />
      </div>
    </section>
  );
}

function TimeInStage({ ctx, dashboard }: { ctx: PageContext; dashboard: CycleDashboardView }) {
  const rows = dashboard.timeInStage;
  return (
    <section>
      <h2 id="time-heading">{ctx.t('hr.dashboard.time')}</h2>
      <p class="hint">{ctx.t('hr.dashboard.time.intro')}</p>
      {rows.length === 0 ? (
        <p id="time-none">{ctx.t('hr.dashboard.time.none')}</p>
      ) : (
        <div class="chart-pair">
          <BarChart
            id="time-chart"
            title={ctx.t('hr.dashboard.time.chart')}
            bars={rows.map((r) => ({
              label: ctx.t(stageKey(r.stage)),
              value: r.medianMs,
              valueText: duration(ctx, r.medianMs),
            }))}
          />
          <div class="scroll" role="region" aria-label={ctx.t('hr.dashboard.time')} tabIndex={0}>
            <DataTable
              id="time-table"
              caption={ctx.t('hr.dashboard.time')}
              columns={[
                { header: ctx.t('hr.dashboard.stage') },
                { header: ctx.t('hr.dashboard.median') },
                { header: ctx.t('hr.dashboard.longest') },
                { header: ctx.t('hr.dashboard.stays'), num: true },
              ]}
              rows={rows.map((r) => ({
                key: r.stage,
                label: ctx.t(stageKey(r.stage)),
                cells: [duration(ctx, r.medianMs), duration(ctx, r.longestMs), r.count],
                data: { name: 'stage', value: r.stage },
              }))}
            />
          </div>
        </div>
      )}
    </section>
  );
}

function Tasks({ ctx, code, tasks }: { ctx: PageContext; code: string; tasks: TaskView[] }) {
  return (
    <section>
      <h2 id="tasks-heading">{ctx.t('hr.dashboard.tasks')}</h2>
      {tasks.length === 0 ? (
        <p id="tasks-none">{ctx.t('hr.dashboard.tasks.none')}</p>
      ) : (
        <div class="scroll" role="region" aria-label={ctx.t('hr.dashboard.tasks')} tabIndex={0}>
          <table id="tasks" class="ranking">
            <thead>
              <tr>
                <th scope="col">{ctx.t('hr.dashboard.task')}</th>
                <th scope="col">{ctx.t('hr.dashboard.candidate')}</th>
                <th scope="col">{ctx.t('hr.dashboard.due')}</th>
                <th scope="col">{ctx.t('hr.dashboard.list')}</th>
              </tr>
            </thead>
            <tbody>
              {tasks.map((task) => {
                const list = Object.hasOwn(taskLists, task.type) ? taskLists[task.type] : undefined;
                return (
                  <tr key={task.id} class={task.overdue ? 'overdue' : undefined}>
                    <td>{taskTitle(task.type, ctx.lang)}</td>
                    <td>
                      {task.applicationId ? (
                        <a href={`/hr/recruitment/applications/${task.applicationId}`}>{task.subjectName}</a>
                      ) : (
                        task.subjectName
                      )}
                    </td>
                    <td>
                      <When ctx={ctx} at={task.dueAt} />
                      {task.overdue && <strong> · {ctx.t('hr.dashboard.overdue')}</strong>}
                    </td>
                    <td>
                      {list && (
                        <a href={`/hr/recruitment/cycles/${code}/${list}`}>
                          {ctx.t(
                            list === 'appeals' ? 'hr.dashboard.link.appeals' : 'hr.dashboard.link.documents',
                          )}
                        </a>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function CycleDashboardPage(props: { ctx: PageContext; data: DashboardData; notice?: string }) {
  const { ctx, data, notice } = props;
  const { cycle, dashboard, tasks, next } = data;
  return (
    <Layout ctx={ctx} title={`${cycle.title} (${cycle.code})`} home="/hr">
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <p id="phase">{ctx.t('hr.dashboard.phase', { phase: phaseLabel(ctx, String(cycle.phase)) })}</p>
      <p id="next-deadline">
        <strong>{ctx.t('hr.dashboard.next')}</strong>:{' '}
        {next ? <DeadlineText ctx={ctx} next={next} /> : ctx.t('hr.dashboard.next.none')}
      </p>
      <Sections ctx={ctx} cycle={cycle} />
      <Counts ctx={ctx} cycle={cycle} />
      <Funnel ctx={ctx} dashboard={dashboard} />
      <TimeInStage ctx={ctx} dashboard={dashboard} />
      <Tasks ctx={ctx} code={cycle.code} tasks={tasks} />
    </Layout>
  );
}

export function dashboardRoutes(deps: {
  commands: RecruitmentCommands;
  tasks: TaskCommands;
  secure: boolean;
  hr: (req: Request, res: Response) => Principal | undefined;
}): Router {
  const router = express.Router();
  router.get('/cycles/:code', async (req, res) => {
    const principal = deps.hr(req, res);
    if (!principal) return;
    const parsed = codeParams.shape.code.safeParse(req.params.code);
    if (!parsed.success) throw notFound('no such cycle');
    const code = parsed.data;
    const [cycle, dashboard, tasks] = await Promise.all([
      deps.commands.getCycle(code),
      deps.commands.cycleDashboard(code),
      deps.tasks.listTasks(principal, { status: 'open', cycleCode: code, limit: TASKS }),
    ]);
    const deadline = nextDeadline(
      {
        schedule: cycle.schedule as { registrationOpensAt: string; registrationClosesAt: string },
        appealWindows: (cycle.appealWindows ?? {}) as Record<string, string | undefined>,
        tasks,
      },
      Date.now(),
    );
    const notice = takeNotice(req);
    const data: DashboardData = { cycle, dashboard, tasks, ...(deadline ? { next: deadline } : {}) };
    sendPage(
      res,
      <CycleDashboardPage ctx={pageContext(req, res, { secure: deps.secure })} data={data} notice={notice} />,
    );
  });
  return router;
}
