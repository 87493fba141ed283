// A year's results as a file (XLSX or CSV), streamed as it is read: one row per employee by NIP through a
// batched cursor, so a city's year never sits in memory (commands/files/table-stream.ts). The columns are
// domain/appraisal/result-columns.ts's one list. HR only, as the API's results list.
import type { Principal } from '../../domain/actor';
import { resultColumns, resultRow, type ResultRecord } from '../../domain/appraisal/result-columns';
import { withAwards } from './award-exports';
import { notFound } from '../errors';
import { streamTable } from '../files/table-stream';
import { tableContentTypes, type TableFormat } from '../files/tables';
import type { PreparedFile } from '../recruitment/exports';
import { requireAccess } from './access';
import type { AppraisalDeps } from './deps';

const BATCH = 500;

export function yearExportCommands({ models }: AppraisalDeps) {
  /** The year's results file, ready to stream; 404 for a year not opened. */
  async function yearResultsFile(
    principal: Principal,
    input: { year: number; format: TableFormat },
  ): Promise<PreparedFile> {
    await requireAccess(principal, () => false);
    if (!(await models.appraisalYears.findById(input.year, { _id: 1 }).lean()))
      throw notFound(`no appraisal year ${input.year}`);
    async function* rows() {
      const cursor = models.appraisalRecords
        .find({ year: input.year })
        .sort({ nip: 1 })
        .lean()
        .cursor({ batchSize: BATCH });
      const awarded = withAwards(models, input.year);
      const rowsOf = async (batch: ResultRecord[]) =>
        (await awarded(batch)).map((r) => resultRow(r as unknown as ResultRecord));
      try {
        let batch: ResultRecord[] = [];
        for await (const r of cursor) {
          batch.push(r as unknown as ResultRecord);
          if (batch.length < BATCH) continue;
          yield* await rowsOf(batch);
          batch = [];
        }
        if (batch.length) yield* await rowsOf(batch);
      } finally {
        await cursor.close();
      }
    }
    return {
      fileName: `hasil-kinerja-${input.year}.${input.format}`,
      contentType: tableContentTypes[input.format],
      write: (out) =>
        streamTable(
          input.format,
          [{ name: `Hasil ${input.year}`, headers: resultColumns.map((c) => c.header), rows: rows() }],
          out,
        ),
    };
  }
  return { yearResultsFile };
}
