// HR's task lists of a cycle (appeals, document verification), as one page shape and one pair of routes:
// the open tasks first, earliest due first, each with its decision form; the decided ones below; both paged
// with no cap. A kind of list (appeals.tsx, verification.tsx) gives its items, how each is shown, and how a
// posted decision is checked and handed to its command; a refusal is shown beside the form it is about
// (or at the top for a forged one), a decision leaves its notice for the list it returns to.
import express, { type Request, type Response, type Router } from 'express';
import type { VNode } from 'preact';
import { z } from 'zod';
import { Problem } from '../../commands/errors';
import type { RecruitmentCommands } from '../../commands/recruitment/commands';
import {
  taskListCommands,
  type TaskCandidate,
  type TaskListCommands,
  type TaskPage,
} from '../../commands/recruitment/task-lists';
import type { TaskCommands } from '../../commands/tasks/inbox';
import type { Models } from '../../db/connection';
import type { Principal } from '../../domain/actor';
import type { TaskView } from '../../domain/tasks';
import { textLimits } from '../../domain/text';
import { When } from '../candidate/pages';
import { pageContext } from '../context';
import { Layout, type PageContext } from '../layout';
import { sendPage } from '../render';
import { redirectWithNotice, takeNotice } from '../session';
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
  candidate: TaskCandidate;
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
export function CandidateCell(props: { cycle: CycleSummary; candidate: TaskCandidate }) {
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

export type DecisionFormData = z.infer<typeof decisionForm>;

/** One kind of task list: its address under the cycle, its words, its items and its decision. */
export interface TaskListKind<Item> {
  path: 'appeals' | 'documents';
  text(
    ctx: PageContext,
    cycle: CycleSummary,
  ): { title: string; open: string; noneOpen: string; done: string; noSuch: string };
  list(
    lists: TaskListCommands,
    principal: Principal,
    code: string,
    q: { status: 'open' | 'done'; page: number; pageSize: number },
  ): Promise<TaskPage<Item>>;
  keyOf(item: Item): string;
  /** The key of the form a posted decision came from (the item's key). */
  formKey(form: DecisionFormData): string;
  Open(props: {
    ctx: PageContext;
    cycle: CycleSummary;
    item: Item;
    action: string;
    error?: DecisionError;
  }): VNode;
  Done(props: { ctx: PageContext; cycle: CycleSummary; items: Item[] }): VNode;
  /**
   * Checks the posted decision and hands it to its command: the notice to leave, or the refusal (`form`:
   * the task is not one of this list). A command's refusal (a Problem) is said by the routes.
   */
  decide(args: {
    ctx: PageContext;
    form: DecisionFormData;
    cycle: CycleSummary;
    lists: TaskListCommands;
    commands: RecruitmentCommands;
    principal: Principal;
  }): Promise<{ notice: string } | { field: DecisionError['field']; message: string }>;
}

export interface TaskListData<Item> {
  cycle: CycleSummary;
  pages: ListPages;
  open: TaskPage<Item>;
  done: TaskPage<Item>;
  notice?: string;
  error?: DecisionError;
}

export function TaskListPage<Item>(props: {
  ctx: PageContext;
  kind: TaskListKind<Item>;
  data: TaskListData<Item>;
}) {
  const { ctx, kind, data } = props;
  const { cycle, pages, open, done, error } = data;
  const text = kind.text(ctx, cycle);
  const base = `/hr/recruitment/cycles/${cycle.code}/${kind.path}`;
  const action = `${base}?${pagesQuery(pages)}`;
  // A refusal about a form not on this page (a forged one) is said at the top.
  const atItem = !!error && open.items.some((i) => kind.keyOf(i) === error.key);
  const { Open, Done } = kind;
  return (
    <Layout ctx={ctx} title={text.title} home="/hr">
      <p>
        <a href={`/hr/recruitment/cycles/${cycle.code}`}>{cycle.title}</a>
      </p>
      <Notices ctx={ctx} notice={data.notice} error={error && !atItem ? error.message : undefined} />
      <h2 id="open-heading">{text.open}</h2>
      {open.items.length === 0 ? (
        <p id="none-open">{text.noneOpen}</p>
      ) : (
        <ol class="tasks" id="open" aria-labelledby="open-heading">
          {open.items.map((item) => (
            <Open key={kind.keyOf(item)} ctx={ctx} cycle={cycle} item={item} action={action} error={error} />
          ))}
        </ol>
      )}
      <Pager ctx={ctx} base={base} pages={pages} which="open" list={open} label={text.open} />
      <h2 id="done-heading">{text.done}</h2>
      <Done ctx={ctx} cycle={cycle} items={done.items} />
      <Pager ctx={ctx} base={base} pages={pages} which="done" list={done} label={text.done} />
    </Layout>
  );
}

/** The list's page (GET) and its decisions (POST), HR only. */
export function taskListRoutes<Item>(deps: TaskListDeps, kind: TaskListKind<Item>): Router {
  const router = express.Router();
  const lists = taskListCommands(deps);
  const ctxOf = (req: Request, res: Response) => pageContext(req, res, { secure: deps.secure, form: true });
  const path = `/cycles/:code/${kind.path}`;

  async function render(
    req: Request,
    res: Response,
    principal: Principal,
    cycle: CycleSummary,
    extra: { notice?: string; error?: DecisionError },
    status = 200,
  ) {
    const pages = listPages.parse({ ...req.query });
    const q = (status: 'open' | 'done', page: number) =>
      kind.list(lists, principal, cycle.code, { status, page, pageSize: TASK_PAGE_SIZE });
    const [open, done] = await Promise.all([q('open', pages.open), q('done', pages.done)]);
    sendPage(
      res,
      <TaskListPage ctx={ctxOf(req, res)} kind={kind} data={{ cycle, pages, open, done, ...extra }} />,
      status,
    );
  }

  router.get(path, async (req, res) => {
    const principal = deps.hr(req, res);
    if (!principal) return;
    const cycle = await cycleSummary(deps.commands, req.params.code!);
    const notice = takeNotice(req);
    await render(req, res, principal, cycle, notice ? { notice } : {});
  });

  router.post(path, async (req, res) => {
    const principal = deps.hr(req, res);
    if (!principal) return;
    const cycle = await cycleSummary(deps.commands, req.params.code!);
    const ctx = ctxOf(req, res);
    const form = decisionForm.safeParse(req.body);
    const text = kind.text(ctx, cycle);
    const refuse = (field: DecisionError['field'], message: string, status = 400) =>
      render(
        req,
        res,
        principal,
        cycle,
        {
          error: {
            key: form.success ? kind.formKey(form.data) : '',
            field,
            message,
            ...(form.success ? { reason: form.data.reason } : {}),
          },
        },
        status,
      );
    if (!form.success) return await refuse('form', text.noSuch);
    let decided: Awaited<ReturnType<typeof kind.decide>>;
    try {
      decided = await kind.decide({
        ctx,
        form: form.data,
        cycle,
        lists,
        commands: deps.commands,
        principal,
      });
    } catch (err) {
      if (!(err instanceof Problem)) throw err;
      return await refuse(
        'form',
        err.status === 404 ? text.noSuch : ctx.t('hr.tasks.refused', { detail: err.detail ?? err.title }),
        err.status,
      );
    }
    if (!('notice' in decided)) return await refuse(decided.field, decided.message);
    const back = `/hr/recruitment/cycles/${cycle.code}/${kind.path}?${pagesQuery(listPages.parse({ ...req.query }))}`;
    await redirectWithNotice(req, res, decided.notice, back);
  });
  return router;
}
