// HR's appeals (sanggah) of a cycle as a task list (issue 11): the open ones first, earliest due first,
// each with the candidate, the stage, the candidate's reason, when it was sent and when HR must answer
// (overdue, reminded, escalated), and a form to accept or reject it with a reason; below, the answered
// ones with each decision, its reason, who and when. The list is the task inbox joined with the
// applications (commands/recruitment/task-lists.ts). A decision goes to `decideAppeal`, the command of the
// API's appeal decision (and the one the inbox's completion hands an appeal to): the page knows the
// application and the stage, and the workflow refuses a stage with no pending appeal.
import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import { idParams } from '../../api/routes/recruitment/shared';
import { Problem } from '../../commands/errors';
import type { RecruitmentCommands } from '../../commands/recruitment/commands';
import {
  taskListCommands,
  type AppealItem,
  type TaskListCommands,
  type TaskPage,
} from '../../commands/recruitment/task-lists';
import type { TaskCommands } from '../../commands/tasks/inbox';
import type { Models } from '../../db/connection';
import { actorOf, type Principal } from '../../domain/actor';
import { appealDecisionSchema } from '../../domain/recruitment/schemas';
import { announcementLabels, announcementStages } from '../../domain/recruitment/stages';
import type { TaskView } from '../../domain/tasks';
import { textLimits } from '../../domain/text';
import { When } from '../candidate/pages';
import { pageContext } from '../context';
import { CsrfField, FieldError, Layout, type PageContext } from '../layout';
import { sendPage } from '../render';
import { takeNotice } from '../session';
import { cycleSummary, type CycleSummary } from './results';

/** Tasks per page of each list (paged, never capped). */
export const TASK_PAGE_SIZE = 25;

export interface TaskListDeps {
  commands: RecruitmentCommands;
  models: Models;
  tasks: TaskCommands;
  secure: boolean;
  hr: (req: Request, res: Response) => Principal | undefined;
}

/** A refused decision: the form it is about (`key`), the field (or the whole form) and why. */
export interface DecisionError {
  key: string;
  field: 'decision' | 'reason' | 'form';
  message: string;
  /** What was typed, given back so that nothing has to be typed again. */
  reason?: string;
}

/** Which page of each list: `?open=&done=` (anything else is the first page). */
export const listPages = z.object({
  open: z.coerce.number().int().min(1).max(1_000_000).catch(1),
  done: z.coerce.number().int().min(1).max(1_000_000).catch(1),
});
export type ListPages = z.infer<typeof listPages>;
export const pagesQuery = (p: ListPages) => `open=${p.open}&done=${p.done}`;

/**
 * The form as it arrives: strings of bounded length only (a repeated field, an unknown one or a huge one
 * is a forged form). The decision's own rules are then the API's schema's.
 */
export const decisionForm = z.strictObject({
  _csrf: z.string().max(200),
  application: z.string().max(200),
  stage: z.string().max(40).optional(),
  decision: z.string().max(20).optional(),
  reason: z.string().max(4 * textLimits.reason),
});

/** A field's refusal in the reader's words, from the issues of the API's schema for the decision. */
export function decisionIssue(
  ctx: PageContext,
  error: z.ZodError,
): { field: 'decision' | 'reason'; message: string } {
  const issue = error.issues[0]!;
  if (issue.path[0] === 'reason')
    return {
      field: 'reason',
      message:
        issue.code === 'too_big'
          ? ctx.t('hr.tasks.reasonTooLong', { max: textLimits.reason })
          : ctx.t('hr.tasks.reasonRequired'),
    };
  return { field: 'decision', message: ctx.t('hr.tasks.chooseDecision') };
}

/** The due date of HR's answer, and whether it is late, was reminded or escalated. */
export function DueCell({ ctx, task }: { ctx: PageContext; task: TaskView }) {
  return (
    <>
      <When ctx={ctx} at={task.dueAt} />
      {task.overdue && <strong class="overdue"> {ctx.t('hr.tasks.overdue')}</strong>}
      {task.reminded && <span class="tag"> {ctx.t('hr.tasks.reminded')}</span>}
      {task.escalated && (
        <span class="tag"> {ctx.t('hr.tasks.escalated', { to: task.escalatedTo ?? '' })}</span>
      )}
    </>
  );
}

