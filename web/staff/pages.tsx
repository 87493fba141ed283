// The staff pages' templates: a message (signed out, a sign-in that failed), a staff member's own work
// (`/me`: who they are by the registry, their open tasks), HR's desk entry (`/hr`) and one application as
// HR reads it (its status, appeals and decisions). Each a typed function of its data, as the candidate's.
import type { TaskView } from '../../domain/tasks';
import { taskTitle } from '../../domain/tasks';
import type { Principal } from '../../domain/actor';
import { statusLabels, type AnnouncementStage } from '../../domain/recruitment/stages';
import type { RecruitmentCommands } from '../../commands/recruitment/commands';
import { decisionLabel, When } from '../candidate/pages';
import { CsrfField, Layout, type PageContext } from '../layout';
import type { MessageKey } from '../../domain/messages';

const roleKey = (p: Principal): MessageKey =>
  p.role === 'hr'
    ? 'staff.role.hr'
    : p.role === 'supervisor'
      ? 'staff.role.supervisor'
      : 'staff.role.employee';

function SignedIn({ ctx, principal, name }: { ctx: PageContext; principal: Principal; name?: string }) {
  const who = name ? `${name}${principal.nip ? ` (NIP ${principal.nip})` : ''}` : principal.sub;
  return (
    <div class="signed-in">
      <p>{ctx.t('staff.signedInAs', { who, role: ctx.t(roleKey(principal)) })}</p>
      <form method="post" action="/signout">
        <CsrfField ctx={ctx} />
        <button type="submit" class="link">
          {ctx.t('staff.signOut')}
        </button>
      </form>
    </div>
  );
}

export function StaffMessagePage(props: {
  ctx: PageContext;
  title: string;
  message: string;
  signInLink?: boolean;
}) {
  const { ctx, title, message, signInLink } = props;
  return (
    <Layout ctx={ctx} title={title} home="/signin">
      <p id="message">{message}</p>
      {signInLink && (
        <p>
          <a href="/signin">{ctx.t('staff.signIn.button')}</a>
        </p>
      )}
    </Layout>
  );
}

export interface MeData {
  principal: Principal;
  employee?: { name: string; unitCode: string };
  reports: number;
  tasks: TaskView[];
}

export function MePage({ ctx, data }: { ctx: PageContext; data: MeData }) {
  const { principal, employee, reports, tasks } = data;
  return (
    <Layout ctx={ctx} title={ctx.t('staff.me.title')} home="/me">
      <SignedIn ctx={ctx} principal={principal} name={employee?.name} />
      {employee && <p>{ctx.t('staff.me.unit', { unit: employee.unitCode })}</p>}
      {principal.role === 'supervisor' && <p>{ctx.t('staff.me.reports', { count: reports })}</p>}
      <h2>{ctx.t('staff.me.tasks')}</h2>
      {tasks.length === 0 ? (
        <p>{ctx.t('staff.me.noTasks')}</p>
      ) : (
        <ul class="tasks">
          {tasks.map((task) => (
            <li key={task.id}>
              {taskTitle(task.type, ctx.lang)}
              {task.subjectName ? `: ${task.subjectName}` : ''} · {ctx.t('staff.task.due')}{' '}
              <When ctx={ctx} at={task.dueAt} />
              {task.overdue && <strong> · {ctx.t('staff.task.overdue')}</strong>}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

export interface HrHomeData {
  principal: Principal;
  cycles: { code: string; title: string; phase: string }[];
}

export function HrHomePage({ ctx, data }: { ctx: PageContext; data: HrHomeData }) {
  return (
    <Layout ctx={ctx} title={ctx.t('staff.hr.title')} home="/hr">
      <SignedIn ctx={ctx} principal={data.principal} />
      <p>
        <a href="/hr/recruitment">{ctx.t('hr.cycles.link')}</a>
      </p>
      <h2>{ctx.t('staff.hr.cycles')}</h2>
      {data.cycles.length === 0 ? (
        <p>{ctx.t('staff.hr.noCycles')}</p>
      ) : (
        <ul>
          {data.cycles.map((c) => (
            <li key={c.code}>
              <a href={`/hr/recruitment/cycles/${c.code}`}>{c.title}</a> ({c.code}) · {c.phase}
            </li>
          ))}
        </ul>
      )}
      <h2>{ctx.t('staff.hr.open')}</h2>
      <form method="get" action="/hr/recruitment/applications">
        <label for="application">{ctx.t('staff.hr.applicationId')}</label>
        <input id="application" name="id" required maxLength={200} autoComplete="off" />
        <button type="submit">{ctx.t('staff.hr.go')}</button>
      </form>
    </Layout>
  );
}

export type HrApplication = Awaited<ReturnType<RecruitmentCommands['getApplication']>>;
export type HrDocuments = Awaited<ReturnType<RecruitmentCommands['listDocuments']>>;

const kb = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;

export function HrApplicationPage(props: {
  ctx: PageContext;
  principal: Principal;
  app: HrApplication;
  documents: HrDocuments;
}) {
  const { ctx, principal, app, documents } = props;
  const uploaded = documents.documents.filter((d) => d.file);
  const appeals = Object.entries(app.appeals ?? {});
  return (
    <Layout ctx={ctx} title={`${ctx.t('staff.app.title')} ${app.applicationId}`} home="/hr">
      <SignedIn ctx={ctx} principal={principal} />
      <dl>
        <dt>{ctx.t('staff.app.status')}</dt>
        <dd id="status">{statusLabels[app.status][ctx.lang]}</dd>
        <dt>{ctx.t('staff.app.formation')}</dt>
        <dd>
          {app.formationCode} · {app.cycleCode}
        </dd>
      </dl>
      <h2>{ctx.t('staff.app.appeals')}</h2>
      {appeals.length === 0 ? (
        <p>{ctx.t('staff.app.noAppeals')}</p>
      ) : (
        <ul id="appeals">
          {appeals.map(([stage, a]) => (
            <li key={stage}>
              <p>
                {ctx.t('staff.app.appealOf', {
                  stage: ctx.t(`candidate.appeal.stage.${stage as AnnouncementStage}`),
                })}{' '}
                <When ctx={ctx} at={a.at} />
              </p>
              <blockquote>{a.reason}</blockquote>
              <p>
                {a.decision
                  ? ctx.t('staff.app.answer', { decision: `${a.status}: ${a.decision.reason}` })
                  : ctx.t('staff.app.unanswered')}
              </p>
            </li>
          ))}
        </ul>
      )}
      <h2>{ctx.t('staff.app.documents')}</h2>
      {uploaded.length === 0 ? (
        <p>{ctx.t('staff.app.noDocuments')}</p>
      ) : (
        <ul id="documents">
          {uploaded.map((d) => (
            <li key={d.kind}>
              <a href={`/hr/recruitment/applications/${app.applicationId}/documents/${d.kind}`}>
                {d.label[ctx.lang]}
              </a>{' '}
              ({d.file!.contentType === 'application/pdf' ? 'PDF' : 'JPEG'}, {kb(d.file!.size)},{' '}
              <When ctx={ctx} at={d.file!.uploadedAt} />)
            </li>
          ))}
        </ul>
      )}
      <h2>{ctx.t('staff.app.history')}</h2>
      <ol>
        {app.history.map((h, i) => (
          <li key={i}>
            <When ctx={ctx} at={h.at} /> · {decisionLabel(ctx, h.action)}
            {h.reason ? `: ${h.reason}` : ''}
          </li>
        ))}
      </ol>
    </Layout>
  );
}
