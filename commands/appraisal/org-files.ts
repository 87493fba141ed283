// The organisation import from a spreadsheet (CSV or XLSX, as SIASN exports it): the file is read
// (commands/files/tables.ts), its rows mapped to the JSON import's (domain/org/import-file.ts) and checked
// as a whole with the same check as the JSON import, against the registry as it is, every bad row named by
// its line and column. Applying a file with any bad row imports nothing; a good one goes through the JSON
// import's own command (commands/org/registry.ts), which tells the running appraisals of the changes.
// A page's preview keeps the file sealed for an hour so that applying it is one confirmed step.
import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Actor, Principal } from '../../domain/actor';
import {
  fileIssuesOf,
  mapOrgRows,
  orgTemplateHeaders,
  type OrgFileIssue,
  type OrgFileKind,
} from '../../domain/org/import-file';
import { validateOrgImport } from '../../domain/org/reporting-line';
import type { EmployeeImport, UnitImport } from '../../domain/org/schemas';
import type { OrgImportSummary } from '../../domain/org/views';
import { listLimits, textLimits } from '../../domain/text';
import type { FieldCrypto } from '../../runtime/field-crypto';
import { Problem, badRequest, conflict } from '../errors';
import { readTable, tableContentTypes, writeTable, type TableFormat } from '../files/tables';
import { orgCommands } from '../org/registry';
import type { AppraisalDeps } from './deps';

/** The largest organisation file read over the API (a city's 100,000 rows fit in a few MB). */
export const ORG_FILE_MAX_BYTES = 20 * 1024 * 1024;
/** A page's file is kept in one document until applied: under MongoDB's 16 MB, sealing included. */
const STAGED_MAX_BYTES = 15 * 1024 * 1024;
const STAGED_FOR_MS = 60 * 60 * 1000;
/** The staged file's scope: lower case, so never a recruitment cycle's code (those are capitals). */
const STAGE_SCOPE = 'org-registry';
const TABLE_LIMITS = { maxRows: listLimits.rows, maxColumns: 40, maxCell: textLimits.short };

export type OrgFileDeps = AppraisalDeps & { fields: FieldCrypto };

export interface OrgFilePreview {
  kind: OrgFileKind;
  format: TableFormat;
  /** Every row as understood (the import's fields), with its line. */
  rows: { line: number; fields: Record<string, string | null> }[];
  /** Every bad row: the file refuses to import while there is any. */
  issues: OrgFileIssue[];
  /** What imports but deserves a look (an appraiser below pengawas). */
  warnings: OrgFileIssue[];
}

