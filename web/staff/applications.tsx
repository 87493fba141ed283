// HR's list of a cycle's applications (issue 11): filters by status and formation, pages of 50 with no
// cap, and a search by NIK, registration number or part of a name. The search is a POST, so that a NIK
// (or a name) never stands in an address, a log line or a link; a NIK or a number that names one
// application leads straight to its page.
import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import type { RecruitmentCommands } from '../../commands/recruitment/commands';
import type { Principal } from '../../domain/actor';
import { applicationStatuses, statusLabels, type ApplicationStatus } from '../../domain/recruitment/stages';
import { pageContext } from '../context';
import { CsrfField, Layout, type PageContext } from '../layout';
import { sendPage } from '../render';
import { cycleSummary } from './results';

const PAGE_SIZE = 50;

type Item = Awaited<ReturnType<RecruitmentCommands['searchApplications']>>[number];

interface ListData {
  code: string;
  title: string;
  formations: { code: string; title: string }[];
  items: Item[];
  filter: { status?: string; formation?: string };
  page: number;
  total?: number;
  searched?: string;
}

function ApplicationsTable({ ctx, items }: { ctx: PageContext; items: Item[] }) {
  if (items.length === 0) return <p id="none">{ctx.t('hr.apps.none')}</p>;
  return (
    <div class="scroll" role="region" aria-labelledby="apps-heading" tabIndex={0}>
      <table id="applications">
        <thead>
          <tr>
            <th scope="col">{ctx.t('hr.results.number')}</th>
            <th scope="col">{ctx.t('hr.apps.name')}</th>
            <th scope="col">{ctx.t('staff.app.formation')}</th>
            <th scope="col">{ctx.t('staff.app.status')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.applicationId}>
              <td>{a.registrationNumber ?? ''}</td>
              <td>
                <a href={`/hr/recruitment/applications/${a.applicationId}`}>{a.name}</a>
              </td>
              <td>{a.formationCode}</td>
              <td>{statusLabels[a.status as ApplicationStatus]?.[ctx.lang] ?? a.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ApplicationsPage({ ctx, data }: { ctx: PageContext; data: ListData }) {
  const base = `/hr/recruitment/cycles/${data.code}/applications`;
  const pages = data.total === undefined ? 0 : Math.ceil(data.total / PAGE_SIZE);
  const link = (page: number) => {
    const q = new URLSearchParams();
    if (data.filter.status) q.set('status', data.filter.status);
    if (data.filter.formation) q.set('formation', data.filter.formation);
    q.set('page', String(page));
    return `${base}?${q.toString()}`;
  };
  return (
    <Layout ctx={ctx} title={ctx.t('hr.apps.title', { cycle: data.title })} home="/hr">
      <p>
        <a href={`/hr/recruitment/cycles/${data.code}`}>{data.title}</a>
      </p>
      <form method="post" action={`${base}/search`} role="search">
        <CsrfField ctx={ctx} />
        <label for="q">{ctx.t('hr.apps.search')}</label>
        <input id="q" name="q" required maxLength={200} autoComplete="off" aria-describedby="q-hint" />
        <p class="hint" id="q-hint">
          {ctx.t('hr.apps.searchHint')}
        </p>
        <button type="submit">{ctx.t('hr.apps.find')}</button>
      </form>
      <form method="get" action={base}>
        <label for="status">{ctx.t('staff.app.status')}</label>
        <select id="status" name="status">
          <option value="">{ctx.t('hr.apps.any')}</option>
          {applicationStatuses.map((s) => (
            <option key={s} value={s} selected={data.filter.status === s}>
              {statusLabels[s][ctx.lang]}
            </option>
          ))}
        </select>
        <label for="formation">{ctx.t('staff.app.formation')}</label>
        <select id="formation" name="formation">
          <option value="">{ctx.t('hr.apps.any')}</option>
          {data.formations.map((f) => (
            <option key={f.code} value={f.code} selected={data.filter.formation === f.code}>
              {f.title}
            </option>
          ))}
        </select>
        <button type="submit">{ctx.t('hr.apps.filter')}</button>
      </form>
      <h2 id="apps-heading">
        {data.searched !== undefined
          ? ctx.t('hr.apps.found', { count: data.items.length })
          : ctx.t('hr.apps.listed', { count: data.total ?? 0 })}
      </h2>
      <ApplicationsTable ctx={ctx} items={data.items} />
      {pages > 1 && (
        <nav aria-label={ctx.t('hr.apps.pages')}>
          {data.page > 1 && <a href={link(data.page - 1)}>{ctx.t('hr.apps.previous')}</a>}{' '}
          {ctx.t('hr.apps.pageOf', { page: data.page, pages })}{' '}
          {data.page < pages && <a href={link(data.page + 1)}>{ctx.t('hr.apps.next')}</a>}
        </nav>
      )}
    </Layout>
  );
}

const listQuery = z.object({
  status: z.enum(applicationStatuses).optional().catch(undefined),
  formation: z.string().max(40).optional(),
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
});
const searchForm = z.object({ q: z.string().trim().min(1).max(200) });

export function applicationsRoutes(deps: {
  commands: RecruitmentCommands;
  secure: boolean;
  hr: (req: Request, res: Response) => Principal | undefined;
}): Router {
  const router = express.Router();
  const ctxOf = (req: Request, res: Response) => pageContext(req, res, { secure: deps.secure, form: true });

  const cycleOf = (code: unknown) => cycleSummary(deps.commands, code);

  router.get('/cycles/:code/applications', async (req, res) => {
    if (!deps.hr(req, res)) return;
    const cycle = await cycleOf(req.params.code);
    const q = listQuery.parse({ ...req.query });
    const formation = cycle.formations.some((f) => f.code === q.formation) ? q.formation : undefined;
    const list = await deps.commands.listApplications(cycle.code, {
      ...(q.status ? { status: q.status } : {}),
      ...(formation ? { formation } : {}),
      page: q.page,
      pageSize: PAGE_SIZE,
    });
    const data: ListData = {
      ...cycle,
      items: list.items as Item[],
      filter: { ...(q.status ? { status: q.status } : {}), ...(formation ? { formation } : {}) },
      page: q.page,
      total: list.total,
    };
    sendPage(res, <ApplicationsPage ctx={ctxOf(req, res)} data={data} />);
  });

  router.post('/cycles/:code/applications/search', async (req, res) => {
    if (!deps.hr(req, res)) return;
    const cycle = await cycleOf(req.params.code);
    const form = searchForm.safeParse(req.body);
    const items = form.success ? await deps.commands.searchApplications(cycle.code, form.data.q) : [];
    // A NIK or a number is exact: one match is that application's page.
    const exact = form.success && /^(\d{16}|[A-Z0-9-]{3,40}-\d{5,})$/i.test(form.data.q);
    if (exact && items.length === 1)
      return res.redirect(303, `/hr/recruitment/applications/${items[0]!.applicationId}`);
    const data: ListData = { ...cycle, items, filter: {}, page: 1, searched: '' };
    sendPage(res, <ApplicationsPage ctx={ctxOf(req, res)} data={data} />);
  });
  return router;
}
