// The candidate's pages, each a typed function of its data: the status page (summary with the registration
// number, results with why each came out as it did, links to the formation's published rankings, open
// deadlines with time left, the appeal forms while a window is open, the appeals filed, the timeline of
// decisions, the emails sent), the withdrawal's confirmation, "send my link again", and a plain message
// page (a link that no longer works, no session). What is open and what a withdrawal costs come from
// domain/recruitment/candidate-status.ts; the pages only show it.
import type { CandidateStatus } from '../../domain/recruitment/candidate-status';
import {
  announcementStages,
  statusLabels,
  transitions,
  type AnnouncementStage,
} from '../../domain/recruitment/stages';
import type { ApplicationStatus, ApplicationAction } from '../../domain/recruitment/stages';
import { textLimits } from '../../domain/text';
import { formatInstant, formatTimeLeft } from '../../domain/time';
import type { RecruitmentCommands } from '../../commands/recruitment/commands';
import type { Explanation } from '../../domain/recruitment/explanations';
import { CsrfField, FieldError, Layout, type PageContext } from '../layout';
import { DocumentsSection, type DocumentsData, type DocumentsError } from './documents';
import { rankingPath } from '../public/ranking';
import { messages, type MessageKey } from '../../domain/messages';

export type CandidateData = Awaited<ReturnType<RecruitmentCommands['candidateStatus']>>;

const stageName = (ctx: PageContext, s: AnnouncementStage) => ctx.t(`candidate.appeal.stage.${s}`);

export function When({ ctx, at }: { ctx: PageContext; at: string | number | Date }) {
  return <time dateTime={new Date(at).toISOString()}>{formatInstant(at, ctx.lang)}</time>;
}

/** The timeline's own words for a decision: 'timeline.' + the audit trail's action. */
type TimelineKey = Extract<MessageKey, `timeline.${string}`>;

/** A decision of the audit trail in words: a move of the transition table says the status it led to. */
export function decisionLabel(ctx: PageContext, action: string): string {
  const own = `timeline.${action}`;
  if (Object.hasOwn(messages, own)) return ctx.t(own as TimelineKey);
  const move = transitions.find(
    (t) => `application.${t.action}` === (action as `application.${ApplicationAction}`),
  );
  return move ? statusLabels[move.to][ctx.lang] : action;
}

/** A result's explanation in the reader's language (domain/recruitment/explanations.ts wrote both). */
function Why({ ctx, id, text }: { ctx: PageContext; id: string; text?: Explanation }) {
  if (!text) return null;
  return (
    <p class="why" id={id}>
      <strong>{ctx.t('candidate.why')}:</strong> {text[ctx.lang]}
    </p>
  );
}

function SignOut({ ctx }: { ctx: PageContext }) {
  return (
    <form method="post" action="/candidate/signout">
      <CsrfField ctx={ctx} />
      <button type="submit" class="link">
        {ctx.t('candidate.signOut')}
      </button>
    </form>
  );
}

export interface StatusPageProps {
  ctx: PageContext;
  data: CandidateData;
  status: CandidateStatus;
  notice?: MessageKey;
  /** A refusal or a validation message beside a stage's appeal form, and the reason typed. */
  appealError?: { stage: AnnouncementStage; message: string; reason: string };
  /** The document stage's section, while the window is open, with a refusal beside its form. */
  documents?: { data: DocumentsData; error?: DocumentsError };
}