/** Previous and next links of one list, keeping the other list's page. */
export function Pager(props: {
  ctx: PageContext;
  base: string;
  pages: ListPages;
  which: 'open' | 'done';
  list: TaskPage<unknown>;
  label: string;
}) {
  const { ctx, base, pages, which, list, label } = props;
  if (list.page === 1 && !list.more) return null;
  const link = (page: number) => `${base}?${pagesQuery({ ...pages, [which]: page })}`;
  return (
    <nav aria-label={label}>
      {list.page > 1 && <a href={link(list.page - 1)}>{ctx.t('hr.tasks.previous')}</a>}{' '}
      {ctx.t('hr.tasks.page', { page: list.page })}{' '}
      {list.more && <a href={link(list.page + 1)}>{ctx.t('hr.tasks.next')}</a>}
    </nav>
  );
}

/** A notice after a decision, or a refusal not about one shown form. */
export function Notices(props: { ctx: PageContext; notice?: string; error?: string }) {
  return (
    <>
      {props.notice && (
        <p class="notice" role="status">
          {props.notice}
        </p>
      )}
      {props.error && (
        <p class="error" role="alert" id="form-error">
          {props.error}
        </p>
      )}
    </>
  );
}

/** The candidate a task is about: name (to the application's page), registration number, formation. */
export function CandidateHeading(props: {
  ctx: PageContext;
  cycle: CycleSummary;
  candidate: AppealItem['candidate'];
  id: string;
}) {
  const { cycle, candidate, id } = props;
  const formation = cycle.formations.find((f) => f.code === candidate.formationCode);
  return (
    <h3 id={id}>
      <a href={`/hr/recruitment/applications/${candidate.applicationId}`}>{candidate.name}</a>
      {candidate.registrationNumber ? ` · ${candidate.registrationNumber}` : ''}
      {` · ${formation?.title ?? candidate.formationCode}`}
    </h3>
  );
}

/** The candidate in one cell of a decided list: name (to their page), registration number, formation. */
export function CandidateCell(props: { cycle: CycleSummary; candidate: AppealItem['candidate'] }) {
  const { cycle, candidate } = props;
  const formation = cycle.formations.find((f) => f.code === candidate.formationCode);
  return (
    <td>
      <a href={`/hr/recruitment/applications/${candidate.applicationId}`}>{candidate.name}</a>
      <br />
      <small>
        {candidate.registrationNumber ?? ''}
        <br />
        {formation?.title ?? candidate.formationCode}
      </small>
    </td>
  );
}

const keyOf = (i: AppealItem) => `${i.candidate.applicationId}/${i.stage}`;

function OpenAppeal(props: {
  ctx: PageContext;
  cycle: CycleSummary;
  item: AppealItem;
  action: string;
  error?: DecisionError;
}) {
  const { ctx, cycle, item, action } = props;
  const error = props.error?.key === keyOf(item) ? props.error : undefined;
  const id = `a-${item.candidate.applicationId}-${item.stage}`;
  const errorOf = (f: DecisionError['field']) => (error?.field === f ? error.message : undefined);
  return (
    <li class="task">
      <article aria-labelledby={`${id}-h`}>
        <CandidateHeading ctx={ctx} cycle={cycle} candidate={item.candidate} id={`${id}-h`} />
        <dl>
          <dt>{ctx.t('hr.tasks.appeals.stage')}</dt>
          <dd>{announcementLabels[item.stage][ctx.lang]}</dd>
          <dt>{ctx.t('hr.tasks.appeals.reason')}</dt>
          <dd class="quote">{item.appeal.reason}</dd>
          <dt>{ctx.t('hr.tasks.appeals.sent')}</dt>
          <dd>
            <When ctx={ctx} at={item.appeal.at} />
          </dd>
          <dt>{ctx.t('hr.tasks.due')}</dt>
          <dd class="due">
            <DueCell ctx={ctx} task={item.task} />
          </dd>
        </dl>
        <form method="post" action={action} class="decision">
          <CsrfField ctx={ctx} />
          <input type="hidden" name="application" value={item.candidate.applicationId} />
          <input type="hidden" name="stage" value={item.stage} />
          <FieldError id={`${id}-form-error`} message={errorOf('form')} />
          <fieldset aria-describedby={errorOf('decision') ? `${id}-decision-error` : undefined}>
            <legend>{ctx.t('hr.tasks.appeals.decision')}</legend>
            <FieldError id={`${id}-decision-error`} message={errorOf('decision')} />
            <input type="radio" id={`${id}-accept`} name="decision" value="accept" required />
            <label for={`${id}-accept`}>{ctx.t('hr.tasks.appeals.accept')}</label>
            <input type="radio" id={`${id}-reject`} name="decision" value="reject" />
            <label for={`${id}-reject`}>{ctx.t('hr.tasks.appeals.reject')}</label>
          </fieldset>
          <label for={`${id}-reason`}>{ctx.t('hr.tasks.reason')}</label>
          <textarea
            id={`${id}-reason`}
            name="reason"
            required
            maxLength={textLimits.reason}
            rows={3}
            aria-invalid={errorOf('reason') ? 'true' : undefined}
            aria-describedby={errorOf('reason') ? `${id}-reason-error` : undefined}
          >
            {error?.reason ?? ''}
          </textarea>
          <FieldError id={`${id}-reason-error`} message={errorOf('reason')} />
          <button type="submit">{ctx.t('hr.tasks.appeals.answer')}</button>
        </form>
      </article>
    </li>
  );
}

