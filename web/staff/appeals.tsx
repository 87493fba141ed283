// HR's appeals (sanggah) of a cycle as a task list (issue 11): the open ones first, earliest due first,
// each with the candidate, the stage, the candidate's reason, when it was sent and when HR must answer
// (overdue, reminded, escalated), and a form to accept or reject it with a reason; below, the answered
// ones with each decision, its reason, who and when. The list is the task inbox joined with the
// applications (commands/recruitment/task-lists.ts). A decision goes to `decideAppeal`, the command of the
// API's appeal decision (and the one the inbox's completion hands an appeal to): the page knows the
// application and the stage, and the workflow refuses a stage with no pending appeal.
import { z } from 'zod';
import { idParams } from '../../api/routes/recruitment/shared';
import type { AppealItem } from '../../commands/recruitment/task-lists';
import { actorOf } from '../../domain/actor';
import { appealDecisionSchema } from '../../domain/recruitment/schemas';
import { announcementLabels, announcementStages } from '../../domain/recruitment/stages';
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
        <DecisionForm
          ctx={ctx}
          id={id}
          action={action}
          hidden={[
            ['application', item.candidate.applicationId],
            ['stage', item.stage],
          ]}
          legend={ctx.t('hr.tasks.appeals.decision')}
          options={[
            { value: 'accept', label: ctx.t('hr.tasks.appeals.accept') },
            { value: 'reject', label: ctx.t('hr.tasks.appeals.reject') },
          ]}
          reason={{ label: ctx.t('hr.tasks.reason'), required: true }}
          submit={ctx.t('hr.tasks.appeals.answer')}
          error={error}
        />
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

/** The appeals of a cycle, decided through `decideAppeal`. */
export const appealsList: TaskListKind<AppealItem> = {
  path: 'appeals',
  text: (ctx, cycle) => ({
    title: ctx.t('hr.tasks.appeals.title', { cycle: cycle.title }),
    open: ctx.t('hr.tasks.appeals.open'),
    noneOpen: ctx.t('hr.tasks.appeals.noneOpen'),
    done: ctx.t('hr.tasks.appeals.done'),
    noSuch: ctx.t('hr.tasks.appeals.noSuch'),
  }),
  list: (lists, principal, code, q) => lists.appealTasks(principal, code, q),
  keyOf,
  formKey: (form) => `${form.application}/${form.stage ?? ''}`,
  Open: OpenAppeal,
  Done: AnsweredAppeals,
  async decide({ ctx, form, cycle, lists, commands, principal }) {
    const id = idParams.shape.id.safeParse(form.application);
    const stage = z.enum(announcementStages).safeParse(form.stage);
    if (!id.success || !stage.success) return { field: 'form', message: ctx.t('hr.tasks.appeals.noSuch') };
    const decided = appealDecisionSchema.safeParse({
      accepted: form.decision === 'accept' ? true : form.decision === 'reject' ? false : undefined,
      reason: form.reason,
    });
    if (!decided.success) return decisionIssue(ctx, decided.error);
    const candidate = await lists.cycleApplication(cycle.code, id.data);
    await commands.decideAppeal(
      candidate.applicationId,
      stage.data,
      decided.data.accepted,
      decided.data.reason,
      actorOf(principal),
    );
    return {
      notice: ctx.t('hr.tasks.appeals.decided', {
        name: candidate.name,
        decision: ctx.t(decided.data.accepted ? 'hr.tasks.appeals.accepted' : 'hr.tasks.appeals.rejected'),
      }),
    };
  },
};

export const appealsRoutes = (deps: TaskListDeps) => taskListRoutes(deps, appealsList);
