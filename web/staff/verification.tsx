// HR's document verification of a cycle as a task list (issue 11): the applications whose documents were
// submitted and await verification, earliest due first, each with its submitted files (each opens in the
// browser through HR's document route) and a decision: verified, or rejected with a reason; below, the
// decided ones with their reasons. The list is the task inbox's `documents-verification` tasks joined with
// the applications (commands/recruitment/task-lists.ts); a decision is `verifyDocuments`, the command of
// the API's verification (and the one the inbox's completion hands it to), with the API's schema's rule
// that a rejection says why.
import express, { type Request, type Response, type Router } from 'express';
import { idParams } from '../../api/routes/recruitment/shared';
import { Problem } from '../../commands/errors';
import {
  taskListCommands,
  type TaskPage,
  type VerificationItem,
} from '../../commands/recruitment/task-lists';
import { actorOf, type Principal } from '../../domain/actor';
import { documentsVerificationSchema } from '../../domain/recruitment/schemas';
import { textLimits } from '../../domain/text';
import { pageContext } from '../context';
import { CsrfField, FieldError, Layout, type PageContext } from '../layout';
import { sendPage } from '../render';
import { takeNotice } from '../session';
import {
  CandidateCell,
  CandidateHeading,
  decisionForm,
  decisionIssue,
  DueCell,
  listPages,
  Notices,
  Pager,
  pagesQuery,
  TASK_PAGE_SIZE,
  type DecisionError,
  type ListPages,
  type TaskListDeps,
} from './appeals';
import { cycleSummary, type CycleSummary } from './results';

const documentHref = (applicationId: string, kind: string) =>
  `/hr/recruitment/applications/${applicationId}/documents/${encodeURIComponent(kind)}`;

function Files({ ctx, item }: { ctx: PageContext; item: VerificationItem }) {
  if (item.documents.length === 0) return <>{ctx.t('hr.tasks.documents.noFiles')}</>;
  return (
    <ul class="files">
      {item.documents.map((d) => (
        <li key={d.kind}>
          <a href={documentHref(item.candidate.applicationId, d.kind)}>{d.label[ctx.lang]}</a>
        </li>
      ))}
    </ul>
  );
}

function OpenVerification(props: {
  ctx: PageContext;
  cycle: CycleSummary;
  item: VerificationItem;
  action: string;
  error?: DecisionError;
}) {
  const { ctx, cycle, item, action } = props;
  const error = props.error?.key === item.candidate.applicationId ? props.error : undefined;
  const id = `v-${item.candidate.applicationId}`;
  const errorOf = (f: DecisionError['field']) => (error?.field === f ? error.message : undefined);
  const reasonDescribed = [errorOf('reason') ? `${id}-reason-error` : '', `${id}-reason-hint`]
    .filter(Boolean)
    .join(' ');
  return (
    <li class="task">
      <article aria-labelledby={`${id}-h`}>
        <CandidateHeading ctx={ctx} cycle={cycle} candidate={item.candidate} id={`${id}-h`} />
        <dl>
          <dt>{ctx.t('hr.tasks.documents.files')}</dt>
          <dd>
            <Files ctx={ctx} item={item} />
          </dd>
          <dt>{ctx.t('hr.tasks.due')}</dt>
          <dd class="due">
            <DueCell ctx={ctx} task={item.task} />
          </dd>
        </dl>
        <form method="post" action={action} class="decision">
          <CsrfField ctx={ctx} />
          <input type="hidden" name="application" value={item.candidate.applicationId} />
          <FieldError id={`${id}-form-error`} message={errorOf('form')} />
          <fieldset aria-describedby={errorOf('decision') ? `${id}-decision-error` : undefined}>
            <legend>{ctx.t('hr.tasks.appeals.decision')}</legend>
            <FieldError id={`${id}-decision-error`} message={errorOf('decision')} />
            <input type="radio" id={`${id}-verify`} name="decision" value="verify" required />
            <label for={`${id}-verify`}>{ctx.t('hr.tasks.documents.verify')}</label>
            <input type="radio" id={`${id}-reject`} name="decision" value="reject" />
            <label for={`${id}-reject`}>{ctx.t('hr.tasks.documents.reject')}</label>
          </fieldset>
          <label for={`${id}-reason`}>{ctx.t('hr.tasks.reason')}</label>
          <textarea
            id={`${id}-reason`}
            name="reason"
            maxLength={textLimits.reason}
            rows={3}
            aria-invalid={errorOf('reason') ? 'true' : undefined}
            aria-describedby={reasonDescribed}
          >
            {error?.reason ?? ''}
          </textarea>
          <p class="hint" id={`${id}-reason-hint`}>
            {ctx.t('hr.tasks.documents.reasonHint')}
          </p>
          <FieldError id={`${id}-reason-error`} message={errorOf('reason')} />
          <button type="submit">{ctx.t('hr.tasks.documents.send')}</button>
        </form>
      </article>
    </li>
  );
}