function AnsweredAppeals({
  ctx,
  cycle,
  items,
}: {
  ctx: PageContext;
  cycle: CycleSummary;
  items: AppealItem[];
}) {
  if (items.length === 0) return <p id="none-done">{ctx.t('hr.tasks.appeals.noneDone')}</p>;
  return (
    <div class="scroll" role="region" aria-labelledby="done-heading" tabIndex={0}>
      <table id="answered" class="decided">
        <thead>
          <tr>
            <th scope="col">{ctx.t('hr.tasks.candidate')}</th>
            <th scope="col">{ctx.t('hr.tasks.appeals.stage')}</th>
            <th scope="col">{ctx.t('hr.tasks.appeals.decision')}</th>
            <th scope="col">{ctx.t('hr.tasks.reason')}</th>
            <th scope="col">{ctx.t('hr.tasks.appeals.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={keyOf(i)}>
              <CandidateCell cycle={cycle} candidate={i.candidate} />
              <td>{announcementLabels[i.stage][ctx.lang]}</td>
              <td>
                {i.appeal.status === 'accepted'
                  ? ctx.t('hr.tasks.appeals.accepted')
                  : i.appeal.status === 'rejected'
                    ? ctx.t('hr.tasks.appeals.rejected')
                    : ''}
                {i.appeal.decision && (
                  <small>
                    <br />
                    {ctx.t('hr.tasks.decidedBy')}: {i.appeal.decision.actor}
                    <br />
                    <When ctx={ctx} at={i.appeal.decision.at} />
                  </small>
                )}
              </td>
              <td class="quote">{i.appeal.decision?.reason ?? ''}</td>
              <td class="quote">{i.appeal.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export interface AppealsData {
  cycle: CycleSummary;
  pages: ListPages;
  open: TaskPage<AppealItem>;
  done: TaskPage<AppealItem>;
  notice?: string;
  error?: DecisionError;
}

export function AppealsPage({ ctx, data }: { ctx: PageContext; data: AppealsData }) {
  const { cycle, pages, open, done, error } = data;
  const base = `/hr/recruitment/cycles/${cycle.code}/appeals`;
  const action = `${base}?${pagesQuery(pages)}`;
  // A refusal about a form not on this page (a forged one) is said at the top.
  const atItem = !!error && open.items.some((i) => keyOf(i) === error.key);
  return (
    <Layout ctx={ctx} title={ctx.t('hr.tasks.appeals.title', { cycle: cycle.title })} home="/hr">
      <p>
        <a href={`/hr/recruitment/cycles/${cycle.code}`}>{cycle.title}</a>
      </p>
      <Notices ctx={ctx} notice={data.notice} error={error && !atItem ? error.message : undefined} />
      <h2 id="open-heading">{ctx.t('hr.tasks.appeals.open')}</h2>
      {open.items.length === 0 ? (
        <p id="none-open">{ctx.t('hr.tasks.appeals.noneOpen')}</p>
      ) : (
        <ol class="tasks" id="open" aria-labelledby="open-heading">
          {open.items.map((item) => (
            <OpenAppeal key={keyOf(item)} ctx={ctx} cycle={cycle} item={item} action={action} error={error} />
          ))}
        </ol>
      )}
      <Pager
        ctx={ctx}
        base={base}
        pages={pages}
        which="open"
        list={open}
        label={ctx.t('hr.tasks.appeals.open')}
      />
      <h2 id="done-heading">{ctx.t('hr.tasks.appeals.done')}</h2>
      <AnsweredAppeals ctx={ctx} cycle={cycle} items={done.items} />
      <Pager
        ctx={ctx}
        base={base}
        pages={pages}
        which="done"
        list={done}
        label={ctx.t('hr.tasks.appeals.done')}
      />
    </Layout>
  );
}

export function appealsRoutes(deps: TaskListDeps): Router {
  const router = express.Router();
  const lists: TaskListCommands = taskListCommands(deps);
  const ctxOf = (req: Request, res: Response) => pageContext(req, res, { secure: deps.secure, form: true });

  async function render(
    req: Request,
    res: Response,
    principal: Principal,
    cycle: CycleSummary,
    extra: { notice?: string; error?: DecisionError },
    status = 200,
  ) {
    const pages = listPages.parse({ ...req.query });
    const [open, done] = await Promise.all([
      lists.appealTasks(principal, cycle.code, {
        status: 'open',
        page: pages.open,
        pageSize: TASK_PAGE_SIZE,
      }),
      lists.appealTasks(principal, cycle.code, {
        status: 'done',
        page: pages.done,
        pageSize: TASK_PAGE_SIZE,
      }),
    ]);
    sendPage(
      res,
      <AppealsPage ctx={ctxOf(req, res)} data={{ cycle, pages, open, done, ...extra }} />,
      status,
    );
  }

  router.get('/cycles/:code/appeals', async (req, res, next) => {
    try {
      const principal = deps.hr(req, res);
      if (!principal) return;
      const cycle = await cycleSummary(deps.commands, req.params.code);
      const notice = takeNotice(req);
      await render(req, res, principal, cycle, notice ? { notice } : {});
    } catch (err) {
      next(err);
    }
  });

  router.post('/cycles/:code/appeals', async (req, res, next) => {
    try {
      const principal = deps.hr(req, res);
      if (!principal) return;
      const cycle = await cycleSummary(deps.commands, req.params.code);
      const ctx = ctxOf(req, res);
      const form = decisionForm.safeParse(req.body);
      const key = form.success ? `${form.data.application}/${form.data.stage ?? ''}` : '';
      const refuse = (field: DecisionError['field'], message: string, status = 400) =>
        render(
          req,
          res,
          principal,
          cycle,
          { error: { key, field, message, ...(form.success ? { reason: form.data.reason } : {}) } },
          status,
        );
      const id = idParams.shape.id.safeParse(form.data?.application);
      const stage = z.enum(announcementStages).safeParse(form.data?.stage);
      if (!form.success || !id.success || !stage.success)
        return await refuse('form', ctx.t('hr.tasks.appeals.noSuch'));
      const { decision, reason } = form.data;
      const decided = appealDecisionSchema.safeParse({
        accepted: decision === 'accept' ? true : decision === 'reject' ? false : undefined,
        reason,
      });
      if (!decided.success) {
        const issue = decisionIssue(ctx, decided.error);
        return await refuse(issue.field, issue.message);
      }
      try {
        const candidate = await lists.cycleApplication(cycle.code, id.data);
        await deps.commands.decideAppeal(
          candidate.applicationId,
          stage.data,
          decided.data.accepted,
          decided.data.reason,
          actorOf(principal),
        );
        req.session.notice = ctx.t('hr.tasks.appeals.decided', {
          name: candidate.name,
          decision: ctx.t(decided.data.accepted ? 'hr.tasks.appeals.accepted' : 'hr.tasks.appeals.rejected'),
        });
      } catch (err) {
        if (!(err instanceof Problem)) throw err;
        return await refuse(
          'form',
          err.status === 404
            ? ctx.t('hr.tasks.appeals.noSuch')
            : ctx.t('hr.tasks.refused', { detail: err.detail ?? err.title }),
          err.status,
        );
      }
      res.redirect(
        303,
        `/hr/recruitment/cycles/${cycle.code}/appeals?${pagesQuery(listPages.parse({ ...req.query }))}`,
      );
    } catch (err) {
      next(err);
    }
  });
  return router;
}
