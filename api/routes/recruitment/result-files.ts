// HR's results files over HTTP: a CSV or XLSX form upload, previewed (every row as understood and every
// bad row with its line) or applied (all rows or none), and each kind's template to fill in.
import { z } from 'zod';
import { RESULT_FILE_MAX_BYTES, resultFileTemplate } from '../../../commands/recruitment/result-files';
import type { RecruitmentCommands } from '../../../commands/recruitment/commands';
import { tableContentTypes } from '../../../commands/files/tables';
import { resultFileKinds } from '../../../domain/recruitment/result-files';
import { componentCodeSchema, skbComponentSchema } from '../../../domain/recruitment/schemas';
import { listLimits } from '../../../domain/text';
import { badRequest } from '../../../commands/errors';
import { route } from '../../route';
import { BASE, batchAccepted, callerOf, codeParams, notFound, notNow, tags } from './shared';

const kind = z.enum(resultFileKinds, { error: `kind must be one of ${resultFileKinds.join(', ')}` });

/** SKB's components as a form sends them: JSON text of the same list the JSON upload takes. */
const componentsField = z
  .string()
  .max(10_000)
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'components must be a JSON list' });
      return z.NEVER;
    }
  })
  .pipe(z.array(skbComponentSchema).min(1).max(listLimits.components));

const formFields = z.strictObject({
  kind,
  mode: z.enum(['preview', 'apply'], { error: 'mode must be preview or apply' }).default('preview'),
  components: componentsField.optional(),
});

const issue = z.object({ line: z.number().int(), column: z.string().optional(), message: z.string() });
const preview = z.object({
  kind,
  format: z.enum(['csv', 'xlsx']),
  rows: z.array(
    z.object({
      line: z.number().int(),
      applicationId: z.string(),
      registrationNumber: z.string().optional(),
      nameInFile: z.string().optional(),
      name: z.string(),
      scores: z.record(z.string(), z.number()),
    }),
  ),
  issues: z.array(issue).describe('Every bad row, by line; applying refuses a file that has any'),
});

export function resultFileRoutes(commands: RecruitmentCommands) {
  return [
    route({
      method: 'post',
      path: `${BASE}/cycles/:code/result-files`,
      operationId: 'uploadRecruitmentResultFile',
      summary:
        'A results file (SKD, SKB or PPPK competency; CSV or XLSX): preview it, or apply it when no row is bad',
      tags,
      roles: ['hr'],
      params: codeParams,
      multipartBody: { fields: formFields, limit: RESULT_FILE_MAX_BYTES },
      responses: {
        200: {
          description: 'The preview: every row as understood, every bad row with its line',
          schema: preview,
        },
        202: { description: 'Applied: handed to the cycle', schema: batchAccepted },
        ...notFound('cycle'),
        ...notNow,
      },
      handler: async ({ params, body, principal }) => {
        const { kind, mode, components, file } = body as unknown as z.infer<typeof formFields> & {
          file: Buffer;
        };
        const input = { kind, bytes: file, ...(components ? { components } : {}) };
        if (mode === 'preview') return { body: await commands.previewResultFile(params.code, input) };
        const applied = await commands.applyResultFile(params.code, input, callerOf(principal));
        return { status: 202, body: { batchId: applied.batchId, rows: applied.rows } };
      },
    }),
    route({
      method: 'get',
      path: `${BASE}/result-files/:kind/template`,
      operationId: 'recruitmentResultFileTemplate',
      summary: "A results file's template, its columns as the upload reads them",
      tags,
      roles: ['hr'],
      params: z.object({ kind }),
      query: z.object({
        format: z.enum(['csv', 'xlsx']).default('xlsx'),
        components: z
          .string()
          .max(1_000)
          .optional()
          .describe('SKB: the component codes, comma-separated, one column each'),
      }),
      responses: {
        200: { description: 'The template', fileTypes: Object.values(tableContentTypes) },
      },
      handler: async ({ params, query }) => {
        const codes = (query.components ?? '').split(',').filter(Boolean);
        const parsed = z.array(componentCodeSchema).max(listLimits.components).safeParse(codes);
        if (!parsed.success) throw badComponents();
        return resultFileTemplate(params.kind, query.format, parsed.data);
      },
    }),
  ];
}

function badComponents() {
  return badRequest('the component codes are not valid', [
    {
      path: 'query.components',
      message: 'give component codes (capital letters, digits, hyphens), comma-separated',
    },
  ]);
}