export function orgFileCommands(deps: OrgFileDeps) {
  const { models } = deps;
  const org = orgCommands(deps);

  /** The file checked as the JSON import checks it, against the registry as it is now. */
  async function check(kind: OrgFileKind, bytes: Buffer) {
    const table = await readTable(bytes, TABLE_LIMITS);
    const mapped = mapOrgRows(kind, table);
    const rows = mapped.rows.map((fields, i) => ({ line: mapped.lines[i]!, fields }));
    if (mapped.issues.length)
      return {
        preview: { kind, format: table.format, rows: [], issues: mapped.issues, warnings: [] },
        mapped,
      };
    const units = new Map((await models.orgUnits.find({}).lean()).map((u) => [u.code, u]));
    const employees = new Map((await models.employees.find({}).lean()).map((e) => [e.nip, e]));
    const result = validateOrgImport(
      kind === 'units' ? mapped.rows : [],
      kind === 'employees' ? mapped.rows : [],
      {
        unit: (code) => units.get(code) as Pick<UnitImport, 'code' | 'parentCode'> | undefined,
        employee: (nip) => employees.get(nip) as EmployeeImport | undefined,
      },
    );
    const preview: OrgFilePreview = {
      kind,
      format: table.format,
      rows,
      issues: result.ok ? [] : fileIssuesOf(mapped, result.errors),
      warnings: fileIssuesOf(mapped, result.warnings),
    };
    return { preview, mapped };
  }

  /** Imports the file when no row is bad; otherwise refuses it whole (400, each bad line named). */
  async function applyOrgFile(
    principal: Principal,
    input: { kind: OrgFileKind; bytes: Buffer },
  ): Promise<OrgImportSummary & { format: TableFormat }> {
    const { preview, mapped } = await check(input.kind, input.bytes);
    if (preview.issues.length)
      throw badRequest(
        `${new Set(preview.issues.map((i) => i.line)).size} line(s) of the file are not valid; nothing was imported`,
        preview.issues.map((i) => ({
          path: `file.line.${i.line}${i.column ? `.${i.column}` : ''}`,
          message: i.message,
        })),
      );
    const summary = await org.importRegistry(principal, {
      units: input.kind === 'units' ? mapped.rows : [],
      employees: input.kind === 'employees' ? mapped.rows : [],
    });
    return { ...summary, format: preview.format };
  }

  return {
    async previewOrgFile(input: { kind: OrgFileKind; bytes: Buffer }): Promise<OrgFilePreview> {
      return (await check(input.kind, input.bytes)).preview;
    },

    applyOrgFile,

    /** A page's preview: the file kept sealed under a random id the preview's form carries. */
    async stageOrgFile(input: { kind: OrgFileKind; bytes: Buffer }, actor: Actor) {
      if (input.bytes.length > STAGED_MAX_BYTES)
        throw new Problem(
          413,
          'Content Too Large',
          `a page takes files of at most ${STAGED_MAX_BYTES} bytes`,
        );
      const { preview } = await check(input.kind, input.bytes);
      const sealed = deps.fields.sealBytes(input.bytes);
      const stageId = randomBytes(18).toString('base64url');
      const now = new Date();
      await models.stagedFiles.deleteMany({ createdAt: { $lt: new Date(now.getTime() - STAGED_FOR_MS) } });
      await models.stagedFiles.create([
        {
          _id: stageId,
          cycleCode: STAGE_SCOPE,
          kind: input.kind,
          actor: actor.sub,
          keyId: sealed.keyId,
          data: sealed.data,
          createdAt: now,
        },
      ]);
      return { stageId, preview };
    },

    /** Imports a staged file (its stager only, within the hour); removed once imported. */
    async applyStagedOrgFile(principal: Principal, stageId: string) {
      const staged = await models.stagedFiles.findById(stageId).lean();
      if (
        !staged ||
        staged.cycleCode !== STAGE_SCOPE ||
        staged.actor !== principal.sub ||
        staged.createdAt.getTime() < Date.now() - STAGED_FOR_MS
      )
        throw conflict('this preview has expired or is not yours; upload the file again');
      const bytes = deps.fields.openBytes(
        staged.keyId,
        (staged.data as unknown as { buffer: Uint8Array }).buffer,
      );
      const kind = staged.kind as OrgFileKind;
      const summary = await applyOrgFile(principal, { kind, bytes });
      await models.stagedFiles.deleteOne({ _id: stageId });
      return { ...summary, kind };
    },
  };
}
export type OrgFileCommands = ReturnType<typeof orgFileCommands>;

/** A kind's template as a download: the header row the upload reads, for the API and the pages alike. */
export async function orgFileTemplate(kind: OrgFileKind, format: TableFormat) {
  const headers = orgTemplateHeaders(kind);
  const sheetName = kind === 'units' ? 'Unit Organisasi' : 'Pegawai';
  return {
    body:
      format === 'csv'
        ? await writeTable(format, sheetName, headers)
        : await xlsxTemplate(sheetName, headers),
    headers: {
      'Content-Type': tableContentTypes[format],
      'Content-Disposition': `attachment; filename="template-${kind === 'units' ? 'unor' : 'pegawai'}.${format}"`,
    },
  };
}

/** The XLSX template: every column formatted as text, so that Excel keeps an 18-digit NIP as written. */
async function xlsxTemplate(sheetName: string, headers: string[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = headers.map(() => ({ width: 22, style: { numFmt: '@' } }));
  sheet.addRow(headers).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