function DecidedVerifications(props: { ctx: PageContext; cycle: CycleSummary; items: VerificationItem[] }) {
  const { ctx, cycle, items } = props;
  if (items.length === 0) return <p id="none-done">{ctx.t('hr.tasks.documents.noneDone')}</p>;
  return (
    <div class="scroll" role="region" aria-labelledby="done-heading" tabIndex={0}>
      <table id="decided" class="decided">
        <thead>
          <tr>
            <th scope="col">{ctx.t('hr.tasks.candidate')}</th>
            <th scope="col">{ctx.t('hr.tasks.documents.files')}</th>
            <th scope="col">{ctx.t('hr.tasks.appeals.decision')}</th>
            <th scope="col">{ctx.t('hr.tasks.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.candidate.applicationId}>
              <CandidateCell cycle={cycle} candidate={i.candidate} />
              <td>
                <Files ctx={ctx} item={i} />
              </td>
              <td>
                {i.verification
                  ? ctx.t(
                      i.verification.accepted ? 'hr.tasks.documents.verified' : 'hr.tasks.documents.rejected',
                    )
                  : ''}
              </td>
              <td class="quote">{i.verification?.reason ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export interface VerificationData {
  cycle: CycleSummary;
  pages: ListPages;
  open: TaskPage<VerificationItem>;
  done: TaskPage<VerificationItem>;
  notice?: string;
  error?: DecisionError;
}

export function VerificationPage({ ctx, data }: { ctx: PageContext; data: VerificationData }) {
  const { cycle, pages, open, done, error } = data;
  const base = `/hr/recruitment/cycles/${cycle.code}/documents`;
  const action = `${base}?${pagesQuery(pages)}`;
  // A refusal about a form not on this page (a forged one) is said at the top.
  const atItem = !!error && open.items.some((i) => i.candidate.applicationId === error.key);
  return (
    <Layout ctx={ctx} title={ctx.t('hr.tasks.documents.title', { cycle: cycle.title })} home="/hr">
      <p>
        <a href={`/hr/recruitment/cycles/${cycle.code}`}>{cycle.title}</a>
      </p>
      <Notices ctx={ctx} notice={data.notice} error={error && !atItem ? error.message : undefined} />
      <h2 id="open-heading">{ctx.t('hr.tasks.documents.open')}</h2>
      {open.items.length === 0 ? (
        <p id="none-open">{ctx.t('hr.tasks.documents.noneOpen')}</p>
      ) : (
        <ol class="tasks" id="open" aria-labelledby="open-heading">
          {open.items.map((item) => (
            <OpenVerification
              key={item.candidate.applicationId}
              ctx={ctx}
              cycle={cycle}
              item={item}
              action={action}
              error={error}
            />
          ))}
        </ol>
      )}
      <Pager
        ctx={ctx}
        base={base}
        pages={pages}
        which="open"
        list={open}
        label={ctx.t('hr.tasks.documents.open')}
      />
      <h2 id="done-heading">{ctx.t('hr.tasks.documents.done')}</h2>
      <DecidedVerifications ctx={ctx} cycle={cycle} items={done.items} />
      <Pager
        ctx={ctx}
        base={base}
        pages={pages}
        which="done"
        list={done}
        label={ctx.t('hr.tasks.documents.done')}
      />
    </Layout>
  );
}

export function verificationRoutes(deps: TaskListDeps): Router {
  const router = express.Router();
  const lists = taskListCommands(deps);
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
    const q = (status: 'open' | 'done', page: number) =>
      lists.verificationTasks(principal, cycle.code, { status, page, pageSize: TASK_PAGE_SIZE });
    const [open, done] = await Promise.all([q('open', pages.open), q('done', pages.done)]);
    sendPage(
      res,
      <VerificationPage ctx={ctxOf(req, res)} data={{ cycle, pages, open, done, ...extra }} />,
      status,
    );
  }

  router.get('/cycles/:code/documents', async (req, res, next) => {
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

  router.post('/cycles/:code/documents', async (req, res, next) => {
    try {
      const principal = deps.hr(req, res);
      if (!principal) return;
      const cycle = await cycleSummary(deps.commands, req.params.code);
      const ctx = ctxOf(req, res);
      const form = decisionForm.safeParse(req.body);
      const key = form.success ? form.data.application : '';
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
      if (!form.success || !id.success || form.data.stage !== undefined)
        return await refuse('form', ctx.t('hr.tasks.documents.noSuch'));
      const { decision, reason } = form.data;
      const decided = documentsVerificationSchema.safeParse({
        accepted: decision === 'verify' ? true : decision === 'reject' ? false : undefined,
        ...(reason.trim() ? { reason } : {}),
      });
      if (!decided.success) {
        const issue = decisionIssue(ctx, decided.error);
        return await refuse(issue.field, issue.message);
      }
      try {
        const candidate = await lists.cycleApplication(cycle.code, id.data);
        await deps.commands.verifyDocuments(
          candidate.applicationId,
          decided.data.accepted,
          decided.data.reason,
          actorOf(principal),
        );
        req.session.notice = ctx.t('hr.tasks.documents.decided', {
          name: candidate.name,
          decision: ctx.t(
            decided.data.accepted ? 'hr.tasks.documents.verified' : 'hr.tasks.documents.rejected',
          ),
        });
      } catch (err) {
        if (!(err instanceof Problem)) throw err;
        return await refuse(
          'form',
          err.status === 404
            ? ctx.t('hr.tasks.documents.noSuch')
            : ctx.t('hr.tasks.refused', { detail: err.detail ?? err.title }),
          err.status,
        );
      }
      res.redirect(
        303,
        `/hr/recruitment/cycles/${cycle.code}/documents?${pagesQuery(listPages.parse({ ...req.query }))}`,
      );
    } catch (err) {
      next(err);
    }
  });
  return router;
}
