// HR's download of a year's awards list (everyone on a unit's eligible list, nominated or decided) as XLSX
// or CSV, streamed from the database through a cursor (commands/files/table-stream.ts) and audited before
// its first row, since it takes names and NIPs out of the system.
import type { Writable } from 'node:stream';
import type { AuditTrail } from '../../db/audit-trail';
import type { AwardRecord } from '../../db/models/awards';
import type { Principal } from '../../domain/actor';
import { awardListHeaders, awardListRow } from '../../domain/appraisal/award-export';
import { awardsWorkflowId } from '../../domain/workflow-ids';
import { forbidden, notFound } from '../errors';
import { streamTable, type Cell } from '../files/table-stream';
import { tableContentTypes, type TableFormat } from '../files/tables';
import type { PreparedFile } from '../recruitment/exports';
import { toAwardView, type AwardView } from './awards';
import type { AppraisalDeps } from './deps';

/**
 * Attaches their award of the year to a batch of streamed appraisal records (one `_id` $in read per batch,
 * not one per row), for the year's results export and its award columns (awardResultColumns).
 */
export function withAwards(models: AppraisalDeps['models'], year: number) {
  return async <R extends { nip: string }>(batch: R[]): Promise<(R & { award: AwardView | null })[]> => {
    const found = await models.awards.find({ _id: { $in: batch.map((r) => `${year}/${r.nip}`) } }).lean();
    const byNip = new Map(found.map((a) => [a.nip, toAwardView(a)]));
    return batch.map((r) => ({ ...r, award: byNip.get(r.nip) ?? null }));
  };
}

export function awardExportCommands({ models, audit }: AppraisalDeps & { audit: AuditTrail }) {
  async function prepareAwardsExport(
    principal: Principal,
    input: { year: number; format: TableFormat },
  ): Promise<PreparedFile> {
    if (principal.role !== 'hr') throw forbidden('only HR downloads the awards list');
    if (!(await models.awardRounds.exists({ _id: input.year })))
      throw notFound(`no awards round for ${input.year}`);
    return {
      fileName: `penghargaan-${input.year}.${input.format}`,
      contentType: tableContentTypes[input.format],
      async write(out: Writable) {
        await audit.append({
          key: `${awardsWorkflowId(input.year)}/export/${Date.now()}-${Math.random().toString(36).slice(2)}`,
          at: new Date().toISOString(),
          actor: principal.sub,
          role: principal.role,
          action: 'awards.exported',
          subject: awardsWorkflowId(input.year),
          reason: `awards list as ${input.format}`,
        });
        const cursor = models.awards
          .find({ year: input.year })
          .sort({ unitCode: 1, nip: 1 })
          .lean()
          .cursor({ batchSize: 500 });
        async function* rows(): AsyncIterable<Cell[]> {
          for await (const r of cursor) yield awardListRow(toAwardView(r as AwardRecord));
        }
        return streamTable(
          input.format,
          [{ name: `Penghargaan ${input.year}`, headers: awardListHeaders(), rows: rows() }],
          out,
        );
      },
    };
  }
  return { prepareAwardsExport };
}

export type AwardExportCommands = ReturnType<typeof awardExportCommands>;
