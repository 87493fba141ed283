// The organisation on HR's year desk (`/hr/appraisal/org`, issue 12): the import of employees (as SIASN
// exports them) or units from a CSV or XLSX file, previewed with every row as understood and every bad
// row by line and reason (cycles in the reporting line included) before anything is imported; the file
// is kept sealed for an hour under the preview's id, so importing it is one confirmed step, and a file
// with any bad row offers no import. Also a departure and a change of supervisor, one employee at a time.
// The same commands as the API's (commands/appraisal/org-files.ts, commands/org/registry.ts).
import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import { notFound, Problem } from '../../../commands/errors';
import { orgFileTemplate, type OrgFilePreview } from '../../../commands/appraisal/org-files';
import { actorOf } from '../../../domain/actor';
import { orgFileKinds, orgTemplateHeaders, type OrgFileKind } from '../../../domain/org/import-file';
import { nipSchema } from '../../../domain/org/schemas';
import { pageContext } from '../../context';
import { CsrfField, FieldError, Layout, type PageContext } from '../../layout';
import { sendPage } from '../../render';
import { redirectWithNotice, takeNotice } from '../../session';
import type { AppraisalDeskDeps } from './deps';

/** Which form of the page a refusal is about, and the message beside its field. */
export interface OrgPageError {
  field: 'file' | 'departure-nip' | 'departure-reason' | 'supervisor-nip' | 'supervisor-new';
  message: string;
}

export function OrgPage(props: { ctx: PageContext; error?: OrgPageError; notice?: string }) {
  const { ctx, error, notice } = props;
  const errorOf = (field: OrgPageError['field']) => (error?.field === field ? error.message : undefined);
  const aria = (field: OrgPageError['field'], hint?: string) => ({
    'aria-invalid': errorOf(field) ? ('true' as const) : undefined,
    'aria-describedby':
      [errorOf(field) ? `${field}-error` : '', hint ?? ''].filter(Boolean).join(' ') || undefined,
  });
  return (
    <Layout ctx={ctx} title={ctx.t('hrOrg.title')} home="/hr">
      <p>
        <a href="/hr/appraisal">{ctx.t('hrYear.back')}</a>
      </p>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <h2>{ctx.t('hrOrg.import')}</h2>
      <p id="org-intro">{ctx.t('hrOrg.intro')}</p>
      <form method="post" action="/hr/appraisal/org" enctype="multipart/form-data">
        <CsrfField ctx={ctx} />
        <label for="kind">{ctx.t('hrOrg.kind')}</label>
        <select id="kind" name="kind">
          {orgFileKinds.map((k) => (
            <option key={k} value={k}>
              {ctx.t(`hrOrg.kind.${k}`)}
            </option>
          ))}
        </select>
        <label for="file">{ctx.t('hrOrg.file')}</label>
        <input
          id="file"
          name="file"
          type="file"
          required
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          {...aria('file', 'org-intro')}
        />
        <FieldError id="file-error" message={errorOf('file')} />
        <button type="submit">{ctx.t('hrOrg.preview')}</button>
      </form>
      <h3>{ctx.t('hrOrg.templates')}</h3>
      <ul id="templates">
        {orgFileKinds.map((k) => (
          <li key={k}>
            {ctx.t(`hrOrg.kind.${k}`)} ({orgTemplateHeaders(k).join(', ')}):{' '}
            <a href={`/hr/appraisal/org/template/${k}.xlsx`}>XLSX</a>,{' '}
            <a href={`/hr/appraisal/org/template/${k}.csv`}>CSV</a>
          </li>
        ))}
      </ul>

      <h2>{ctx.t('hrOrg.supervisor')}</h2>
      <form method="post" action="/hr/appraisal/org/supervisor">
        <CsrfField ctx={ctx} />
        <label for="supervisor-nip">{ctx.t('hrOrg.nip')}</label>
        <input
          id="supervisor-nip"
          name="nip"
          required
          inputMode="numeric"
          maxLength={18}
          {...aria('supervisor-nip')}
        />
        <FieldError id="supervisor-nip-error" message={errorOf('supervisor-nip')} />
        <label for="supervisor-new">{ctx.t('hrOrg.newSupervisor')}</label>
        <input
          id="supervisor-new"
          name="supervisorNip"
          inputMode="numeric"
          maxLength={18}
          {...aria('supervisor-new', 'supervisor-hint')}
        />
        <p class="hint" id="supervisor-hint">
          {ctx.t('hrOrg.newSupervisorHint')}
        </p>
        <FieldError id="supervisor-new-error" message={errorOf('supervisor-new')} />
        <button type="submit">{ctx.t('hrOrg.changeSupervisor')}</button>
      </form>

      <h2>{ctx.t('hrOrg.departure')}</h2>
      <form method="post" action="/hr/appraisal/org/departure">
        <CsrfField ctx={ctx} />
        <label for="departure-nip">{ctx.t('hrOrg.nip')}</label>
        <input
          id="departure-nip"
          name="nip"
          required
          inputMode="numeric"
          maxLength={18}
          {...aria('departure-nip')}
        />
        <FieldError id="departure-nip-error" message={errorOf('departure-nip')} />
        <label for="departure-reason">{ctx.t('hrOrg.reason')}</label>
        <input id="departure-reason" name="reason" required maxLength={2000} {...aria('departure-reason')} />
        <FieldError id="departure-reason-error" message={errorOf('departure-reason')} />
        <button type="submit">{ctx.t('hrOrg.recordDeparture')}</button>
      </form>
    </Layout>
  );
}

