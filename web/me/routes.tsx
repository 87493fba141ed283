// The pages of a staff member's own work (`/me`, every signed-in employee or supervisor; their role read
// from the registry on every request, web/router.tsx): the task inbox, their appraisal year with the SKP,
// objection and acceptance forms, and for a supervisor their team and each report's year with the forms of
// their tasks. Each form calls the command the API calls (draftSkp, completeTask, giveFeedback,
// objectToResult, acceptAnnualResult) and, refused, renders the form again with the message beside the
// field; the access checks are the commands' own (commands/appraisal/access.ts).
import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import { employeeCommands } from '../../commands/appraisal/employees';
import type { AppraisalDeps } from '../../commands/appraisal/deps';
import { teamCommands } from '../../commands/appraisal/team';
import { awardCommands } from '../../commands/appraisal/awards';
import { AwardSection } from '../awards/award-section';
import { notFound, Problem } from '../../commands/errors';
import type { TaskCommands } from '../../commands/tasks/inbox';
import type { Principal } from '../../domain/actor';
import type { UnitResult } from '../../domain/appraisal/rule-sets';
import { acceptanceSchema, feedbackSchema, objectionSchema } from '../../domain/appraisal/schemas';
import { nipSchema } from '../../domain/org/schemas';
import { textLimits } from '../../domain/text';
import { pageContext } from '../context';
import type { PageContext } from '../layout';
import { sendPage } from '../render';
import { redirectWithNotice, takeNotice } from '../session';
import { MePage } from './inbox';
import { issuesByField, textIssue } from './parts';
import { rowsOf, rowsOfSkp, skpForm, skpOfRows, SkpFormPage, type SkpFormData } from './skp-form';
import { payloadOf, previewOf, taskForm, type TaskFormState } from './task-forms';
import { ReportPage, TeamPage, type FeedbackError } from './team';
import { MyYearPage, yearView, type ObjectionFormError } from './year';

export interface MeRouteDeps {
  appraisal: AppraisalDeps;
  tasks: TaskCommands;
  secure: boolean;
  /** The staff principal of a supervisor or an employee; otherwise answers (sign in, or refused). */
  staff: (req: Request, res: Response) => Principal | undefined;
}

/** The most open tasks `/me` lists, earliest due first. */
const MY_TASKS = 50;

const yearParam = z.coerce.number().int().min(2020).max(2100);
const taskIdParam = z.string().regex(/^t_[\w-]{10,40}$/);
/** A short form: its token and one bounded text. */
const noteForm = z.strictObject({
  _csrf: z.string().max(200),
  note: z
    .string()
    .max(4 * textLimits.reason)
    .optional(),
});
const reasonForm = z.strictObject({
  _csrf: z.string().max(200),
  reason: z
    .string()
    .max(4 * textLimits.reason)
    .optional(),
});

/** A command's refusal in the reader's words: the step is not open (409), or the reason as given. */
function refusal(ctx: PageContext, err: Problem): string {
  if (err.status === 409) return ctx.t('me.form.notOpen', { detail: err.detail ?? err.title });
  if (err.status === 404) return ctx.t('error.notFound');
  return ctx.t('me.form.refused', { detail: err.detail ?? err.title });
}

