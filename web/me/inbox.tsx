// A staff member's own work (`/me`): who they are by the registry, their unit, how many report to them,
// their open tasks (each linked to the form that completes it, due in WITA, the overdue, reminded and
// escalated marked), the late tasks of their reports that were escalated to them, and links to their
// appraisal years and, for a supervisor, their team.
import type { Principal } from '../../domain/actor';
import type { TaskView } from '../../domain/tasks';
import { Layout, type PageContext } from '../layout';
import { SignedIn } from '../staff/pages';
import { Notices, TaskLine } from './parts';

export interface MeData {
  principal: Principal;
  employee?: { name: string; unitCode: string };
  reports: number;
  tasks: TaskView[];
  /** Open tasks of the reader's reports, past their due date and escalated to the reader. */
  escalations: TaskView[];
  /** The years with an appraisal of the reader, latest first. */
  years: number[];
  notice?: string;
}

export function MePage({ ctx, data }: { ctx: PageContext; data: MeData }) {
  const { principal, employee, reports, tasks, escalations, years } = data;
  return (
    <Layout ctx={ctx} title={ctx.t('staff.me.title')} home="/me">
      <SignedIn ctx={ctx} principal={principal} name={employee?.name} />
      <Notices ctx={ctx} notice={data.notice} />
      {employee && <p>{ctx.t('staff.me.unit', { unit: employee.unitCode })}</p>}
      {principal.role === 'supervisor' && (
        <p>
          {ctx.t('staff.me.reports', { count: reports })}{' '}
          <a href="/me/team" id="team-link">
            {ctx.t('me.team.link')}
          </a>
        </p>
      )}
      <ul id="sections">
        <li>
          <a href="/me/attendance" id="attendance-link">
            {ctx.t('me.sections.attendance')}
          </a>
        </li>
        <li>
          <a href="/me/training" id="training-link">
            {ctx.t('me.sections.training')}
          </a>
        </li>
        <li>
          <a href="/me/awards" id="awards-link">
            {ctx.t('awards.title')}
          </a>
        </li>
      </ul>
      <h2 id="tasks-h">{ctx.t('staff.me.tasks')}</h2>
      {tasks.length === 0 ? (
        <p>{ctx.t('staff.me.noTasks')}</p>
      ) : (
        <ul class="inbox" id="tasks" aria-labelledby="tasks-h">
          {tasks.map((task) => (
            <TaskLine key={task.id} ctx={ctx} task={task} />
          ))}
        </ul>
      )}
      {escalations.length > 0 && (
        <>
          <h2 id="escalations-h">{ctx.t('me.inbox.escalations')}</h2>
          <p>{ctx.t('me.inbox.escalationsHint')}</p>
          <ul id="escalations" aria-labelledby="escalations-h">
            {escalations.map((task) => (
              <TaskLine
                key={task.id}
                ctx={ctx}
                task={task}
                link={false}
                id={`escalation-${task.id}`}
                lead={ctx.t('me.inbox.escalation', { assignee: task.assigneeName })}
              />
            ))}
          </ul>
        </>
      )}
      <h2 id="years-h">{ctx.t('me.inbox.years')}</h2>
      {years.length === 0 ? (
        <p>{ctx.t('me.inbox.noYears')}</p>
      ) : (
        <ul id="years" aria-labelledby="years-h">
          {years.map((y) => (
            <li key={y}>
              <a href={`/me/appraisal/${y}`}>{ctx.t('me.year.title', { year: y })}</a>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
