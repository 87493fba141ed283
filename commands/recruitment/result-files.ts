// HR's results files (issue 11): the SKD export of the CAT system, SKB scores, PPPK competency results as
// CSV or XLSX. `previewResultFile` reads the file (commands/files/tables.ts), maps its rows
// (domain/recruitment/result-files.ts), finds each candidate by registration number or by NIK (through
// the applicant key: the NIK is neither stored nor logged), and checks every row with the same checks as
// the JSON upload, naming every bad row by its line; `applyResultFile` does the same and, only when no
// row is bad, hands the rows over as that upload does (the same file twice is the same batch).
import type { Actor } from '../../domain/actor';
import {
  mapResultRows,
  type FileIssue,
  type FileRow,
  templateHeaders,
  type ResultFileKind,
} from '../../domain/recruitment/result-files';
import type { SkbResultsInput } from '../../domain/recruitment/schemas';
import { listLimits, textLimits } from '../../domain/text';
import { randomBytes } from 'node:crypto';
import { Problem, badRequest, conflict } from '../errors';
import { readTable, tableContentTypes, writeTable, type TableFormat } from '../files/tables';
import { applicantKeyOf, records, type RecruitmentDeps } from './context';
import { resultCommands } from './results';

/** The largest results file read (100,000 rows of a CAT export is about 8 MB as CSV). */
export const RESULT_FILE_MAX_BYTES = 20 * 1024 * 1024;
/** A page's file is kept in one document until applied: under MongoDB's 16 MB, sealing included. */
export const STAGED_MAX_BYTES = 15 * 1024 * 1024;
const STAGED_FOR_MS = 60 * 60 * 1000;
const TABLE_LIMITS = { maxRows: listLimits.rows, maxColumns: 40, maxCell: textLimits.short };

export interface ResultFileInput {
  kind: ResultFileKind;
  bytes: Buffer;
  /** SKB only: the components the scores are of. */
  components?: SkbResultsInput['components'];
}

export interface PreviewRow {
  line: number;
  applicationId: string;
  registrationNumber?: string;
  /** The name the file gives, and the one on record, for HR to compare. */
  nameInFile?: string;
  name: string;
  scores: Record<string, number>;
}

export interface ResultFilePreview {
  kind: ResultFileKind;
  format: 'csv' | 'xlsx';
  rows: PreviewRow[];
  issues: FileIssue[];
}

