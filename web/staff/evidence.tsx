// A cycle's merit-system evidence page (issue 11, `/hr/recruitment/cycles/:code/evidence`): what an
// auditor of the merit system asks for, each item with its count and its exceptions, computed by the same
// command as the API's merit-evidence operation (commands/recruitment/merit-evidence.ts). Read only.
import express, { type Request, type Response, type Router } from 'express';
import type { RecruitmentCommands } from '../../commands/recruitment/commands';
import type { Principal } from '../../domain/actor';
import type { MessageKey } from '../../domain/messages';
import { decisionKinds, type DecisionKind, type Problem } from '../../domain/recruitment/merit-evidence';
import { formatTimeLeft } from '../../domain/time';
import { When } from '../candidate/pages';
import { pageContext } from '../context';
import { Layout, type PageContext } from '../layout';
import { sendPage } from '../render';
import { cycleSummary } from './results';

export type MeritEvidenceData = Awaited<ReturnType<RecruitmentCommands['meritEvidence']>>;

const by = (ctx: PageContext, ms: number | undefined) => formatTimeLeft(Math.abs(ms ?? 0), ctx.lang);

/** A problem of the evidence in words (those with a duration say how much). */
function problemText(ctx: PageContext, problem: Problem, ms?: number): string {
  switch (problem) {
    case 'early':
    case 'late':
    case 'answered-late':
    case 'unanswered':
      return ctx.t(`evidence.problem.${problem}`, { by: by(ctx, ms) });
    case 'missing':
    case 'no-reason':
    case 'no-actor':
    case 'not-a-person':
    case 'outside-window':
      return ctx.t(`evidence.problem.${problem}`);
    default:
      return problem;
  }
}

/** An exception's subject: a link to the application's page where the trail's subject is one. */
function Subject({ x }: { x: { subject: string; applicationId?: string } }) {
  return x.applicationId ? (
    <a href={`/hr/recruitment/applications/${x.applicationId}`}>{x.applicationId}</a>
  ) : (
    <code>{x.subject}</code>
  );
}

function Exceptions({ ctx, count }: { ctx: PageContext; count: number }) {
  return <p class="exceptions">{count ? ctx.t('evidence.exceptions', { count }) : ctx.t('evidence.none')}</p>;
}

