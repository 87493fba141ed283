// "My team" (`/me/team?year=`): each person reporting to the reader (by the registry), where their year
// stands and what waits on the reader about them (approvals, ratings), and the reader's other open tasks of
// the year (an objection of someone their report appraises). A report's page (`/me/team/<year>/<nip>`):
// their year as the employee sees it, the forms of the reader's open tasks about them, and feedback notes.
import type { TeamMember } from '../../commands/appraisal/team';
import { predikatNames, type AppraisalRules, type UnitResult } from '../../domain/appraisal/rule-sets';
import type { TaskView } from '../../domain/tasks';
import { textLimits } from '../../domain/text';
import { ratingScriptPath } from '../assets';
import { CsrfField, FieldError, Layout, type PageContext } from '../layout';
import { Notices, phaseName, TaskLine } from './parts';
import { TaskForm, type TaskFormState } from './task-forms';
import { YearRecord, type YearView } from './year';

export interface TeamData {
  year: number;
  years: number[];
  members: TeamMember[];
  otherTasks: TaskView[];
}

export function TeamPage({ ctx, data }: { ctx: PageContext; data: TeamData }) {
  const { year, years, members, otherTasks } = data;
  return (
    <Layout ctx={ctx} title={ctx.t('me.team.title', { year })} home="/me">
      <p>
        <a href="/me">{ctx.t('staff.me.title')}</a>
      </p>
      {years.length > 1 && (
        <form method="get" action="/me/team">
          <label for="year">{ctx.t('me.team.year')}</label>
          <select id="year" name="year">
            {years.map((y) => (
              <option key={y} value={y} selected={y === year}>
                {y}
              </option>
            ))}
          </select>
          <button type="submit" class="secondary">
            {ctx.t('me.team.show')}
          </button>
        </form>
      )}
      {members.length === 0 ? (
        <p id="no-team">{ctx.t('me.team.none')}</p>
      ) : (
        <div class="scroll" role="region" aria-labelledby="team-caption" tabIndex={0}>
          <table class="desk" id="team">
            <caption id="team-caption">{ctx.t('me.team.caption', { count: members.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{ctx.t('me.team.name')}</th>
                <th scope="col">{ctx.t('me.year.phase')}</th>
                <th scope="col">{ctx.t('me.year.predikat')}</th>
                <th scope="col">{ctx.t('me.team.waiting')}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.nip} class={m.tasks.some((t) => t.overdue) ? 'overdue' : undefined}>
                  <td>
                    {m.phase === null ? m.name : <a href={`/me/team/${year}/${m.nip}`}>{m.name}</a>}
                    <br />
                    <small>
                      NIP {m.nip} · {m.position}
                    </small>
                  </td>
                  <td>{phaseName(ctx, m.phase)}</td>
                  <td>{m.predikat ? predikatNames[m.predikat] : '–'}</td>
                  <td>
                    {m.tasks.length === 0 ? (
                      ctx.t('me.team.nothing')
                    ) : (
                      <ul>
                        {m.tasks.map((t) => (
                          <TaskLine key={t.id} ctx={ctx} task={t} />
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2 id="others-h">{ctx.t('me.team.others')}</h2>
      {otherTasks.length === 0 ? (
        <p>{ctx.t('staff.me.noTasks')}</p>
      ) : (
        <ul id="other-tasks" aria-labelledby="others-h">
          {otherTasks.map((t) => (
            <TaskLine key={t.id} ctx={ctx} task={t} />
          ))}
        </ul>
      )}
    </Layout>
  );
}

/** A refused feedback note, and what was typed. */
export interface FeedbackError {
  message: string;
  value: string;
}

export interface ReportData {
  view: YearView;
  rules: AppraisalRules;
  /** The reader's open tasks about this employee in the year. */
  myTasks: TaskView[];
  /** For a rating task of a unit head: the unit's own result for the period, which stands for their RHK. */
  unitResults: Map<string, UnitResult>;
  /** Whether the reader is the employee's appraiser (their direct supervisor), who records feedback. */
  appraiser: boolean;
  notice?: string;
  state?: TaskFormState;
  feedbackError?: FeedbackError;
}

export function ReportPage({ ctx, data }: { ctx: PageContext; data: ReportData }) {
  const { view, rules, myTasks, appraiser, state, feedbackError, unitResults } = data;
  const base = `/me/team/${view.year}/${view.nip}`;
  const ended = view.phase === 'done' || view.phase === 'left';
  return (
    <Layout ctx={ctx} title={ctx.t('me.report.title', { name: view.name, year: view.year })} home="/me">
      <p>
        <a href={`/me/team?year=${view.year}`}>{ctx.t('me.team.title', { year: view.year })}</a>
      </p>
      <Notices ctx={ctx} notice={data.notice} />
      <h2 id="my-tasks-h">{ctx.t('me.report.tasks')}</h2>
      {myTasks.length === 0 ? (
        <p id="no-tasks">{ctx.t('me.report.noTasks')}</p>
      ) : (
        <ol class="tasks" id="my-tasks" aria-labelledby="my-tasks-h">
          {myTasks.map((t) => (
            <TaskForm
              key={t.id}
              ctx={ctx}
              task={t}
              action={`${base}/tasks/${t.id}`}
              state={state}
              objection={view.objection}
              currentPredikat={view.predikat}
              unitResult={unitResults.get(t.id) ?? null}
              rules={rules}
            />
          ))}
        </ol>
      )}
      {appraiser && !ended && (
        <form method="post" action={`${base}/feedback`} id="feedback-form">
          <CsrfField ctx={ctx} />
          <label for="feedback-note">{ctx.t('me.feedback.add')}</label>
          <textarea
            id="feedback-note"
            name="note"
            required
            rows={3}
            maxLength={textLimits.reason}
            aria-invalid={feedbackError ? 'true' : undefined}
            aria-describedby={feedbackError ? 'feedback-note-error' : undefined}
          >
            {feedbackError?.value ?? ''}
          </textarea>
          <FieldError id="feedback-note-error" message={feedbackError?.message} />
          <button type="submit">{ctx.t('me.feedback.submit')}</button>
        </form>
      )}
      <YearRecord ctx={ctx} view={view} rules={rules} />
      {myTasks.some((t) => t.type === 'period-rating' || t.type === 'annual-rating') && (
        <script src={ratingScriptPath} defer />
      )}
    </Layout>
  );
}