export function StatusPage({ ctx, data, status, notice, appealError, documents }: StatusPageProps) {
  const { t } = ctx;
  const app = data.application;
  const label = (s: string) => statusLabels[s as ApplicationStatus]?.[ctx.lang] ?? s;
  const why = data.explanations;
  return (
    <Layout ctx={ctx} title={t('candidate.title')}>
      {notice && (
        <p class="notice" role="status">
          {t(notice)}
        </p>
      )}
      <h2>{t('candidate.summary')}</h2>
      <dl>
        <dt>{t('candidate.name')}</dt>
        <dd>{app.name}</dd>
        <dt>{t('candidate.cycle')}</dt>
        <dd>{data.cycle.title}</dd>
        <dt>{t('candidate.formation')}</dt>
        <dd>{app.formationCode}</dd>
        <dt>{t('candidate.registrationNumber')}</dt>
        <dd id="registration-number">
          {app.registrationNumber ?? <em>{t('candidate.registrationNumber.none')}</em>}
        </dd>
        <dt>{t('candidate.applicationId')}</dt>
        <dd>{app.applicationId}</dd>
        <dt>{t('candidate.status')}</dt>
        <dd id="status">{label(app.status)}</dd>
      </dl>

      <h2>{t('candidate.results')}</h2>
      {!app.screening && !app.skd && !why.skbCut && !app.skb && !app.final ? (
        <p>{t('candidate.noResults')}</p>
      ) : (
        <dl>
          {app.screening && (
            <>
              <dt>{t('candidate.screening')}</dt>
              <dd>
                {app.screening.decision}
                {app.screening.reason ? ` — ${app.screening.reason}` : ''}
                <Why ctx={ctx} id="why-screening" text={why.screening} />
              </dd>
            </>
          )}
          {app.skd && (
            <>
              <dt>{t('candidate.skd')}</dt>
              <dd>
                {t('candidate.skdScores', app.skd)}
                <Why ctx={ctx} id="why-skd" text={why.skd} />
              </dd>
            </>
          )}
          {why.skbCut && (
            <>
              <dt>{t('candidate.skbCut')}</dt>
              <dd>
                <Why ctx={ctx} id="why-skb-cut" text={why.skbCut} />
              </dd>
            </>
          )}
          {app.skb && (
            <>
              <dt>{t('candidate.skb')}</dt>
              <dd>{app.skb.score}</dd>
            </>
          )}
          {app.final && (
            <>
              <dt>{t('candidate.final')}</dt>
              <dd>
                {t('candidate.finalScore', app.final)}
                <Why ctx={ctx} id="why-final" text={why.final} />
              </dd>
            </>
          )}
        </dl>
      )}
      {data.rankings.length > 0 && (
        <>
          <h2>{t('candidate.rankings')}</h2>
          <ul id="rankings">
            {data.rankings.map((stage) => (
              <li key={stage}>
                <a href={rankingPath(app.cycleCode, app.formationCode, stage)}>
                  {t(`ranking.stage.${stage}`)}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}

      <h2>{t('candidate.deadlines')}</h2>
      {status.deadlines.length === 0 ? (
        <p>{t('candidate.noDeadlines')}</p>
      ) : (
        <ul id="deadlines">
          {status.deadlines.map((d) => (
            <li key={d.kind}>
              <strong>{t(`candidate.deadline.${d.kind}`)}</strong>{' '}
              {t('candidate.deadline.until', {
                at: formatInstant(d.closesAt, ctx.lang),
                left: formatTimeLeft(d.msLeft, ctx.lang),
              })}
            </li>
          ))}
        </ul>
      )}

      {status.appealable.map((stage) => {
        const error = appealError?.stage === stage ? appealError : undefined;
        const field = `reason-${stage}`;
        return (
          <form method="post" action="/candidate/appeal" key={stage}>
            <h3>{t('candidate.appeal.heading', { stage: stageName(ctx, stage) })}</h3>
            <CsrfField ctx={ctx} />
            <input type="hidden" name="stage" value={stage} />
            <label for={field}>{t('candidate.appeal.reason')}</label>
            <p class="hint" id={`${field}-hint`}>
              {t('candidate.appeal.hint', { max: textLimits.reason })}
            </p>
            <FieldError id={`${field}-error`} message={error?.message} />
            <textarea
              id={field}
              name="reason"
              required
              maxLength={textLimits.reason}
              aria-describedby={error ? `${field}-hint ${field}-error` : `${field}-hint`}
              aria-invalid={error ? 'true' : undefined}
            >
              {error?.reason ?? ''}
            </textarea>
            <button type="submit">{t('candidate.appeal.submit')}</button>
          </form>
        );
      })}
      {appealError && !status.appealable.includes(appealError.stage) && (
        <FieldError id="appeal-error" message={appealError.message} />
      )}

      {documents && <DocumentsSection ctx={ctx} data={documents.data} error={documents.error} />}

      {announcementStages.some((s) => app.appeals[s]) && (
        <>
          <h2>{t('candidate.appeals')}</h2>
          <ul id="appeals">
            {announcementStages.map((s) => {
              const a = app.appeals[s];
              if (!a) return null;
              return (
                <li key={s}>
                  {t('candidate.appeal.record', {
                    stage: stageName(ctx, s),
                    at: formatInstant(a.at, ctx.lang),
                  })}
                  {': '}
                  {a.status === 'pending'
                    ? t('candidate.appeal.pending', { by: formatInstant(a.answerBy, ctx.lang) })
                    : `${t(a.status === 'accepted' ? 'candidate.appeal.accepted' : 'candidate.appeal.rejected')}${
                        a.decision?.reason ? ` — ${a.decision.reason}` : ''
                      }`}
                </li>
              );
            })}
          </ul>
        </>
      )}

      {status.mayWithdraw && (
        <p>
          <a href="/candidate/withdraw">{t('candidate.withdraw.link')}</a>
        </p>
      )}

      <h2>{t('candidate.timeline')}</h2>
      {app.history.length === 0 ? (
        <p>{t('candidate.timeline.empty')}</p>
      ) : (
        <ol id="timeline">
          {app.history.map((h, i) => (
            <li key={i}>
              <When ctx={ctx} at={h.at} />: <strong>{decisionLabel(ctx, h.action)}</strong>
              {h.reason ? ` — ${h.reason}` : ''}
            </li>
          ))}
        </ol>
      )}

      <h2>{t('candidate.emails')}</h2>
      {data.emails.length === 0 ? (
        <p>{t('candidate.emails.none')}</p>
      ) : (
        <ul id="emails">
          {data.emails.map((m, i) => (
            <li key={i}>
              {m.sentAt || m.createdAt ? <When ctx={ctx} at={(m.sentAt ?? m.createdAt)!} /> : null}:{' '}
              {m.subject} ({t(`candidate.email.${m.status as 'sent' | 'pending' | 'failed'}`)})
            </li>
          ))}
        </ul>
      )}
      <SignOut ctx={ctx} />
    </Layout>
  );
}

export function WithdrawPage(props: {
  ctx: PageContext;
  status: CandidateStatus;
  error?: string;
  reason?: string;
}) {
  const { ctx, status, error, reason } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('candidate.withdraw.title')}>
      <p>{t('candidate.withdraw.consequence')}</p>
      {status.withdrawalBans.length > 0 && (
        <p class="error" id="ban">
          {t('candidate.withdraw.ban', { years: status.withdrawalBans.join(', ') })}
        </p>
      )}
      {status.mayWithdraw ? (
        <form method="post" action="/candidate/withdraw">
          <CsrfField ctx={ctx} />
          <label for="reason">{t('candidate.withdraw.reason')}</label>
          <FieldError id="reason-error" message={error} />
          <textarea
            id="reason"
            name="reason"
            required
            maxLength={textLimits.reason}
            aria-describedby={error ? 'reason-error' : undefined}
            aria-invalid={error ? 'true' : undefined}
          >
            {reason ?? ''}
          </textarea>
          <button type="submit" class="danger">
            {t('candidate.withdraw.submit')}
          </button>
        </form>
      ) : (
        <FieldError id="reason-error" message={error ?? t('candidate.withdraw.refused')} />
      )}
      <p>
        <a href="/candidate">{t('candidate.withdraw.cancel')}</a>
      </p>
    </Layout>
  );
}

export function RecoverPage(props: {
  ctx: PageContext;
  sent?: boolean;
  error?: string;
  values?: { nik?: string; birthDate?: string; email?: string };
}) {
  const { ctx, sent, error, values } = props;
  const { t } = ctx;
  const described = (hint: string) => (error ? `${hint} recover-error` : hint);
  return (
    <Layout ctx={ctx} title={t('candidate.recover.title')}>
      {sent && (
        <p class="notice" role="status" id="recover-sent">
          {t('candidate.recover.sent')}
        </p>
      )}
      <p id="recover-intro">{t('candidate.recover.intro')}</p>
      <FieldError id="recover-error" message={error} />
      <form method="post" action="/candidate/recover">
        <CsrfField ctx={ctx} />
        <label for="nik">{t('candidate.recover.nik')}</label>
        <input
          id="nik"
          name="nik"
          inputMode="numeric"
          pattern="[0-9]{16}"
          maxLength={16}
          required
          autoComplete="off"
          value={values?.nik ?? ''}
          aria-describedby={described('recover-intro')}
        />
        <label for="birthDate">{t('candidate.recover.birthDate')}</label>
        <input
          id="birthDate"
          name="birthDate"
          type="date"
          required
          value={values?.birthDate ?? ''}
          aria-describedby={described('recover-intro')}
        />
        <label for="email">{t('candidate.recover.email')}</label>
        <input
          id="email"
          name="email"
          type="email"
          maxLength={254}
          required
          autoComplete="email"
          value={values?.email ?? ''}
          aria-describedby={described('recover-intro')}
        />
        <button type="submit">{t('candidate.recover.submit')}</button>
      </form>
    </Layout>
  );
}

/** A page that only says something: a link that no longer works, no session yet, an error. */
export function MessagePage(props: {
  ctx: PageContext;
  title: string;
  message: string;
  recoverLink?: boolean;
  signOut?: boolean;
}) {
  const { ctx, title, message, recoverLink, signOut } = props;
  return (
    <Layout ctx={ctx} title={title}>
      <p id="message">{message}</p>
      {recoverLink && (
        <p>
          <a href="/candidate/recover">{ctx.t('candidate.recoverLink')}</a>
        </p>
      )}
      {signOut && <SignOut ctx={ctx} />}
    </Layout>
  );
}