export function resultFileCommands(deps: RecruitmentDeps) {
  const { models } = deps;
  const { cycleOrThrow } = records(deps);
  const results = resultCommands(deps);

  /** Each row's application, by registration number or by the NIK's applicant key, in this cycle. */
  async function resolve(code: string, rows: FileRow[]) {
    const byNumber = rows.flatMap((r) => ('number' in r.identity ? [r.identity.number] : []));
    const byKey = new Map(
      rows.flatMap((r) =>
        'nik' in r.identity
          ? [[r.line, applicantKeyOf(r.identity.nik, deps.applicantKeySecret)] as const]
          : [],
      ),
    );
    const found = await models.applications
      .find(
        {
          cycleCode: code,
          $or: [{ registrationNumber: { $in: byNumber } }, { applicantKey: { $in: [...byKey.values()] } }],
        },
        { name: 1, registrationNumber: 1, applicantKey: 1 },
      )
      .lean();
    const numbers = new Map(found.filter((a) => a.registrationNumber).map((a) => [a.registrationNumber!, a]));
    const keys = new Map(found.map((a) => [a.applicantKey, a]));
    return rows.map((r) =>
      'number' in r.identity ? numbers.get(r.identity.number) : keys.get(byKey.get(r.line)!),
    );
  }

  async function check(code: string, input: ResultFileInput) {
    await cycleOrThrow(code);
    const table = await readTable(input.bytes, TABLE_LIMITS);
    const componentCodes = input.components?.map((c) => c.code) ?? [];
    if (input.kind === 'skb' && componentCodes.length === 0)
      throw badRequest('name the SKB components the file scores', [
        { path: 'components', message: 'give at least one component' },
      ]);
    const mapped = mapResultRows(input.kind, table, componentCodes);
    const issues = [...mapped.issues];
    const apps = await resolve(code, mapped.rows);
    const rows: PreviewRow[] = [];
    mapped.rows.forEach((r, i) => {
      const app = apps[i];
      if (!app) {
        issues.push({
          line: r.line,
          message:
            'number' in r.identity
              ? `no application of this cycle has the registration number ${r.identity.number}`
              : 'no application of this cycle has this NIK',
        });
        return;
      }
      rows.push({
        line: r.line,
        applicationId: app._id,
        ...(app.registrationNumber ? { registrationNumber: app.registrationNumber } : {}),
        ...(r.name ? { nameInFile: r.name } : {}),
        name: app.name,
        scores: Object.fromEntries(r.scores),
      });
    });
    // The upload's own checks (status, scores against the rule set), their refusals named by line.
    const upload = { rows: rows.map((r) => uploadRow(input.kind, r)) };
    try {
      if (input.kind === 'skd') await results.checkSkdResults(code, upload);
      else if (input.kind === 'competency') await results.checkCompetencyResults(code, upload);
      else await results.checkSkbResults(code, { ...upload, components: input.components! });
    } catch (err) {
      if (!(err instanceof Problem) || err.status !== 400 || !err.errors) throw err;
      for (const e of err.errors) {
        const [, list, index, field] = e.path.split('.');
        const row = list === 'rows' ? rows[Number(index)] : undefined;
        if (!row) issues.push({ line: 0, message: e.message });
        else issues.push({ line: row.line, column: field && mapped.columns.get(field), message: e.message });
      }
    }
    issues.sort((a, b) => a.line - b.line);
    return { preview: { kind: input.kind, format: table.format, rows, issues }, upload };
  }

  /** Applies the file when every row is good; otherwise refuses it whole (400, each bad line named). */
  async function applyFile(code: string, input: ResultFileInput, actor: Actor) {
    const { preview, upload } = await check(code, input);
    if (preview.issues.length)
      throw badRequest(
        `${new Set(preview.issues.map((i) => i.line)).size} line(s) of the file are not valid; nothing was applied`,
        preview.issues.map((i) => ({
          path: `file.line.${i.line}${i.column ? `.${i.column}` : ''}`,
          message: i.message,
        })),
      );
    const applied =
      input.kind === 'skd'
        ? await results.skdResults(code, upload, actor)
        : input.kind === 'competency'
          ? await results.competencyResults(code, upload, actor)
          : await results.skbResults(code, { ...upload, components: input.components! }, actor);
    return { ...applied, format: preview.format };
  }

  return {
    /**
     * A page's preview: the file is kept sealed for an hour under a random id that the preview's form
     * carries, so that applying it needs no second upload; the preview is the API's.
     */
    async stageResultFile(code: string, input: ResultFileInput, actor: Actor) {
      if (input.bytes.length > STAGED_MAX_BYTES)
        throw new Problem(
          413,
          'Content Too Large',
          `a page takes files of at most ${STAGED_MAX_BYTES} bytes`,
        );
      const { preview } = await check(code, input);
      const sealed = deps.fields.sealBytes(input.bytes);
      const stageId = randomBytes(18).toString('base64url');
      const now = new Date();
      await models.stagedFiles.deleteMany({ createdAt: { $lt: new Date(now.getTime() - STAGED_FOR_MS) } });
      await models.stagedFiles.create([
        {
          _id: stageId,
          cycleCode: code,
          kind: input.kind,
          ...(input.components ? { components: JSON.stringify(input.components) } : {}),
          actor: actor.sub,
          keyId: sealed.keyId,
          data: sealed.data,
          createdAt: now,
        },
      ]);
      return { stageId, preview };
    },

    /** Applies a staged file (its stager only, within the hour); removed once handed over. */
    async applyStagedResultFile(code: string, stageId: string, actor: Actor) {
      const staged = await models.stagedFiles.findById(stageId).lean();
      if (
        !staged ||
        staged.cycleCode !== code ||
        staged.actor !== actor.sub ||
        staged.createdAt.getTime() < Date.now() - STAGED_FOR_MS
      )
        throw conflict('this preview has expired or is not yours; upload the file again');
      const input: ResultFileInput = {
        kind: staged.kind as ResultFileKind,
        bytes: deps.fields.openBytes(staged.keyId, (staged.data as unknown as { buffer: Uint8Array }).buffer),
        ...(staged.components
          ? { components: JSON.parse(staged.components) as SkbResultsInput['components'] }
          : {}),
      };
      const applied = await applyFile(code, input, actor);
      await models.stagedFiles.deleteOne({ _id: stageId });
      return { ...applied, kind: input.kind };
    },

    async previewResultFile(code: string, input: ResultFileInput): Promise<ResultFilePreview> {
      return (await check(code, input)).preview;
    },

    applyResultFile: applyFile,
  };
}

/** A preview row as the JSON upload's row of that kind. */
function uploadRow(kind: ResultFileKind, r: PreviewRow): object {
  return kind === 'skb'
    ? { applicationId: r.applicationId, scores: r.scores }
    : { applicationId: r.applicationId, ...r.scores };
}

/** A kind's template as a download: the header row the upload reads, for the API and the pages alike. */
export async function resultFileTemplate(
  kind: ResultFileKind,
  format: TableFormat,
  componentCodes: string[] = [],
) {
  return {
    body: await writeTable(format, `Hasil ${kind.toUpperCase()}`, templateHeaders(kind, componentCodes)),
    headers: {
      'Content-Type': tableContentTypes[format],
      'Content-Disposition': `attachment; filename="template-${kind}.${format}"`,
    },
  };
}