export function meRoutes(deps: MeRouteDeps): Router {
  const router = express.Router();
  const employees = employeeCommands(deps.appraisal);
  const team = teamCommands(deps.appraisal);
  const awards = awardCommands(deps.appraisal);
  const ctxOf = (req: Request, res: Response) => pageContext(req, res, { secure: deps.secure, form: true });
  /** The route's year, or 404 (an address nobody was given). */
  const yearOf = (req: Request) => {
    const y = yearParam.safeParse(req.params.year);
    if (!y.success) throw notFound('no such year');
    return y.data;
  };
  const nipOf = (req: Request) => {
    const n = nipSchema.safeParse(req.params.nip);
    if (!n.success) throw notFound('no such employee');
    return n.data;
  };
  type Handler = (req: Request, res: Response, principal: Principal) => Promise<void>;
  // Express 5 hands a rejected handler's error to the error page.
  const page = (handler: Handler) => async (req: Request, res: Response) => {
    const principal = deps.staff(req, res);
    if (!principal) return;
    await handler(req, res, principal);
  };

  // ---- The inbox ---------------------------------------------------------------------------------------
  router.get(
    '/',
    page(async (req, res, principal) => {
      const nip = principal.nip!;
      const models = deps.appraisal.models;
      const [employee, reports, tasks, escalations, years] = await Promise.all([
        models.employees.findById(nip, { name: 1, unitCode: 1 }).lean(),
        models.employees.countDocuments({ supervisorNip: nip, active: true }),
        deps.tasks.listTasks(principal, { status: 'open', limit: MY_TASKS }),
        team.escalatedToMe(principal),
        team.myYears(principal),
      ]);
      const notice = takeNotice(req);
      const data = {
        principal,
        employee: employee ? { name: employee.name, unitCode: employee.unitCode } : undefined,
        reports,
        tasks,
        escalations,
        years,
        ...(notice ? { notice } : {}),
      };
      sendPage(res, <MePage ctx={ctxOf(req, res)} data={data} />);
    }),
  );

  // One click from the inbox to the form that completes a task.
  router.get(
    '/tasks/:id',
    page(async (req, res, principal) => {
      const id = taskIdParam.safeParse(req.params.id);
      if (!id.success) throw notFound('no such task');
      const t = await team.myTask(principal, id.data);
      // Attendance and training tasks have their forms in their own sections (web/attendance, web/training).
      if (t.process === 'attendance' || t.process === 'training')
        return res.redirect(303, `/me/${t.process}/tasks/${t.id}`);
      if (t.process !== 'appraisal' || !t.year || !t.subjectNip) throw notFound('no page for this task');
      if (t.type === 'skp-draft') return res.redirect(303, `/me/appraisal/${t.year}/skp`);
      res.redirect(303, `/me/team/${t.year}/${t.subjectNip}#task-${t.id}`);
    }),
  );

  // ---- My year ------------------------------------------------------------------------------------------
  async function renderMyYear(
    req: Request,
    res: Response,
    principal: Principal,
    year: number,
    extra: { error?: ObjectionFormError; notice?: string } = {},
    status = 200,
  ) {
    const nip = principal.nip!;
    const [record, rules, award] = await Promise.all([
      employees.employeeRecord(principal, { year, nip }),
      team.yearRules(year),
      awards.employeeAward(principal, { year, nip }),
    ]);
    const view = yearView(record);
    const objectionOpenUntil =
      view.phase === 'objection-window' ? await team.objectionOpenUntil({ year, nip }) : null;
    sendPage(
      res,
      <MyYearPage
        ctx={ctxOf(req, res)}
        data={{
          view,
          rules,
          objectionOpenUntil,
          extra: award ? <AwardSection ctx={ctxOf(req, res)} award={award} /> : undefined,
          ...extra,
        }}
      />,
      status,
    );
  }

  router.get(
    '/appraisal/:year',
    page(async (req, res, principal) => {
      const notice = takeNotice(req);
      await renderMyYear(req, res, principal, yearOf(req), notice ? { notice } : {});
    }),
  );

  router.post(
    '/appraisal/:year/objection',
    page(async (req, res, principal) => {
      const year = yearOf(req);
      const ctx = ctxOf(req, res);
      const form = reasonForm.safeParse(req.body);
      const value = form.success ? (form.data.reason ?? '') : '';
      const refuse = (field: ObjectionFormError['field'], message: string, status = 400) =>
        renderMyYear(
          req,
          res,
          principal,
          year,
          { error: { form: 'objection', field, message, value } },
          status,
        );
      if (!form.success) return refuse('form', ctx.t('me.form.forged'));
      const parsed = objectionSchema.safeParse({ reason: value });
      if (!parsed.success) return refuse('reason', textIssue(ctx, parsed.error.issues[0])!);
      try {
        await employees.objectToResult(principal, { year, nip: principal.nip!, ...parsed.data });
      } catch (err) {
        if (!(err instanceof Problem) || err.status === 403) throw err;
        return refuse('form', refusal(ctx, err), err.status);
      }
      await redirectWithNotice(req, res, ctx.t('me.objection.sent'), `/me/appraisal/${year}`);
    }),
  );

  router.post(
    '/appraisal/:year/acceptance',
    page(async (req, res, principal) => {
      const year = yearOf(req);
      const ctx = ctxOf(req, res);
      const form = noteForm.safeParse(req.body);
      const value = form.success ? (form.data.note ?? '') : '';
      const refuse = (field: ObjectionFormError['field'], message: string, status = 400) =>
        renderMyYear(
          req,
          res,
          principal,
          year,
          { error: { form: 'acceptance', field, message, value } },
          status,
        );
      if (!form.success) return refuse('form', ctx.t('me.form.forged'));
      const parsed = acceptanceSchema.safeParse(value.trim() ? { note: value } : {});
      if (!parsed.success) return refuse('note', textIssue(ctx, parsed.error.issues[0])!);
      try {
        await employees.acceptAnnualResult(principal, { year, nip: principal.nip!, ...parsed.data });
      } catch (err) {
        if (!(err instanceof Problem) || err.status === 403) throw err;
        return refuse('form', refusal(ctx, err), err.status);
      }
      await redirectWithNotice(req, res, ctx.t('me.acceptance.sent'), `/me/appraisal/${year}`);
    }),
  );

  // ---- My SKP -------------------------------------------------------------------------------------------
  async function renderSkp(
    req: Request,
    res: Response,
    principal: Principal,
    year: number,
    extra: Partial<SkpFormData>,
    status = 200,
  ) {
    const view = yearView(await employees.employeeRecord(principal, { year, nip: principal.nip! }));
    const open = view.tasks.some((t) => t.type === 'skp-draft' && t.status === 'open');
    const data: SkpFormData = {
      year,
      rows: rowsOfSkp(view.skp),
      open,
      ...(view.skp?.status === 'returned' ? { returnedNote: view.skp.note ?? '' } : {}),
      ...extra,
    };
    sendPage(res, <SkpFormPage ctx={ctxOf(req, res)} data={data} />, status);
  }

  router.get(
    '/appraisal/:year/skp',
    page(async (req, res, principal) => renderSkp(req, res, principal, yearOf(req), {})),
  );

  router.post(
    '/appraisal/:year/skp',
    page(async (req, res, principal) => {
      const year = yearOf(req);
      const ctx = ctxOf(req, res);
      const form = skpForm.safeParse(req.body);
      if (!form.success) return renderSkp(req, res, principal, year, { error: ctx.t('me.form.forged') }, 400);
      const rows = rowsOf(form.data);
      if (form.data.action === 'add')
        return renderSkp(req, res, principal, year, {
          rows: [...rows, { description: '', indicator: '', target: '' }],
        });
      const skp = skpOfRows(ctx, rows);
      if (skp.errors) return renderSkp(req, res, principal, year, { rows, errors: skp.errors }, 400);
      try {
        await employees.draftSkp(principal, { year, nip: principal.nip!, skp: skp.skp });
      } catch (err) {
        if (!(err instanceof Problem) || err.status === 403) throw err;
        return renderSkp(req, res, principal, year, { rows, error: refusal(ctx, err) }, err.status);
      }
      await redirectWithNotice(req, res, ctx.t('me.skp.sent'), `/me/appraisal/${year}`);
    }),
  );

  // ---- My team ------------------------------------------------------------------------------------------
  router.get(
    '/team',
    page(async (req, res, principal) => {
      const years = await team.years();
      const asked = yearParam.safeParse(req.query.year);
      const year = asked.success ? asked.data : (years[0] ?? new Date().getUTCFullYear());
      const { members, otherTasks } = await team.team(principal, { year });
      sendPage(res, <TeamPage ctx={ctxOf(req, res)} data={{ year, years, members, otherTasks }} />);
    }),
  );

  async function renderReport(
    req: Request,
    res: Response,
    principal: Principal,
    year: number,
    nip: string,
    extra: { state?: TaskFormState; feedbackError?: FeedbackError; notice?: string } = {},
    status = 200,
  ) {
    const [record, rules, appraiser] = await Promise.all([
      employees.employeeRecord(principal, { year, nip }),
      team.yearRules(year),
      team.isAppraiser(principal, nip),
    ]);
    const view = yearView(record);
    const myTasks = view.tasks.filter((t) => t.status === 'open' && t.assigneeNip === principal.nip);
    // A unit head's rating: the unit's own result for the period stands for their Rating Hasil Kerja.
    const unitResults = new Map<string, UnitResult>();
    for (const t of myTasks.filter((x) => x.type === 'period-rating' || x.type === 'annual-rating')) {
      const r = await team.headedUnitResult({ year, nip, period: t.period ?? 'annual' });
      if (r) unitResults.set(t.id, r);
    }
    sendPage(
      res,
      <ReportPage ctx={ctxOf(req, res)} data={{ view, rules, myTasks, appraiser, unitResults, ...extra }} />,
      status,
    );
  }

  router.get(
    '/team/:year/:nip',
    page(async (req, res, principal) => {
      const year = yearOf(req);
      const nip = nipOf(req);
      // An employee's own year is their own page.
      if (nip === principal.nip) return res.redirect(303, `/me/appraisal/${year}`);
      const notice = takeNotice(req);
      await renderReport(req, res, principal, year, nip, notice ? { notice } : {});
    }),
  );

  router.post(
    '/team/:year/:nip/tasks/:id',
    page(async (req, res, principal) => {
      const year = yearOf(req);
      const nip = nipOf(req);
      const ctx = ctxOf(req, res);
      const id = taskIdParam.safeParse(req.params.id);
      if (!id.success) throw notFound('no such task');
      const record = await employees.employeeRecord(principal, { year, nip });
      const task = record.tasks.find((t) => t.id === id.data);
      if (!task) throw notFound('no such task');
      const form = taskForm.safeParse(req.body);
      const values = form.success ? (({ _csrf: _, ...v }) => v)(form.data) : {};
      const again = (state: Omit<TaskFormState, 'taskId' | 'values'>, status: number) =>
        renderReport(
          req,
          res,
          principal,
          year,
          nip,
          { state: { taskId: task.id, values, ...state } },
          status,
        );
      if (!form.success) return again({ errors: new Map(), formError: ctx.t('me.form.forged') }, 400);
      if (task.status !== 'open' || task.assigneeNip !== principal.nip)
        return again({ errors: new Map(), formError: ctx.t('me.task.notYours') }, 409);
      if (form.data.action === 'preview') {
        const [rules, unitResult] = await Promise.all([
          team.yearRules(year),
          team.headedUnitResult({ year, nip, period: task.period ?? 'annual' }),
        ]);
        const preview = previewOf(values, rules, unitResult);
        const built = payloadOf(ctx, task.type, values);
        const errors = preview ? new Map<string, string>() : (built.errors ?? new Map<string, string>());
        return again({ errors, ...(preview ? { preview } : {}) }, preview ? 200 : 400);
      }
      const built = payloadOf(ctx, task.type, values);
      if (built.errors) return again({ errors: built.errors }, 400);
      try {
        await deps.tasks.completeTask(principal, { id: task.id, payload: built.payload });
      } catch (err) {
        if (!(err instanceof Problem) || err.status === 403) throw err;
        return again({ errors: new Map(), formError: refusal(ctx, err) }, err.status);
      }
      await redirectWithNotice(
        req,
        res,
        ctx.t('me.task.done', { task: task.title, name: record.record.name }),
        `/me/team/${year}/${nip}`,
      );
    }),
  );

  router.post(
    '/team/:year/:nip/feedback',
    page(async (req, res, principal) => {
      const year = yearOf(req);
      const nip = nipOf(req);
      const ctx = ctxOf(req, res);
      const form = noteForm.safeParse(req.body);
      const value = form.success ? (form.data.note ?? '') : '';
      const refuse = (message: string, status: number) =>
        renderReport(req, res, principal, year, nip, { feedbackError: { message, value } }, status);
      if (!form.success) return refuse(ctx.t('me.form.forged'), 400);
      const parsed = feedbackSchema.safeParse({ note: value });
      if (!parsed.success) return refuse(textIssue(ctx, [...issuesByField(parsed.error).values()][0])!, 400);
      try {
        await employees.giveFeedback(principal, { year, nip, note: parsed.data.note });
      } catch (err) {
        if (!(err instanceof Problem) || err.status === 403) throw err;
        return refuse(refusal(ctx, err), err.status);
      }
      await redirectWithNotice(req, res, ctx.t('me.feedback.sent'), `/me/team/${year}/${nip}`);
    }),
  );

  return router;
}
