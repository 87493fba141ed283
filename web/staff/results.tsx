// HR's results files on the pages (issue 11): the upload of a results file (SKD, SKB, PPPK competency;
// CSV or XLSX) whose preview shows every row as understood and every bad row by line
// before anything is applied. The file is kept sealed for an hour under the preview's id
// (commands/recruitment/result-files.ts `stageResultFile`), so applying it is one confirmed step; a file
// with any bad row offers no apply. The same commands and checks as the API's result-files operation.
import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import { codeParams } from '../../api/routes/recruitment/shared';
import { notFound, Problem } from '../../commands/errors';
import type { RecruitmentCommands } from '../../commands/recruitment/commands';
import { resultFileTemplate, type ResultFilePreview } from '../../commands/recruitment/result-files';
import { actorOf, type Principal } from '../../domain/actor';
import { resultFileKinds, type ResultFileKind } from '../../domain/recruitment/result-files';
import { skbComponentKinds } from '../../domain/recruitment/rule-sets';
import { announcementStages, type AnnouncementStage } from '../../domain/recruitment/stages';
import { skbComponentSchema } from '../../domain/recruitment/schemas';
import { pageContext } from '../context';
import { CsrfField, FieldError, Layout, type PageContext } from '../layout';
import type { MessageKey } from '../../domain/messages';
import { sendPage } from '../render';
import { redirectWithNotice } from '../session';

/** How many SKB component rows the form offers (the rule set allows more over the API). */
const SKB_ROWS = 4;

/** The cycle a staff page is about, by its code from the path (404 for a malformed or unknown one). */
export async function cycleSummary(commands: RecruitmentCommands, code: unknown): Promise<CycleSummary> {
  const parsed = codeParams.shape.code.safeParse(code);
  if (!parsed.success) throw notFound('no such cycle');
  const c = await commands.getCycle(parsed.data);
  return {
    code: c.code,
    title: c.title,
    kind: c.kind,
    phase: c.phase,
    formations: c.formations.map((f: { code: string; title: string }) => ({ code: f.code, title: f.title })),
    // A stage is announced once its appeal window is set (the window opens with the announcement).
    announced: announcementStages.filter((s) => c.appealWindows?.[s] !== undefined),
  };
}

export interface CycleSummary {
  code: string;
  title: string;
  kind: string;
  phase: string;
  formations: { code: string; title: string }[];
  announced: AnnouncementStage[];
}

const kindKey = (k: ResultFileKind): MessageKey => `hr.results.kind.${k}`;