function OpenSelection({ ctx, e }: { ctx: PageContext; e: MeritEvidenceData }) {
  const { open } = e;
  const rows = [
    ['evidence.opened', open.opened],
    ['evidence.closed', open.closed],
  ] as const;
  return (
    <section aria-labelledby="open-heading" id="open">
      <h2 id="open-heading">{ctx.t('evidence.open')}</h2>
      <Exceptions ctx={ctx} count={open.exceptions} />
      <p>
        {open.ruleSet ? ctx.t('evidence.ruleSet', { id: open.ruleSet }) : ctx.t('evidence.ruleSetMissing')}
        {open.ruleSet && open.ruleSet !== e.cycle.ruleSet && (
          <strong>
            {' '}
            {ctx.t('evidence.ruleSetDiffers', { recorded: open.ruleSet, now: e.cycle.ruleSet })}
          </strong>
        )}
      </p>
      <div class="scroll" role="region" aria-label={ctx.t('evidence.datesLabel')} tabIndex={0}>
        <table id="dates">
          <thead>
            <tr>
              <th scope="col">{ctx.t('evidence.col.what')}</th>
              <th scope="col">{ctx.t('evidence.col.published')}</th>
              <th scope="col">{ctx.t('evidence.col.actual')}</th>
              <th scope="col">{ctx.t('evidence.col.verdict')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([key, d]) => (
              <tr key={key}>
                <th scope="row">{ctx.t(key)}</th>
                <td>{d.published ? <When ctx={ctx} at={d.published} /> : ''}</td>
                <td>{d.actual ? <When ctx={ctx} at={d.actual} /> : ''}</td>
                <td>
                  {d.problem ? problemText(ctx, d.problem as Problem, d.offsetMs) : ctx.t('evidence.kept')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p id="channels">{ctx.t('evidence.channels', { count: open.registrations })}</p>
      {open.announcements.length === 0 ? (
        <p>{ctx.t('evidence.noAnnouncements')}</p>
      ) : (
        <div class="scroll" role="region" aria-label={ctx.t('evidence.announcementsLabel')} tabIndex={0}>
          <table id="announcements">
            <thead>
              <tr>
                <th scope="col">{ctx.t('evidence.col.stage')}</th>
                <th scope="col">{ctx.t('evidence.col.announcedAt')}</th>
                <th scope="col">{ctx.t('evidence.col.appealsUntil')}</th>
                <th scope="col">{ctx.t('hrApp.col.actor')}</th>
              </tr>
            </thead>
            <tbody>
              {open.announcements.map((a) => (
                <tr key={`${a.stage}-${a.at}`}>
                  <td>{a.stage}</td>
                  <td>
                    <When ctx={ctx} at={a.at} />
                  </td>
                  <td>{a.closesAt ? <When ctx={ctx} at={a.closesAt} /> : ''}</td>
                  <td>{a.actor}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

const kindKey = (k: DecisionKind): MessageKey => `evidence.kind.${k}`;

function Decisions({ ctx, e }: { ctx: PageContext; e: MeritEvidenceData }) {
  const d = e.decisions;
  return (
    <section aria-labelledby="decisions-heading" id="decisions">
      <h2 id="decisions-heading">{ctx.t('evidence.decisions')}</h2>
      <p id="decisions-count">
        {ctx.t('evidence.decisionsCount', { ok: d.withReasonAndPerson, total: d.total })}
      </p>
      <p>{ctx.t('evidence.decisionsRule')}</p>
      <div class="scroll" role="region" aria-label={ctx.t('evidence.byKindLabel')} tabIndex={0}>
        <table id="decision-kinds">
          <thead>
            <tr>
              <th scope="col">{ctx.t('evidence.col.kind')}</th>
              <th scope="col">{ctx.t('evidence.col.count')}</th>
            </tr>
          </thead>
          <tbody>
            {(Object.keys(decisionKinds) as DecisionKind[]).map((k) => (
              <tr key={k}>
                <th scope="row">{ctx.t(kindKey(k))}</th>
                <td>{d.byKind[k]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {d.erased > 0 && <p>{ctx.t('evidence.erased', { count: d.erased })}</p>}
      <Exceptions ctx={ctx} count={d.exceptions.length} />
      {d.exceptions.length > 0 && (
        <div class="scroll" role="region" aria-label={ctx.t('evidence.decisionExceptionsLabel')} tabIndex={0}>
          <table id="decision-exceptions">
            <thead>
              <tr>
                <th scope="col">{ctx.t('hrApp.col.seq')}</th>
                <th scope="col">{ctx.t('hrApp.col.at')}</th>
                <th scope="col">{ctx.t('evidence.col.subject')}</th>
                <th scope="col">{ctx.t('hrApp.col.action')}</th>
                <th scope="col">{ctx.t('hrApp.col.actor')}</th>
                <th scope="col">{ctx.t('evidence.col.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {d.exceptions.map((x) => (
                <tr key={x.seq}>
                  <td>{x.seq}</td>
                  <td>
                    <When ctx={ctx} at={x.at} />
                  </td>
                  <td>
                    <Subject x={x} />
                  </td>
                  <td>
                    <code>{x.action}</code>
                  </td>
                  <td>
                    {x.actor} ({x.role})
                  </td>
                  <td>{problemText(ctx, x.problem as Problem)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Appeals({ ctx, e }: { ctx: PageContext; e: MeritEvidenceData }) {
  const a = e.appeals;
  return (
    <section aria-labelledby="appeals-heading" id="appeals">
      <h2 id="appeals-heading">{ctx.t('evidence.appeals')}</h2>
      <p id="appeals-count">
        {ctx.t('evidence.appealsCount', { inTime: a.inTime, total: a.total, pending: a.pending })}
      </p>
      <Exceptions ctx={ctx} count={a.exceptions.length} />
      {a.exceptions.length > 0 && (
        <div class="scroll" role="region" aria-label={ctx.t('evidence.appealExceptionsLabel')} tabIndex={0}>
          <table id="appeal-exceptions">
            <thead>
              <tr>
                <th scope="col">{ctx.t('evidence.col.subject')}</th>
                <th scope="col">{ctx.t('evidence.col.stage')}</th>
                <th scope="col">{ctx.t('evidence.col.appealedAt')}</th>
                <th scope="col">{ctx.t('evidence.col.dueAt')}</th>
                <th scope="col">{ctx.t('evidence.col.answeredAt')}</th>
                <th scope="col">{ctx.t('evidence.col.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {a.exceptions.map((x) => (
                <tr key={`${x.subject}-${x.stage}`}>
                  <td>
                    <Subject x={x} />
                  </td>
                  <td>{x.stage}</td>
                  <td>{x.appealedAt ? <When ctx={ctx} at={x.appealedAt} /> : ''}</td>
                  <td>{x.dueAt ? <When ctx={ctx} at={x.dueAt} /> : ''}</td>
                  <td>{x.answeredAt ? <When ctx={ctx} at={x.answeredAt} /> : ''}</td>
                  <td>{problemText(ctx, x.problem as Problem, x.lateMs)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

const kindLabel = (kind: string) => (kind === 'competency' ? 'PPPK' : kind.toUpperCase());

function Uploads({ ctx, e }: { ctx: PageContext; e: MeritEvidenceData }) {
  const { uploads, scores } = e.uploads;
  const bad = uploads.filter((u) => u.problem).length;
  const scoreFindings = scores.kinds.reduce((n, k) => n + k.findings, 0);
  return (
    <section aria-labelledby="uploads-heading" id="uploads">
      <h2 id="uploads-heading">{ctx.t('evidence.uploads')}</h2>
      <p>{ctx.t('evidence.uploadsSource')}</p>
      {uploads.length === 0 ? (
        <p>{ctx.t('evidence.noUploads')}</p>
      ) : (
        <div class="scroll" role="region" aria-label={ctx.t('evidence.uploadsLabel')} tabIndex={0}>
          <table id="upload-list">
            <thead>
              <tr>
                <th scope="col">{ctx.t('evidence.col.kind')}</th>
                <th scope="col">{ctx.t('evidence.col.actual')}</th>
                <th scope="col">{ctx.t('evidence.col.rows')}</th>
                <th scope="col">{ctx.t('evidence.col.uploadedBy')}</th>
                <th scope="col">{ctx.t('evidence.col.digest')}</th>
                <th scope="col">{ctx.t('evidence.col.verdict')}</th>
              </tr>
            </thead>
            <tbody>
              {uploads.map((u) => (
                <tr key={u.seq}>
                  <td>{u.kind}</td>
                  <td>
                    <When ctx={ctx} at={u.at} />
                  </td>
                  <td>{u.rows}</td>
                  <td>{u.actor}</td>
                  <td>
                    <code>{u.digest.slice(0, 16)}</code>
                  </td>
                  <td>{ctx.t(u.problem ? `evidence.upload.${u.problem}` : 'evidence.upload.intact')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {scores.kinds.length > 0 && (
        <div class="scroll" role="region" aria-label={ctx.t('evidence.scoresLabel')} tabIndex={0}>
          <table id="score-checks">
            <thead>
              <tr>
                <th scope="col">{ctx.t('evidence.col.kind')}</th>
                <th scope="col">{ctx.t('evidence.col.uploaded')}</th>
                <th scope="col">{ctx.t('evidence.col.stored')}</th>
                <th scope="col">{ctx.t('evidence.col.equal')}</th>
                <th scope="col">{ctx.t('evidence.col.differences')}</th>
              </tr>
            </thead>
            <tbody>
              {scores.kinds.map((k) => (
                <tr key={k.kind}>
                  <td>{kindLabel(k.kind)}</td>
                  <td>{k.uploaded}</td>
                  <td>{k.stored}</td>
                  <td>{k.equal}</td>
                  <td>{k.findings}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Exceptions ctx={ctx} count={bad + scoreFindings} />
      {scores.findings.length > 0 && (
        <ul id="score-findings">
          {scores.findings.map((f) => (
            <li key={`${f.kind}-${f.applicationId}`}>
              <a href={`/hr/recruitment/applications/${f.applicationId}`}>
                {ctx.t(`evidence.score.${f.problem}`, { id: f.applicationId, kind: kindLabel(f.kind) })}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Rankings({ ctx, e }: { ctx: PageContext; e: MeritEvidenceData }) {
  const differences = e.rankings.flatMap((r) => r.differences);
  return (
    <section aria-labelledby="rankings-heading" id="rankings">
      <h2 id="rankings-heading">{ctx.t('evidence.rankings')}</h2>
      <p>{ctx.t('evidence.rankingsSource')}</p>
      {e.rankings.length === 0 ? (
        <p>{ctx.t('evidence.noRankings')}</p>
      ) : (
        <div class="scroll" role="region" aria-label={ctx.t('evidence.rankingsLabel')} tabIndex={0}>
          <table id="ranking-checks">
            <thead>
              <tr>
                <th scope="col">{ctx.t('evidence.col.formation')}</th>
                <th scope="col">{ctx.t('evidence.col.stage')}</th>
                <th scope="col">{ctx.t('evidence.col.ranked')}</th>
                <th scope="col">{ctx.t('evidence.col.equal')}</th>
                <th scope="col">{ctx.t('evidence.col.differences')}</th>
              </tr>
            </thead>
            <tbody>
              {e.rankings.map((r) => (
                <tr key={`${r.formation}-${r.stage}`}>
                  <td>{r.formation}</td>
                  <td>{ctx.t(r.stage === 'skd' ? 'evidence.stage.skd' : 'evidence.stage.final')}</td>
                  <td>{r.ranked}</td>
                  <td>{r.equal}</td>
                  <td>{r.differences.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Exceptions ctx={ctx} count={differences.length} />
      {differences.length > 0 && (
        <ul id="ranking-differences">
          {differences.map((d) => (
            <li key={`${d.formation}-${d.stage}-${d.rank}-${d.id}`}>
              {d.formation} · {d.stage} ·{' '}
              {d.next
                ? ctx.t('evidence.difference.order', {
                    id: d.id,
                    rank: d.rank,
                    next: d.next.id,
                    key: d.key ?? '',
                  })
                : ctx.t('evidence.difference.rank', {
                    id: d.id,
                    rank: d.rank,
                    expected: d.expectedRank ?? 0,
                  })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Chain({ ctx, e }: { ctx: PageContext; e: MeritEvidenceData }) {
  const { chain } = e;
  return (
    <section aria-labelledby="chain-heading" id="chain">
      <h2 id="chain-heading">{ctx.t('evidence.chain')}</h2>
      {chain.ok ? (
        <p id="chain-verdict">{ctx.t('evidence.chainOk', { count: chain.checked })}</p>
      ) : (
        <>
          <p id="chain-verdict" class="notice">
            {ctx.t('evidence.chainBad', { count: chain.checked, bad: chain.problems.length })}
          </p>
          <ul>
            {chain.problems.map((p) => (
              <li key={p.seq}>
                {p.seq}: {p.problem}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function MeritEvidencePage({ ctx, evidence }: { ctx: PageContext; evidence: MeritEvidenceData }) {
  const { cycle } = evidence;
  return (
    <Layout ctx={ctx} title={`${ctx.t('evidence.title')}: ${cycle.title} (${cycle.code})`} home="/hr">
      <p>{ctx.t('evidence.intro')}</p>
      <p>
        {ctx.t('evidence.computedAt')} <When ctx={ctx} at={evidence.at} /> ·{' '}
        {ctx.t('evidence.records', { count: evidence.records })}
      </p>
      <p>
        <a href={`/hr/recruitment/cycles/${cycle.code}`}>{ctx.t('evidence.back')}</a>
      </p>
      <OpenSelection ctx={ctx} e={evidence} />
      <Decisions ctx={ctx} e={evidence} />
      <Appeals ctx={ctx} e={evidence} />
      <Uploads ctx={ctx} e={evidence} />
      <Rankings ctx={ctx} e={evidence} />
      <Chain ctx={ctx} e={evidence} />
    </Layout>
  );
}

export function evidenceRoutes(deps: {
  commands: RecruitmentCommands;
  secure: boolean;
  hr: (req: Request, res: Response) => Principal | undefined;
}): Router {
  const router = express.Router();
  router.get('/cycles/:code/evidence', async (req, res) => {
    const principal = deps.hr(req, res);
    if (!principal) return;
    const { code } = await cycleSummary(deps.commands, req.params.code);
    const evidence = await deps.commands.meritEvidence(principal, code);
    sendPage(
      res,
      <MeritEvidencePage ctx={pageContext(req, res, { secure: deps.secure })} evidence={evidence} />,
    );
  });
  return router;
}
