// The organisation import from a spreadsheet over HTTP: a CSV or XLSX form upload (employees in the shape
// of a SIASN export, or units), previewed (every row as understood and every bad row with its line) or
// applied (all rows or none, through the JSON import's command), and each kind's template to fill in;
// a year's results as one streamed XLSX or CSV file, and the year's merit-system evidence.
import { z } from 'zod';
import { ORG_FILE_MAX_BYTES, orgFileCommands, orgFileTemplate } from '../../../commands/appraisal/org-files';
import { yearEvidenceCommands, type YearDeskDeps } from '../../../commands/appraisal/year-evidence';
import { yearExportCommands } from '../../../commands/appraisal/year-exports';
import { tableContentTypes } from '../../../commands/files/tables';
import { orgFileKinds } from '../../../domain/org/import-file';
import { orgImportSummary } from '../../../domain/org/views';
import { route } from '../../route';
import { sendPreparedFile } from '../../send-file';

const kind = z.enum(orgFileKinds, { error: `kind must be one of ${orgFileKinds.join(', ')}` });

const formFields = z.strictObject({
  kind,
  mode: z.enum(['preview', 'apply'], { error: 'mode must be preview or apply' }).default('preview'),
});

const issue = z.object({ line: z.number().int(), column: z.string().optional(), message: z.string() });
const preview = z.object({
  kind,
  format: z.enum(['csv', 'xlsx']),
  rows: z.array(
    z.object({
      line: z.number().int(),
      fields: z.record(z.string(), z.string().nullable()).describe('the row as the JSON import takes it'),
    }),
  ),
  issues: z.array(issue).describe('Every bad row, by line; applying refuses a file that has any'),
  warnings: z.array(issue),
});

export function orgFileRoutes(deps: YearDeskDeps) {
  const files = orgFileCommands(deps);
  const exports = yearExportCommands(deps);
  const evidence = yearEvidenceCommands(deps);
  return [
    route({
      method: 'post',
      path: '/api/v1/org/import-files',
      operationId: 'uploadOrgFile',
      summary:
        'The organisation as a spreadsheet (employees as SIASN exports them, or units; CSV or XLSX): preview it, or import it when no row is bad',
      tags: ['org'],
      roles: ['hr'],
      multipartBody: { fields: formFields, limit: ORG_FILE_MAX_BYTES },
      responses: {
        200: {
          description:
            'The preview (mode=preview): every row as understood, every bad row with its line; or the import (mode=apply)',
          schema: z.union([preview, orgImportSummary.extend({ format: z.enum(['csv', 'xlsx']) })]),
        },
      },
      handler: async ({ body, principal }) => {
        const { kind, mode, file } = body as unknown as z.infer<typeof formFields> & { file: Buffer };
        const input = { kind, bytes: file };
        if (mode === 'preview') return { body: await files.previewOrgFile(input) };
        return { body: await files.applyOrgFile(principal!, input) };
      },
    }),
    route({
      method: 'get',
      path: '/api/v1/org/import-files/:kind/template',
      operationId: 'orgFileTemplate',
      summary: "An organisation file's template, its columns as the upload reads them",
      tags: ['org'],
      roles: ['hr'],
      params: z.object({ kind }),
      query: z.object({ format: z.enum(['csv', 'xlsx']).default('xlsx') }).strict(),
      responses: {
        200: { description: 'The template', fileTypes: Object.values(tableContentTypes) },
      },
      handler: async ({ params, query }) => orgFileTemplate(params.kind, query.format),
    }),
    route({
      method: 'get',
      path: '/api/v1/appraisal/:year/results/file',
      operationId: 'appraisalResultsFile',
      summary: "A year's results, one row per employee, as XLSX or CSV (streamed)",
      tags: ['appraisal'],
      roles: ['hr'],
      params: z.object({ year: z.coerce.number().int().min(2020).max(2100) }),
      query: z.object({ format: z.enum(['csv', 'xlsx']).default('xlsx') }).strict(),
      responses: {
        200: { description: 'The results file', fileTypes: Object.values(tableContentTypes) },
        404: { description: 'The year has not been opened' },
      },
      handler: async ({ params, query, principal, req, res }) => {
        await sendPreparedFile(await exports.yearResultsFile(principal!, { ...params, ...query }), req, res);
        return {};
      },
    }),
    route({
      method: 'get',
      path: '/api/v1/appraisal/:year/merit-evidence',
      operationId: 'appraisalMeritEvidence',
      summary:
        "A year's merit-system evidence: steps on time, decisions with reasons (the audit trail, verified), objections within their window, development planned from the results",
      tags: ['appraisal'],
      roles: ['hr'],
      params: z.object({ year: z.coerce.number().int().min(2020).max(2100) }),
      responses: {
        200: { description: 'The evidence', schema: z.record(z.string(), z.unknown()) },
        404: { description: 'The year has not been opened' },
      },
      handler: async ({ params, principal }) => ({ body: await evidence.yearEvidence(principal!, params) }),
    }),
  ];
}
