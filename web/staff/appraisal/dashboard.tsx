// An appraisal year's dashboard on HR's desk (`/hr/appraisal/years/:year`, issue 12): the phase, the
// appraisals by phase, the tasks by type and status, the overdue tasks with their assignee and how late
// (each with a form that moves its deadline: the audited extension of `POST /api/v1/tasks/{id}/extension`),
// the escalations, the predikat distribution per unit and overall (SVG bars drawn on the server with the
// numbers beside them), each unit's calibration linked to its page, and the downloads. The numbers come
// from commands/appraisal/year-dashboard.ts; the arrangement of the distribution is domain's.
import express, { type Router } from 'express';
import { z } from 'zod';
import { sendPreparedFile } from '../../../api/send-file';
import { notFound, Problem } from '../../../commands/errors';
import type { YearDashboard } from '../../../commands/appraisal/year-dashboard';
import { distributionBars, type Distribution } from '../../../domain/appraisal/distribution';
import { unitResultNames } from '../../../domain/appraisal/rule-sets';
import { taskTitle, type TaskType, type TaskView } from '../../../domain/tasks';
import { formatTimeLeft } from '../../../domain/time';
import { When } from '../../candidate/pages';
import { pageContext } from '../../context';
import { CsrfField, FieldError, Layout, type PageContext } from '../../layout';
import { sendPage } from '../../render';
import { redirectWithNotice, takeNotice } from '../../session';
import { BarChart, DataTable } from '../charts';
import { witaInstant, witaLocal } from '../cycle-form';
import type { AppraisalDeskDeps } from './deps';
import { phaseKey } from './years';

export const yearParam = z.coerce.number().int().min(2020).max(2100);
const taskIdSchema = z.string().regex(/^t_[\w-]{10,40}$/);

/** A refusal of one task's extension form, shown beside it. */
export interface ExtensionError {
  taskId: string;
  field: 'dueAt' | 'reason';
  message: string;
}

const appraisalPhases = [
  'planning',
  'execution',
  'annual-evaluation',
  'objection-window',
  'objection',
  'done',
  'left',
] as const;
/** An employee's appraisal phase in words (an unknown one as stored). */
const appraisalPhaseLabel = (ctx: PageContext, p: string) =>
  (appraisalPhases as readonly string[]).includes(p)
    ? ctx.t(`hrYear.appraisalPhase.${p as (typeof appraisalPhases)[number]}`)
    : p;

const own = (o: Record<string, number>, k: string) => (Object.hasOwn(o, k) ? o[k] : undefined);
const typeTitle = (ctx: PageContext, type: string) => {
  try {
    return taskTitle(type as TaskType, ctx.lang);
  } catch {
    return type;
  }
};

function DistributionBlock(props: { ctx: PageContext; id: string; title: string; d: Distribution }) {
  const { ctx, id, title, d } = props;
  return (
    <div class="chart-pair">
      <BarChart id={`${id}-chart`} title={title} bars={distributionBars(d)} />
      <DataTable
        id={`${id}-table`}
        caption={title}
        columns={[
          { header: ctx.t('hrYear.predikat') },
          { header: ctx.t('hr.dashboard.count'), num: true },
          { header: ctx.t('hrYear.share'), num: true },
        ]}
        rows={d.rows.map((r) => ({
          key: r.predikat,
          label: r.name,
          cells: [r.count, `${r.percent}%`],
          data: { name: 'predikat', value: r.predikat },
        }))}
      />
      {d.unrated > 0 && <p class="hint">{ctx.t('hrYear.unrated', { n: d.unrated })}</p>}
    </div>
  );
}

