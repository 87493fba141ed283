// HR's downloads of a cycle (issue 11): the applicants, each stage's rankings and the final results as
// XLSX or CSV, and each announced stage's printed announcement (pengumuman) as PDF, official (with NIK)
// or public. Every file is the API's: the same commands check, audit and stream it
// (commands/recruitment/exports.ts, announcements.ts), sent the one way api/send-file.ts sends them.
import { Fragment } from 'preact';
import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import { sendPreparedFile } from '../../api/send-file';
import { stageParam } from '../../api/routes/recruitment/shared';
import { notFound } from '../../commands/errors';
import type { RecruitmentCommands } from '../../commands/recruitment/commands';
import type { Principal } from '../../domain/actor';
import type { MessageKey } from '../../domain/messages';
import { announcementVersions } from '../../domain/recruitment/announcement-layout';
import { exportKinds } from '../../domain/recruitment/exports';
import { formationCodeSchema } from '../../domain/recruitment/schemas';
import { announcementLabels, announcementStages } from '../../domain/recruitment/stages';
import { pageContext } from '../context';
import { Layout, type PageContext } from '../layout';
import { sendPage } from '../render';
import { cycleSummary, type CycleSummary } from './results';

const formats = ['xlsx', 'csv'] as const;

/** The lists a cycle of this kind exports: what, the stage of a ranking, and its label. */
function listsOf(kind: string) {
  const lists: { what: (typeof exportKinds)[number]; stage?: 'skd' | 'final'; label: MessageKey }[] = [
    { what: 'applicants', label: 'hr.exports.applicants' },
  ];
  if (kind === 'CPNS') lists.push({ what: 'rankings', stage: 'skd', label: 'hr.exports.rankingsSkd' });
  lists.push({ what: 'rankings', stage: 'final', label: 'hr.exports.rankingsFinal' });
  lists.push({ what: 'results', label: 'hr.exports.results' });
  return lists;
}

export function ExportsPage({ ctx, cycle }: { ctx: PageContext; cycle: CycleSummary }) {
  const base = `/hr/recruitment/cycles/${cycle.code}`;
  const stages = announcementStages.filter((s) => cycle.kind === 'CPNS' || s !== 'skd');
  return (
    <Layout ctx={ctx} title={ctx.t('hr.exports.title', { cycle: cycle.title })} home="/hr">
      <p>
        <a href={base}>{cycle.title}</a>
      </p>
      <p>{ctx.t('hr.exports.intro')}</p>
      <h2>{ctx.t('hr.exports.tables')}</h2>
      <table id="exports">
        <thead>
          <tr>
            <th scope="col">{ctx.t('hr.exports.what')}</th>
            <th scope="col">{ctx.t('hr.exports.formats')}</th>
          </tr>
        </thead>
        <tbody>
          {listsOf(cycle.kind).map((l) => (
            <tr key={`${l.what}-${l.stage ?? ''}`}>
              <th scope="row">{ctx.t(l.label)}</th>
              <td>
                {formats.map((f, i) => (
                  <Fragment key={f}>
                    {i > 0 && ' · '}
                    <a
                      href={`${base}/exports/${l.what}.${f}${l.stage ? `?stage=${l.stage}` : ''}`}
                      aria-label={ctx.t('hr.exports.download', {
                        what: ctx.t(l.label),
                        format: f.toUpperCase(),
                      })}
                    >
                      {f.toUpperCase()}
                    </a>
                  </Fragment>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{ctx.t('hr.exports.announcements')}</h2>
      <table id="announcements">
        <thead>
          <tr>
            <th scope="col">{ctx.t('hr.exports.stage')}</th>
            <th scope="col">{ctx.t('hr.exports.formats')}</th>
          </tr>
        </thead>
        <tbody>
          {stages.map((s) => {
            const label = announcementLabels[s][ctx.lang];
            return (
              <tr key={s}>
                <th scope="row">{label}</th>
                <td>
                  {cycle.announced.includes(s) ? (
                    announcementVersions.map((v, i) => (
                      <Fragment key={v}>
                        {i > 0 && ' · '}
                        <a
                          href={`${base}/announcements/${s}.pdf?version=${v}`}
                          aria-label={ctx.t('hr.exports.download', {
                            what: label,
                            format: ctx.t(v === 'official' ? 'hr.exports.official' : 'hr.exports.public'),
                          })}
                        >
                          {ctx.t(v === 'official' ? 'hr.exports.official' : 'hr.exports.public')}
                        </a>
                      </Fragment>
                    ))
                  ) : (
                    <span>{ctx.t('hr.exports.notAnnounced')}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Layout>
  );
}

const exportQuery = z.strictObject({
  stage: z.enum(['skd', 'final']).optional(),
  formation: formationCodeSchema.optional(),
});
const announcementQuery = z.strictObject({
  version: z.enum(announcementVersions).default('official'),
  formation: formationCodeSchema.optional(),
});

export function exportsRoutes(deps: {
  commands: RecruitmentCommands;
  secure: boolean;
  hr: (req: Request, res: Response) => Principal | undefined;
}): Router {
  const router = express.Router();

  router.get('/cycles/:code/exports', async (req, res) => {
    if (!deps.hr(req, res)) return;
    const cycle = await cycleSummary(deps.commands, req.params.code);
    sendPage(res, <ExportsPage ctx={pageContext(req, res, { secure: deps.secure })} cycle={cycle} />);
  });

  router.get('/cycles/:code/exports/:what.:format', async (req, res) => {
    const principal = deps.hr(req, res);
    if (!principal) return;
    const what = z.enum(exportKinds).safeParse(req.params.what);
    const format = z.enum(formats).safeParse(req.params.format);
    const query = exportQuery.safeParse(req.query);
    if (!what.success || !format.success || !query.success) throw notFound('no such export');
    const cycle = await cycleSummary(deps.commands, req.params.code);
    const file = await deps.commands.prepareExport(principal, cycle.code, {
      what: what.data,
      format: format.data,
      ...query.data,
    });
    await sendPreparedFile(file, req, res);
  });

  router.get('/cycles/:code/announcements/:stage.pdf', async (req, res) => {
    const principal = deps.hr(req, res);
    if (!principal) return;
    const stage = stageParam.safeParse(req.params.stage);
    const query = announcementQuery.safeParse(req.query);
    if (!stage.success || !query.success) throw notFound('no such announcement');
    const cycle = await cycleSummary(deps.commands, req.params.code);
    const file = await deps.commands.prepareAnnouncement(principal, cycle.code, stage.data, query.data);
    await sendPreparedFile(file, req, res);
  });
  return router;
}
