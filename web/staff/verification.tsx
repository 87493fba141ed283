// HR's document verification of a cycle as a task list (issue 11): the applications whose documents were
// submitted and await verification, earliest due first, each with its submitted files (each opens in the
// browser through HR's document route) and a decision: verified, or rejected with a reason; below, the
// decided ones with their reasons. The list is the task inbox's `documents-verification` tasks joined with
// the applications (commands/recruitment/task-lists.ts); a decision is `verifyDocuments`, the command of
// the API's verification (and the one the inbox's completion hands it to), with the API's schema's rule
// that a rejection says why.
import { idParams } from '../../api/routes/recruitment/shared';
import type { VerificationItem } from '../../commands/recruitment/task-lists';
import { actorOf } from '../../domain/actor';
import { documentsVerificationSchema } from '../../domain/recruitment/schemas';
import { When } from '../candidate/pages';
import type { PageContext } from '../layout';
import { DecisionForm } from './decision-form';
import type { CycleSummary } from './results';
import {
  CandidateCell,
  CandidateHeading,
  decisionIssue,
  DueCell,
  taskListRoutes,
  type DecisionError,
  type TaskListDeps,
  type TaskListKind,
} from './task-list';

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
        <DecisionForm
          ctx={ctx}
          id={id}
          action={action}
          hidden={[['application', item.candidate.applicationId]]}
          legend={ctx.t('hr.tasks.appeals.decision')}
          options={[
            { value: 'verify', label: ctx.t('hr.tasks.documents.verify') },
            { value: 'reject', label: ctx.t('hr.tasks.documents.reject') },
          ]}
          reason={{
            label: ctx.t('hr.tasks.reason'),
            required: false,
            hint: ctx.t('hr.tasks.documents.reasonHint'),
          }}
          submit={ctx.t('hr.tasks.documents.send')}
          error={error}
        />
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
                {i.task.closedBy && i.task.closedAt && (
                  <small>
                    <br />
                    {ctx.t('hr.tasks.decidedBy')}: {i.task.closedBy}
                    <br />
                    <When ctx={ctx} at={i.task.closedAt} />
                  </small>
                )}
              </td>
              <td class="quote">{i.verification?.reason ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The submitted documents of a cycle awaiting verification, decided through `verifyDocuments`. */
export const verificationList: TaskListKind<VerificationItem> = {
  path: 'documents',
  text: (ctx, cycle) => ({
    title: ctx.t('hr.tasks.documents.title', { cycle: cycle.title }),
    open: ctx.t('hr.tasks.documents.open'),
    noneOpen: ctx.t('hr.tasks.documents.noneOpen'),
    done: ctx.t('hr.tasks.documents.done'),
    noSuch: ctx.t('hr.tasks.documents.noSuch'),
  }),
  list: (lists, principal, code, q) => lists.verificationTasks(principal, code, q),
  keyOf: (item) => item.candidate.applicationId,
  formKey: (form) => form.application,
  Open: OpenVerification,
  Done: DecidedVerifications,
  async decide({ ctx, form, cycle, lists, commands, principal }) {
    const id = idParams.shape.id.safeParse(form.application);
    if (!id.success || form.stage !== undefined)
      return { field: 'form', message: ctx.t('hr.tasks.documents.noSuch') };
    const decided = documentsVerificationSchema.safeParse({
      accepted: form.decision === 'verify' ? true : form.decision === 'reject' ? false : undefined,
      ...(form.reason.trim() ? { reason: form.reason } : {}),
    });
    if (!decided.success) return decisionIssue(ctx, decided.error);
    const candidate = await lists.cycleApplication(cycle.code, id.data);
    await commands.verifyDocuments(
      candidate.applicationId,
      decided.data.accepted,
      decided.data.reason,
      actorOf(principal),
    );
    return {
      notice: ctx.t('hr.tasks.documents.decided', {
        name: candidate.name,
        decision: ctx.t(
          decided.data.accepted ? 'hr.tasks.documents.verified' : 'hr.tasks.documents.rejected',
        ),
      }),
    };
  },
};

export const verificationRoutes = (deps: TaskListDeps) => taskListRoutes(deps, verificationList);