/** The columns the preview shows, by kind: the import's own fields. */
const previewFields: Record<OrgFileKind, readonly string[]> = {
  employees: ['nip', 'name', 'unitCode', 'position', 'level', 'functionalGrade', 'supervisorNip'],
  units: ['code', 'name', 'parentCode', 'headNip'],
};

function IssueTable(props: { ctx: PageContext; id: string; issues: OrgFilePreview['issues'] }) {
  const { ctx, id, issues } = props;
  return (
    <table id={id}>
      <thead>
        <tr>
          <th scope="col">{ctx.t('hr.results.line')}</th>
          <th scope="col">{ctx.t('hr.results.column')}</th>
          <th scope="col">{ctx.t('hr.results.reason')}</th>
        </tr>
      </thead>
      <tbody>
        {issues.map((i, n) => (
          <tr key={n}>
            <td>{i.line}</td>
            <td>{i.column ?? ''}</td>
            <td>{i.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function OrgPreviewPage(props: { ctx: PageContext; preview: OrgFilePreview; stageId: string }) {
  const { ctx, preview, stageId } = props;
  const bad = preview.issues.length > 0;
  const fields = previewFields[preview.kind];
  return (
    <Layout
      ctx={ctx}
      title={ctx.t('hrOrg.previewTitle', { kind: ctx.t(`hrOrg.kind.${preview.kind}`) })}
      home="/hr"
    >
      <p id="summary">
        {ctx.t('hr.results.summary', {
          rows: Math.max(0, preview.rows.length - new Set(preview.issues.map((i) => i.line)).size),
          bad: new Set(preview.issues.map((i) => i.line)).size,
        })}
      </p>
      {bad && (
        <>
          <h2>{ctx.t('hr.results.issues')}</h2>
          <p class="error" role="alert">
            {ctx.t('hrOrg.nothingImported')}
          </p>
          <IssueTable ctx={ctx} id="issues" issues={preview.issues} />
        </>
      )}
      {preview.warnings.length > 0 && (
        <>
          <h2>{ctx.t('hrOrg.warnings')}</h2>
          <IssueTable ctx={ctx} id="warnings" issues={preview.warnings} />
        </>
      )}
      <h2>{ctx.t('hr.results.understood')}</h2>
      <div class="scroll" role="region" aria-label={ctx.t('hr.results.understood')} tabIndex={0}>
        <table id="rows">
          <thead>
            <tr>
              <th scope="col">{ctx.t('hr.results.line')}</th>
              {fields.map((f) => (
                <th scope="col" key={f}>
                  {ctx.t(`hrOrg.field.${f}` as 'hrOrg.field.nip')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((r) => (
              <tr key={r.line}>
                <td>{r.line}</td>
                {fields.map((f) => (
                  <td key={f}>{Object.hasOwn(r.fields, f) ? (r.fields[f] ?? '') : ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {bad || preview.rows.length === 0 ? (
        <p>
          <a href="/hr/appraisal/org">{ctx.t('hr.results.again')}</a>
        </p>
      ) : (
        <form method="post" action="/hr/appraisal/org/apply">
          <CsrfField ctx={ctx} />
          <input type="hidden" name="stage" value={stageId} />
          <button type="submit">{ctx.t('hrOrg.apply', { rows: preview.rows.length })}</button>
        </form>
      )}
    </Layout>
  );
}

const stageField = z.strictObject({ _csrf: z.string(), stage: z.string().regex(/^[\w-]{10,40}$/) });
const reasonSchema = z.string().trim().min(1).max(2000);
const str = (v: unknown) => (typeof v === 'string' ? v.trim().slice(0, 2000) : '');

export function orgRoutes(deps: AppraisalDeskDeps): Router {
  const router = express.Router();
  const formCtx = (req: Request, res: Response) => pageContext(req, res, { secure: deps.secure, form: true });

  router.get('/org', (req, res) => {
    if (!deps.hr(req, res)) return;
    sendPage(res, <OrgPage ctx={formCtx(req, res)} notice={takeNotice(req)} />);
  });

  router.get('/org/template/:kind.:format', async (req, res) => {
    if (!deps.hr(req, res)) return;
    const kind = z.enum(orgFileKinds).safeParse(req.params.kind);
    const format = z.enum(['csv', 'xlsx']).safeParse(req.params.format);
    if (!kind.success || !format.success) throw notFound('no such template');
    const template = await orgFileTemplate(kind.data, format.data);
    for (const [k, v] of Object.entries(template.headers)) res.setHeader(k, v);
    res.send(template.body);
  });

  router.post('/org', async (req, res) => {
    const principal = deps.hr(req, res);
    if (!principal) return;
    const ctx = formCtx(req, res);
    const refuse = (message: string, status = 400) =>
      sendPage(res, <OrgPage ctx={ctx} error={{ field: 'file', message }} />, status);
    if (res.locals.uploadTooLarge) return refuse(ctx.t('hr.results.tooLarge'), 413);
    if (!req.file?.size) return refuse(ctx.t('hr.results.noFile'));
    const kind = z.enum(orgFileKinds).safeParse((req.body as Record<string, unknown> | undefined)?.kind);
    if (!kind.success) return refuse(ctx.t('hrOrg.noKind'));
    try {
      const { stageId, preview } = await deps.orgFiles.stageOrgFile(
        { kind: kind.data, bytes: req.file.buffer },
        actorOf(principal),
      );
      sendPage(res, <OrgPreviewPage ctx={ctx} preview={preview} stageId={stageId} />);
    } catch (err) {
      // The file itself unreadable (not CSV or XLSX, no header…): said beside the field.
      if (err instanceof Problem && (err.status === 400 || err.status === 413))
        return refuse(err.detail ?? err.title, err.status);
      throw err;
    }
  });

  router.post('/org/apply', async (req, res) => {
    const principal = deps.hr(req, res);
    if (!principal) return;
    const form = stageField.safeParse(req.body);
    if (!form.success) throw notFound('no such preview');
    const ctx = pageContext(req, res, { secure: deps.secure });
    const done = await deps.orgFiles.applyStagedOrgFile(principal, form.data.stage);
    await redirectWithNotice(
      req,
      res,
      ctx.t('hrOrg.applied', {
        units: done.imported.units,
        employees: done.imported.employees,
        moved: done.supervisorChanged,
      }),
      '/hr/appraisal/org',
    );
  });

  router.post('/org/departure', async (req, res) => {
    const principal = deps.hr(req, res);
    if (!principal) return;
    const ctx = formCtx(req, res);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const refuse = (field: OrgPageError['field'], message: string, status = 400) =>
      sendPage(res, <OrgPage ctx={ctx} error={{ field, message }} />, status);
    const nip = nipSchema.safeParse(str(body.nip));
    if (!nip.success) return refuse('departure-nip', ctx.t('hrOrg.badNip'));
    const reason = reasonSchema.safeParse(str(body.reason));
    if (!reason.success) return refuse('departure-reason', ctx.t('hrOrg.noReason'));
    try {
      const done = await deps.org.recordDeparture(principal, { nip: nip.data, reason: reason.data });
      await redirectWithNotice(
        req,
        res,
        ctx.t('hrOrg.departed', { nip: nip.data, ended: done.appraisalsEnded }),
        '/hr/appraisal/org',
      );
    } catch (err) {
      if (err instanceof Problem && err.status === 404)
        return refuse('departure-nip', ctx.t('hrOrg.unknownNip'), 404);
      throw err;
    }
  });

  router.post('/org/supervisor', async (req, res) => {
    const principal = deps.hr(req, res);
    if (!principal) return;
    const ctx = formCtx(req, res);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const refuse = (field: OrgPageError['field'], message: string, status = 400) =>
      sendPage(res, <OrgPage ctx={ctx} error={{ field, message }} />, status);
    const nip = nipSchema.safeParse(str(body.nip));
    if (!nip.success) return refuse('supervisor-nip', ctx.t('hrOrg.badNip'));
    const given = str(body.supervisorNip);
    const supervisor = given ? nipSchema.safeParse(given) : ({ success: true, data: null } as const);
    if (!supervisor.success) return refuse('supervisor-new', ctx.t('hrOrg.badNip'));
    try {
      const record = await deps.org.employee(principal, { nip: nip.data });
      const { active: _active, ...fields } = record;
      const done = await deps.org.importRegistry(principal, {
        units: [],
        employees: [
          {
            ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null)),
            supervisorNip: supervisor.data,
          },
        ],
      });
      await redirectWithNotice(
        req,
        res,
        ctx.t(done.supervisorChanged > 0 ? 'hrOrg.supervisorChanged' : 'hrOrg.supervisorSame', {
          nip: nip.data,
        }),
        '/hr/appraisal/org',
      );
    } catch (err) {
      if (err instanceof Problem && err.status === 404)
        return refuse('supervisor-nip', ctx.t('hrOrg.unknownNip'), 404);
      if (err instanceof Problem && err.status === 400)
        return refuse(
          'supervisor-new',
          (err.errors ?? []).map((e) => e.message).join('; ') || (err.detail ?? err.title),
        );
      throw err;
    }
  });
  return router;
}