function TaskRows(props: {
  ctx: PageContext;
  tasks: TaskView[];
  now: number;
  year: number;
  late: 'overdue' | 'escalated';
  error?: ExtensionError;
}) {
  const { ctx, tasks, now, year, late, error } = props;
  return (
    <div class="scroll" role="region" aria-label={ctx.t(`hrYear.${late}`)} tabIndex={0}>
      <table id={late} class="ranking">
        <thead>
          <tr>
            <th scope="col">{ctx.t('hr.dashboard.task')}</th>
            <th scope="col">{ctx.t('hrYear.subject')}</th>
            <th scope="col">{ctx.t('hrYear.assignee')}</th>
            <th scope="col">{ctx.t('hr.dashboard.due')}</th>
            <th scope="col">{late === 'overdue' ? ctx.t('hrYear.late') : ctx.t('hrYear.escalatedTo')}</th>
            {late === 'overdue' && <th scope="col">{ctx.t('hrYear.extend')}</th>}
          </tr>
        </thead>
        <tbody>
          {tasks.map((t) => {
            const mine = error?.taskId === t.id ? error : undefined;
            const f = `x-${t.id}`;
            return (
              <tr key={t.id} class={t.overdue ? 'overdue' : undefined} data-task={t.id}>
                <td>
                  {typeTitle(ctx, t.type)}
                  {t.period ? ` (${t.period})` : ''}
                </td>
                <td>{t.subjectName}</td>
                <td>{t.assigneeName}</td>
                <td>
                  <When ctx={ctx} at={t.dueAt} />
                </td>
                <td>
                  {late === 'overdue'
                    ? ctx.t('hrYear.lateBy', { by: formatTimeLeft(now - Date.parse(t.dueAt), ctx.lang) })
                    : `${t.escalatedTo ?? ''}${t.status === 'open' ? '' : ` · ${ctx.t(`hrYear.status.${t.status}`)}`}`}
                  {late === 'overdue' && t.escalated && (
                    <strong> · {ctx.t('hrYear.escalatedTo.short', { to: t.escalatedTo ?? '' })}</strong>
                  )}
                </td>
                {late === 'overdue' && (
                  <td>
                    <form method="post" action={`/hr/appraisal/years/${year}/tasks/${t.id}/extension`}>
                      <CsrfField ctx={ctx} />
                      <label for={`${f}-dueAt`}>{ctx.t('hrYear.newDue')}</label>
                      <input
                        id={`${f}-dueAt`}
                        name="dueAt"
                        type="datetime-local"
                        step={1}
                        required
                        value={witaLocal(Math.max(now, Date.parse(t.dueAt)) + 7 * 86_400_000)}
                        aria-invalid={mine?.field === 'dueAt' ? 'true' : undefined}
                        aria-describedby={mine?.field === 'dueAt' ? `${f}-dueAt-error` : undefined}
                      />
                      <FieldError
                        id={`${f}-dueAt-error`}
                        message={mine?.field === 'dueAt' ? mine.message : undefined}
                      />
                      <label for={`${f}-reason`}>{ctx.t('hrOrg.reason')}</label>
                      <input
                        id={`${f}-reason`}
                        name="reason"
                        required
                        maxLength={2000}
                        aria-invalid={mine?.field === 'reason' ? 'true' : undefined}
                        aria-describedby={mine?.field === 'reason' ? `${f}-reason-error` : undefined}
                      />
                      <FieldError
                        id={`${f}-reason-error`}
                        message={mine?.field === 'reason' ? mine.message : undefined}
                      />
                      <button type="submit">{ctx.t('hrYear.extendButton')}</button>
                    </form>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function YearDashboardPage(props: {
  ctx: PageContext;
  data: YearDashboard;
  notice?: string;
  error?: ExtensionError;
}) {
  const { ctx, data, notice, error } = props;
  const now = Date.parse(data.now);
  const byPhase = data.byPhase as Record<string, number>;
  const tasksByType = data.tasksByType as Record<string, Record<string, number>>;
  const statuses = ['open', 'done', 'cancelled', 'expired'] as const;
  return (
    <Layout ctx={ctx} title={ctx.t('hrYear.dashboard.title', { year: data.year })} home="/hr">
      <p>
        <a href="/hr/appraisal">{ctx.t('hrYear.back')}</a>
      </p>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <p id="phase">{ctx.t('hrYear.phaseIs', { phase: ctx.t(phaseKey(String(data.phase))) })}</p>
      <ul class="sections">
        <li>
          <a href={`/hr/appraisal/years/${data.year}/results.xlsx`}>{ctx.t('hrYear.download.xlsx')}</a>
        </li>
        <li>
          <a href={`/hr/appraisal/years/${data.year}/results.csv`}>{ctx.t('hrYear.download.csv')}</a>
        </li>
        <li>
          <a href={`/hr/appraisal/years/${data.year}/evidence`}>{ctx.t('hrYear.link.evidence')}</a>
        </li>
        <li>
          <a href={`/hr/appraisal/years/${data.year}/awards`}>{ctx.t('awards.title')}</a>
        </li>
      </ul>
      <p id="counts">
        {ctx.t('hrYear.counts', {
          employees: data.employees,
          open: data.openTasks,
          overdue: data.overdueTasks,
          escalated: data.escalatedTasks,
        })}
      </p>

      <h2>{ctx.t('hrYear.byPhase')}</h2>
      <table id="by-phase" class="ranking">
        <caption>{ctx.t('hrYear.byPhase')}</caption>
        <thead>
          <tr>
            <th scope="col">{ctx.t('hrYear.appraisalPhase')}</th>
            <th scope="col" class="num">
              {ctx.t('hr.dashboard.count')}
            </th>
          </tr>
        </thead>
        <tbody>
          {Object.keys(byPhase)
            .sort()
            .map((p) => (
              <tr key={p}>
                <th scope="row">{appraisalPhaseLabel(ctx, p)}</th>
                <td class="num">{own(byPhase, p)}</td>
              </tr>
            ))}
        </tbody>
      </table>

      <h2>{ctx.t('hrYear.tasksByType')}</h2>
      <div class="scroll" role="region" aria-label={ctx.t('hrYear.tasksByType')} tabIndex={0}>
        <table id="tasks-by-type" class="ranking">
          <caption>{ctx.t('hrYear.tasksByType')}</caption>
          <thead>
            <tr>
              <th scope="col">{ctx.t('hr.dashboard.task')}</th>
              {statuses.map((s) => (
                <th scope="col" class="num" key={s}>
                  {ctx.t(`hrYear.status.${s}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Object.keys(tasksByType)
              .sort()
              .map((type) => (
                <tr key={type} data-type={type}>
                  <th scope="row">{typeTitle(ctx, type)}</th>
                  {statuses.map((s) => (
                    <td class="num" key={s}>
                      {own(tasksByType[type]!, s) ?? 0}
                    </td>
                  ))}
                </tr>
              ))}
          </tbody>
        </table>
      </div>

      <h2 id="overdue-heading">{ctx.t('hrYear.overdue')}</h2>
      {data.overdue.length === 0 ? (
        <p id="overdue-none">{ctx.t('hrYear.overdue.none')}</p>
      ) : (
        <TaskRows ctx={ctx} tasks={data.overdue} now={now} year={data.year} late="overdue" error={error} />
      )}

      <h2 id="escalated-heading">{ctx.t('hrYear.escalated')}</h2>
      {data.escalated.length === 0 ? (
        <p id="escalated-none">{ctx.t('hrYear.escalated.none')}</p>
      ) : (
        <TaskRows ctx={ctx} tasks={data.escalated} now={now} year={data.year} late="escalated" />
      )}

      <h2 id="distribution-heading">{ctx.t('hrYear.distribution')}</h2>
      <p class="hint">{ctx.t('hrYear.distribution.intro')}</p>
      <DistributionBlock
        ctx={ctx}
        id="dist-overall"
        title={ctx.t('hrYear.distribution.overall')}
        d={data.distribution.overall}
      />
      {data.distribution.units.map((u) => (
        <section key={u.unitCode}>
          <h3>{u.unitCode}</h3>
          <DistributionBlock
            ctx={ctx}
            id={`dist-${u.unitCode}`}
            title={ctx.t('hrYear.distribution.unit', { unit: u.unitCode })}
            d={u}
          />
        </section>
      ))}

      <h2 id="calibration-heading">{ctx.t('hrYear.calibration')}</h2>
      <div class="scroll" role="region" aria-label={ctx.t('hrYear.calibration')} tabIndex={0}>
        <table id="calibrations" class="ranking">
          <thead>
            <tr>
              <th scope="col">{ctx.t('hrYear.unit')}</th>
              <th scope="col">{ctx.t('hrYear.unitResult')}</th>
              <th scope="col">{ctx.t('hrYear.calibrationState')}</th>
            </tr>
          </thead>
          <tbody>
            {data.calibrations.map((c) => (
              <tr key={c.unitCode} data-unit={c.unitCode}>
                <th scope="row">
                  <a href={`/hr/appraisal/years/${data.year}/units/${c.unitCode}`}>{c.unitCode}</a>
                </th>
                <td>{c.unitResult ? unitResultNames[c.unitResult] : ctx.t('hrYear.noUnitResult')}</td>
                <td>
                  {c.finalised
                    ? ctx.t('hrYear.finalised')
                    : c.blockers.length === 0
                      ? ctx.t('hrYear.ready')
                      : ctx.t('hrYear.blocked', { n: c.blockers.length })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}

/** A year whose workflow has started but whose record is not written yet. */
export function YearOpeningPage(props: { ctx: PageContext; year: number; notice?: string }) {
  const { ctx, year, notice } = props;
  return (
    <Layout ctx={ctx} title={ctx.t('hrYear.dashboard.title', { year })} home="/hr">
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <p id="opening">{ctx.t('hrYear.opening')}</p>
      <p>
        <a href={`/hr/appraisal/years/${year}`}>{ctx.t('hrYear.reload')}</a>
      </p>
    </Layout>
  );
}

export function dashboardRoutes(deps: AppraisalDeskDeps): Router {
  const router = express.Router();
  const yearOf = (raw: unknown) => {
    const y = yearParam.safeParse(raw);
    if (!y.success) throw notFound('no such year');
    return y.data;
  };

  router.get('/years/:year', async (req, res) => {
    const principal = deps.hr(req, res);
    if (!principal) return;
    const year = yearOf(req.params.year);
    const ctx = pageContext(req, res, { secure: deps.secure, form: true });
    let data: YearDashboard;
    try {
      data = await deps.dashboard.yearDashboard(principal, { year });
    } catch (err) {
      // Opened a moment ago: the year's record is written by its first activity.
      if (
        err instanceof Problem &&
        err.status === 404 &&
        (await deps.dashboard.yearStarted(principal, { year }))
      )
        return sendPage(res, <YearOpeningPage ctx={ctx} year={year} notice={takeNotice(req)} />);
      throw err;
    }
    sendPage(res, <YearDashboardPage ctx={ctx} data={data} notice={takeNotice(req)} />);
  });

  router.post('/years/:year/tasks/:id/extension', async (req, res) => {
    const principal = deps.hr(req, res);
    if (!principal) return;
    const year = yearOf(req.params.year);
    const id = taskIdSchema.safeParse(req.params.id);
    if (!id.success) throw notFound('no such task');
    const ctx = pageContext(req, res, { secure: deps.secure, form: true });
    const body = (req.body ?? {}) as Record<string, unknown>;
    const text = (v: unknown) => (typeof v === 'string' ? v.trim().slice(0, 2000) : '');
    const refuse = async (field: ExtensionError['field'], message: string, status = 400) =>
      sendPage(
        res,
        <YearDashboardPage
          ctx={ctx}
          data={await deps.dashboard.yearDashboard(principal, { year })}
          error={{ taskId: id.data, field, message }}
        />,
        status,
      );
    const dueAt = witaInstant(text(body.dueAt));
    if (!dueAt) return await refuse('dueAt', ctx.t('hr.cycles.error.dateTime'));
    const reason = text(body.reason);
    if (!reason) return await refuse('reason', ctx.t('hrOrg.noReason'));
    try {
      await deps.tasks.extendDeadline(principal, {
        id: id.data,
        dueAt: new Date(dueAt).toISOString(),
        reason,
      });
    } catch (err) {
      if (err instanceof Problem && (err.status === 400 || err.status === 409))
        return await refuse('dueAt', err.detail ?? err.title, err.status);
      throw err;
    }
    await redirectWithNotice(req, res, ctx.t('hrYear.extended'), `/hr/appraisal/years/${year}`);
  });

  router.get('/years/:year/results.:format', async (req, res) => {
    const principal = deps.hr(req, res);
    if (!principal) return;
    const format = z.enum(['csv', 'xlsx']).safeParse(req.params.format);
    if (!format.success) throw notFound('no such file');
    const file = await deps.exports.yearResultsFile(principal, {
      year: yearOf(req.params.year),
      format: format.data,
    });
    await sendPreparedFile(file, req, res);
  });
  return router;
}
