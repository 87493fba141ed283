// The staff pages' templates: a message (signed out, a sign-in that failed), who is signed in (also on
// `/me`, web/me/inbox.tsx), HR's desk entry (`/hr`) and one application as
// HR reads it (its status, timeline, appeals, documents, emails and audit trail). Each a typed function of its data, as the candidate's.
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

/** Who is signed in (name and NIP by the registry, their role) and the sign-out form; `/me` shows it too. */
export function SignedIn({
  ctx,
  principal,
  name,
}: {
  ctx: PageContext;
  principal: Principal;
  name?: string;
}) {
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
      <p>
        <a href="/hr/appraisal">{ctx.t('hrYear.link')}</a>
      </p>
      <p>
        <a href="/hr/attendance">{ctx.t('staff.hr.attendanceLink')}</a>
      </p>
      <p>
        <a href="/hr/training">{ctx.t('staff.hr.trainingLink')}</a>
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
export type HrEmails = Awaited<ReturnType<RecruitmentCommands['applicationEmails']>>;
export type HrAudit = Awaited<ReturnType<RecruitmentCommands['applicationAudit']>>;

const kb = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;

/** The timeline's steps: the trail's status moves, and the appeals filed and answered on the way. */
const onTimeline = (r: HrAudit['records'][number]) =>
  r.status !== undefined || r.action.startsWith('application.appeal');

function Timeline({ ctx, app, audit }: { ctx: PageContext; app: HrApplication; audit: HrAudit }) {
  return (
    <>
      <h2 id="timeline-heading">{ctx.t('hrApp.timeline')}</h2>
      <p>{ctx.t('hrApp.timelineNote')}</p>
      <ol id="timeline" aria-labelledby="timeline-heading">
        {audit.records.filter(onTimeline).map((r) => (
          <li key={r.seq}>
            <When ctx={ctx} at={r.at} /> · <strong>{decisionLabel(ctx, r.action)}</strong>{' '}
            {ctx.t('hrApp.by', { actor: r.actor, role: r.role })}
            {r.reason ? `: ${r.reason}` : ''}
          </li>
        ))}
        <li>{ctx.t('hrApp.now', { status: statusLabels[app.status][ctx.lang] })}</li>
      </ol>
    </>
  );
}

function Emails({ ctx, emails }: { ctx: PageContext; emails: HrEmails }) {
  if (emails.emails.length === 0) return <p>{ctx.t('hrApp.noEmails')}</p>;
  return (
    <div class="scroll" role="region" aria-label={ctx.t('hrApp.emailsLabel')} tabIndex={0}>
      <table id="emails">
        <thead>
          <tr>
            <th scope="col">{ctx.t('hrApp.col.template')}</th>
            <th scope="col">{ctx.t('hrApp.col.subject')}</th>
            <th scope="col">{ctx.t('hrApp.col.queued')}</th>
            <th scope="col">{ctx.t('hrApp.col.outcome')}</th>
            <th scope="col">{ctx.t('hrApp.col.messageId')}</th>
          </tr>
        </thead>
        <tbody>
          {emails.emails.map((m) => (
            <tr key={m.step}>
              <td>{m.template}</td>
              <td>{m.erased ? ctx.t('hrApp.erased') : m.subject}</td>
              <td>
                <When ctx={ctx} at={m.queuedAt} />
              </td>
              <td>
                {m.sentAt ? (
                  <When ctx={ctx} at={m.sentAt} />
                ) : m.failedAt ? (
                  <>
                    <When ctx={ctx} at={m.failedAt} /> · {ctx.t('hrApp.failed', { why: m.failure ?? '' })}
                  </>
                ) : (
                  ctx.t('hrApp.pending')
                )}
              </td>
              <td>
                <code>{m.messageId ?? ''}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AuditTrail({ ctx, audit }: { ctx: PageContext; audit: HrAudit }) {
  const bad = audit.records.filter((r) => r.problem).length;
  return (
    <>
      <p id="audit-verdict" class={audit.verified.ok ? undefined : 'notice'}>
        {audit.verified.ok
          ? ctx.t('hrApp.auditOk', { count: audit.verified.checked })
          : ctx.t('hrApp.auditBad', { count: bad })}
      </p>
      <div class="scroll" role="region" aria-label={ctx.t('hrApp.auditLabel')} tabIndex={0}>
        <table id="audit">
          <thead>
            <tr>
              <th scope="col">{ctx.t('hrApp.col.seq')}</th>
              <th scope="col">{ctx.t('hrApp.col.at')}</th>
              <th scope="col">{ctx.t('hrApp.col.actor')}</th>
              <th scope="col">{ctx.t('hrApp.col.role')}</th>
              <th scope="col">{ctx.t('hrApp.col.action')}</th>
              <th scope="col">{ctx.t('hrApp.col.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {audit.records.map((r) => (
              <tr key={r.seq}>
                <td>{r.seq}</td>
                <td>
                  <When ctx={ctx} at={r.at} />
                </td>
                <td>{r.actor}</td>
                <td>{r.role}</td>
                <td>
                  <code>{r.action}</code>
                </td>
                <td>
                  {r.erased ? ctx.t('hrApp.erased') : r.reason}
                  {r.problem ? ` · ${r.problem}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export function HrApplicationPage(props: {
  ctx: PageContext;
  principal: Principal;
  app: HrApplication;
  documents: HrDocuments;
  emails: HrEmails;
  audit: HrAudit;
}) {
  const { ctx, principal, app, documents, emails, audit } = props;
  const uploaded = documents.documents.filter((d) => d.file);
  const appeals = Object.entries(app.appeals ?? {});
  const cycle = `/hr/recruitment/cycles/${app.cycleCode}`;
  return (
    <Layout ctx={ctx} title={`${ctx.t('staff.app.title')} ${app.applicationId}`} home="/hr">
      <SignedIn ctx={ctx} principal={principal} />
      <dl>
        <dt>{ctx.t('staff.app.status')}</dt>
        <dd id="status">{statusLabels[app.status][ctx.lang]}</dd>
        <dt>{ctx.t('staff.app.formation')}</dt>
        <dd>
          {app.formationCode} · <a href={cycle}>{app.cycleCode}</a>
        </dd>
      </dl>
      <nav aria-label={ctx.t('hrApp.links')}>
        <ul id="links">
          <li>
            <a href={`${cycle}/screening?id=${encodeURIComponent(app.applicationId)}`}>
              {ctx.t('hrApp.screening')}
            </a>
          </li>
          <li>
            <a href={`${cycle}/appeals`}>{ctx.t('hrApp.appealsList')}</a>
          </li>
          <li>
            <a href={`${cycle}/documents`}>{ctx.t('hrApp.documentsList')}</a>
          </li>
          <li>
            <a href={`${cycle}/evidence`}>{ctx.t('hrApp.evidence')}</a>
          </li>
        </ul>
      </nav>
      <Timeline ctx={ctx} app={app} audit={audit} />
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
              {/* Opens in the browser's own viewer (served inline and sandboxed), in a new tab. */}
              <a
                href={`/hr/recruitment/applications/${app.applicationId}/documents/${d.kind}`}
                target="_blank"
                rel="noopener"
              >
                {d.label[ctx.lang]}
              </a>{' '}
              ({d.file!.contentType === 'application/pdf' ? 'PDF' : 'JPEG'}, {kb(d.file!.size)},{' '}
              <When ctx={ctx} at={d.file!.uploadedAt} />)
            </li>
          ))}
        </ul>
      )}
      <h2>{ctx.t('hrApp.emails')}</h2>
      <Emails ctx={ctx} emails={emails} />
      <h2>{ctx.t('hrApp.audit')}</h2>
      <AuditTrail ctx={ctx} audit={audit} />
    </Layout>
  );
}
