// HR's exports and the printed announcements over HTTP: the file is streamed into the response as it is
// read from the database (commands/recruitment/exports.ts, announcements.ts), as an attachment with a safe
// name (codes only: capital letters, digits, hyphens). The format comes from `?format=`, else from the
// Accept header (text/csv, or XLSX by default).
import type { RequestHandler, Request, Response } from 'express';
import { z } from 'zod';
import type { RecruitmentCommands } from '../../../commands/recruitment/commands';
import type { PreparedFile } from '../../../commands/recruitment/exports';
import { tableContentTypes, type TableFormat } from '../../../commands/files/tables';
import { announcementVersions } from '../../../domain/recruitment/announcement-layout';
import { exportKinds } from '../../../domain/recruitment/exports';
import { formationCodeSchema } from '../../../domain/recruitment/schemas';
import { route } from '../../route';
import { sendPreparedFile } from '../../send-file';
import { BASE, codeParams, notFound, stageParam, tags } from './shared';

const exportParams = codeParams.extend({
  what: z.enum(exportKinds, { error: `what must be one of ${exportKinds.join(', ')}` }),
});
const exportQuery = z
  .object({
    format: z
      .enum(['csv', 'xlsx'], { error: 'format must be csv or xlsx' })
      .optional()
      .describe('csv or xlsx; without it the Accept header decides (text/csv, else XLSX)'),
    stage: z
      .enum(['skd', 'final'], { error: 'stage must be skd or final' })
      .optional()
      .describe('Rankings: the stage (final by default; a PPPK cycle has only final)'),
    formation: formationCodeSchema.optional().describe('One formation only (all by default)'),
  })
  .strict();

const announcementParams = codeParams.extend({ stage: stageParam });
const announcementQuery = z
  .object({
    version: z
      .enum(announcementVersions, { error: 'version must be official or public' })
      .default('official')
      .describe('official: with the NIK, for HR; public: registration number, name, scores and result only'),
    formation: formationCodeSchema.optional().describe('One formation only (all by default)'),
  })
  .strict();
const publicAnnouncementQuery = announcementQuery.omit({ version: true });

/** The format asked for: `?format=`, else the Accept header (an absent or `*\/*` one gets XLSX). */
function formatOf(asked: TableFormat | undefined, req: Request): TableFormat {
  if (asked) return asked;
  return req.accepts([tableContentTypes.xlsx, 'text/csv']) === 'text/csv' ? 'csv' : 'xlsx';
}

/** Streams a prepared file into the response (api/send-file.ts); the route's answer is the stream. */
async function send(file: PreparedFile, req: Request, res: Response) {
  await sendPreparedFile(file, req, res);
  return {};
}

export function exportRoutes(commands: RecruitmentCommands, publicLimits: RequestHandler[]) {
  const announcementResponses = {
    200: { description: 'The announcement, as a PDF attachment', fileTypes: ['application/pdf'] },
    ...notFound('cycle, formation or stage (a PPPK cycle has no SKD)'),
    409: { description: 'The stage has not been announced yet' },
  };
  return [
    route({
      method: 'get',
      path: `${BASE}/cycles/:code/exports/:what`,
      operationId: 'exportRecruitmentCycle',
      summary:
        "A cycle's applicants (with NIK), rankings (per formation, SKD or final) or final results, as XLSX or CSV, streamed",
      tags,
      roles: ['hr'],
      params: exportParams,
      query: exportQuery,
      responses: {
        200: {
          description: 'The file, as an attachment (CSV: `;`-separated, UTF-8 with a byte-order mark)',
          fileTypes: Object.values(tableContentTypes),
        },
        ...notFound('cycle, formation or stage'),
      },
      handler: async ({ principal, params, query, req, res }) => {
        const file = await commands.prepareExport(principal, params.code, {
          what: params.what,
          format: formatOf(query.format, req),
          ...(query.stage ? { stage: query.stage } : {}),
          ...(query.formation ? { formation: query.formation } : {}),
        });
        return send(file, req, res);
      },
    }),
    route({
      method: 'get',
      path: `${BASE}/cycles/:code/announcements/:stage.pdf`,
      operationId: 'printRecruitmentAnnouncement',
      summary:
        "A stage's announcement (pengumuman) as a PDF: the official version with NIKs (HR), or the public one",
      tags,
      roles: ['hr'],
      params: announcementParams,
      query: announcementQuery,
      responses: announcementResponses,
      handler: async ({ principal, params, query, req, res }) =>
        send(
          await commands.prepareAnnouncement(principal, params.code, params.stage, {
            version: query.version,
            ...(query.formation ? { formation: query.formation } : {}),
          }),
          req,
          res,
        ),
    }),
    route({
      method: 'get',
      path: `${BASE}/public/cycles/:code/announcements/:stage.pdf`,
      operationId: 'printPublicRecruitmentAnnouncement',
      summary:
        "A stage's public announcement (pengumuman) as a PDF: registration numbers, names, scores and results, once announced",
      tags,
      roles: 'public',
      limits: publicLimits,
      params: announcementParams,
      query: publicAnnouncementQuery,
      responses: announcementResponses,
      handler: async ({ principal, params, query, req, res }) =>
        send(
          await commands.prepareAnnouncement(principal, params.code, params.stage, {
            version: 'public',
            ...(query.formation ? { formation: query.formation } : {}),
          }),
          req,
          res,
        ),
    }),
  ];
}