export function ResultsUploadPage(props: {
  ctx: PageContext;
  cycle: CycleSummary;
  error?: { field: string; message: string };
}) {
  const { ctx, cycle, error } = props;
  const kinds = resultFileKinds.filter((k) =>
    cycle.kind === 'PPPK' ? k === 'competency' : k !== 'competency',
  );
  const errorOf = (field: string) => (error?.field === field ? error.message : undefined);
  return (
    <Layout ctx={ctx} title={ctx.t('hr.results.title')} home="/hr">
      <p>
        <a href={`/hr/recruitment/cycles/${cycle.code}`}>{cycle.title}</a>
      </p>
      <p id="results-intro">{ctx.t('hr.results.intro')}</p>
      <form
        method="post"
        action={`/hr/recruitment/cycles/${cycle.code}/results`}
        enctype="multipart/form-data"
      >
        <CsrfField ctx={ctx} />
        <label for="kind">{ctx.t('hr.results.kind')}</label>
        <select id="kind" name="kind">
          {kinds.map((k) => (
            <option key={k} value={k}>
              {ctx.t(kindKey(k))}
            </option>
          ))}
        </select>
        <label for="file">{ctx.t('hr.results.file')}</label>
        <input
          id="file"
          name="file"
          type="file"
          required
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={errorOf('file') ? 'file-error results-intro' : 'results-intro'}
          aria-invalid={errorOf('file') ? 'true' : undefined}
        />
        <FieldError id="file-error" message={errorOf('file')} />
        {cycle.kind === 'CPNS' && (
          <fieldset>
            <legend>{ctx.t('hr.results.components')}</legend>
            <FieldError id="components-error" message={errorOf('components')} />
            {Array.from({ length: SKB_ROWS }, (_, i) => (
              <div key={i} class="component">
                <label for={`c${i}-code`}>{ctx.t('hr.results.componentCode', { n: i + 1 })}</label>
                <input id={`c${i}-code`} name={`c${i}-code`} maxLength={20} />
                <label for={`c${i}-name`}>{ctx.t('hr.results.componentName', { n: i + 1 })}</label>
                <input id={`c${i}-name`} name={`c${i}-name`} maxLength={200} />
                <label for={`c${i}-kind`}>{ctx.t('hr.results.componentKind', { n: i + 1 })}</label>
                <select id={`c${i}-kind`} name={`c${i}-kind`}>
                  {skbComponentKinds.map((k) => (
                    <option key={k} value={k}>
                      {k}
                    </option>
                  ))}
                </select>
                <label for={`c${i}-weight`}>{ctx.t('hr.results.componentWeight', { n: i + 1 })}</label>
                <input id={`c${i}-weight`} name={`c${i}-weight`} inputMode="decimal" maxLength={6} />
              </div>
            ))}
          </fieldset>
        )}
        <button type="submit">{ctx.t('hr.results.preview')}</button>
      </form>
      <h2>{ctx.t('hr.results.templates')}</h2>
      <ul>
        {kinds.map((k) => (
          <li key={k}>
            {ctx.t(kindKey(k))}: <a href={`/hr/recruitment/result-files/${k}/template.xlsx`}>XLSX</a>,{' '}
            <a href={`/hr/recruitment/result-files/${k}/template.csv`}>CSV</a>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

export function ResultsPreviewPage(props: {
  ctx: PageContext;
  cycle: CycleSummary;
  preview: ResultFilePreview;
  stageId: string;
}) {
  const { ctx, cycle, preview, stageId } = props;
  const scoreNames = [...new Set(preview.rows.flatMap((r) => Object.keys(r.scores)))];
  const bad = preview.issues.length > 0;
  return (
    <Layout
      ctx={ctx}
      title={ctx.t('hr.results.previewTitle', { kind: ctx.t(kindKey(preview.kind)) })}
      home="/hr"
    >
      <p id="summary">
        {ctx.t('hr.results.summary', {
          rows: preview.rows.length,
          bad: new Set(preview.issues.map((i) => i.line)).size,
        })}
      </p>
      {bad && (
        <>
          <h2>{ctx.t('hr.results.issues')}</h2>
          <p class="error" role="alert">
            {ctx.t('hr.results.nothingApplied')}
          </p>
          <table id="issues">
            <thead>
              <tr>
                <th scope="col">{ctx.t('hr.results.line')}</th>
                <th scope="col">{ctx.t('hr.results.column')}</th>
                <th scope="col">{ctx.t('hr.results.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.issues.map((i, n) => (
                <tr key={n}>
                  <td>{i.line}</td>
                  <td>{i.column ?? ''}</td>
                  <td>{i.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h2>{ctx.t('hr.results.understood')}</h2>
      <div class="scroll" role="region" aria-label={ctx.t('hr.results.understood')} tabIndex={0}>
        <table id="rows">
          <thead>
            <tr>
              <th scope="col">{ctx.t('hr.results.line')}</th>
              <th scope="col">{ctx.t('hr.results.number')}</th>
              <th scope="col">{ctx.t('hr.results.name')}</th>
              {scoreNames.map((s) => (
                <th scope="col" key={s}>
                  {s.toUpperCase()}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((r) => (
              <tr key={r.line}>
                <td>{r.line}</td>
                <td>{r.registrationNumber ?? ''}</td>
                <td>
                  {r.name}
                  {r.nameInFile && r.nameInFile !== r.name
                    ? ` (${ctx.t('hr.results.inFile')}: ${r.nameInFile})`
                    : ''}
                </td>
                {scoreNames.map((s) => (
                  <td key={s}>{r.scores[s] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {bad ? (
        <p>
          <a href={`/hr/recruitment/cycles/${cycle.code}/results`}>{ctx.t('hr.results.again')}</a>
        </p>
      ) : (
        <form method="post" action={`/hr/recruitment/cycles/${cycle.code}/results/apply`}>
          <CsrfField ctx={ctx} />
          <input type="hidden" name="stage" value={stageId} />
          <button type="submit">{ctx.t('hr.results.apply', { rows: preview.rows.length })}</button>
        </form>
      )}
    </Layout>
  );
}

/** The SKB component rows a form filled in (empty rows left out), as the upload's schema reads them. */
function componentsOf(body: Record<string, unknown>) {
  const rows = [];
  for (let i = 0; i < SKB_ROWS; i++) {
    const v = (f: string) => {
      const x = body[`c${i}-${f}`];
      return typeof x === 'string' ? x.trim() : '';
    };
    if (!v('code')) continue;
    rows.push({
      code: v('code'),
      name: v('name'),
      kind: v('kind'),
      weight: Number(v('weight').replace(',', '.')),
    });
  }
  return rows;
}

const stageField = z.strictObject({ _csrf: z.string(), stage: z.string().regex(/^[\w-]{10,40}$/) });

export function resultsRoutes(deps: {
  commands: RecruitmentCommands;
  secure: boolean;
  hr: (req: Request, res: Response) => Principal | undefined;
}): Router {
  const router = express.Router();
  const ctxOf = (req: Request, res: Response) => pageContext(req, res, { secure: deps.secure });

  const cycleOf = (code: unknown) => cycleSummary(deps.commands, code);

  // The templates the API serves, for a browser's session (the API takes bearer tokens only).
  router.get('/result-files/:kind/template.:format', async (req, res) => {
    if (!deps.hr(req, res)) return;
    const kind = z.enum(resultFileKinds).safeParse(req.params.kind);
    const format = z.enum(['csv', 'xlsx']).safeParse(req.params.format);
    if (!kind.success || !format.success) throw notFound('no such template');
    const template = await resultFileTemplate(kind.data, format.data);
    for (const [k, v] of Object.entries(template.headers)) res.setHeader(k, v);
    res.send(template.body);
  });

  router.get('/cycles/:code/results', async (req, res) => {
    if (!deps.hr(req, res)) return;
    sendPage(
      res,
      <ResultsUploadPage
        ctx={pageContext(req, res, { secure: deps.secure, form: true })}
        cycle={await cycleOf(req.params.code)}
      />,
    );
  });

  router.post('/cycles/:code/results', async (req, res) => {
    const principal = deps.hr(req, res);
    if (!principal) return;
    const cycle = await cycleOf(req.params.code);
    const ctx = pageContext(req, res, { secure: deps.secure, form: true });
    const refuse = (field: string, message: string, status = 400) =>
      sendPage(res, <ResultsUploadPage ctx={ctx} cycle={cycle} error={{ field, message }} />, status);
    if (res.locals.uploadTooLarge) return refuse('file', ctx.t('hr.results.tooLarge'), 413);
    if (!req.file?.size) return refuse('file', ctx.t('hr.results.noFile'));
    const body = (req.body ?? {}) as Record<string, unknown>;
    const kind = z.enum(resultFileKinds).safeParse(body.kind);
    if (!kind.success) return refuse('file', ctx.t('hr.results.noFile'));
    let components;
    if (kind.data === 'skb') {
      const parsed = z.array(skbComponentSchema).min(1).safeParse(componentsOf(body));
      if (!parsed.success) return refuse('components', ctx.t('hr.results.badComponents'));
      components = parsed.data;
    }
    try {
      const { stageId, preview } = await deps.commands.stageResultFile(
        cycle.code,
        { kind: kind.data, bytes: req.file.buffer, ...(components ? { components } : {}) },
        actorOf(principal),
      );
      sendPage(res, <ResultsPreviewPage ctx={ctx} cycle={cycle} preview={preview} stageId={stageId} />);
    } catch (err) {
      // The file itself unreadable (not CSV or XLSX, no header…): said beside the field.
      if (err instanceof Problem && (err.status === 400 || err.status === 413))
        return refuse(
          err.errors?.[0]?.path === 'components' ? 'components' : 'file',
          err.detail ?? err.title,
          err.status,
        );
      throw err;
    }
  });

  router.post('/cycles/:code/results/apply', async (req, res) => {
    const principal = deps.hr(req, res);
    if (!principal) return;
    const cycle = await cycleOf(req.params.code);
    const form = stageField.safeParse(req.body);
    if (!form.success) throw notFound('no such preview');
    const ctx = ctxOf(req, res);
    const applied = await deps.commands.applyStagedResultFile(
      cycle.code,
      form.data.stage,
      actorOf(principal),
    );
    await redirectWithNotice(
      req,
      res,
      ctx.t('hr.results.applied', {
        rows: applied.rows,
        kind: ctx.t(kindKey(applied.kind)),
      }),
      `/hr/recruitment/cycles/${cycle.code}`,
    );
  });
  return router;
}
