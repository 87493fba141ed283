// The application of a fingerprint import: the command staged the validated rows in chunks of a batch;
// this activity writes them as day records, chunk after chunk, heartbeating the next chunk so that a
// retried attempt resumes there. A machine's punch does not replace an approved excuse (izin, sakit, cuti,
// dinas luar): the day keeps its status and gains the times.
import { Context } from '@temporalio/activity';
import type { Models } from '../../db/connection';
import { writeDays, type DayRecord } from './shared';

export function createAttendanceImportActivities({ models }: { models: Models }) {
  return {
    async applyAttendanceImport(input: {
      batchId: string;
    }): Promise<{ rows: number; inserted: number; updated: number }> {
      const ctx = Context.current();
      const batch = await models.attendanceImports.findById(input.batchId).lean();
      if (!batch) throw new Error(`no import batch ${input.batchId}`);
      let next = (ctx.info.heartbeatDetails as { next?: number } | undefined)?.next ?? 0;
      let inserted = 0;
      let updated = 0;
      for (; next < batch.chunks; next++) {
        const chunk = await models.attendanceImportChunks.findById(`${input.batchId}/${next}`).lean();
        if (!chunk) continue; // applied and removed by an earlier attempt
        const r = await writeDays(models, chunk.rows as DayRecord[], (existing, incoming) =>
          ['hadir', 'tanpa-keterangan'].includes(existing.status)
            ? withoutId(incoming)
            : {
                checkIn: incoming.checkIn,
                checkOut: incoming.checkOut,
                lateMinutes: incoming.lateMinutes,
                earlyMinutes: incoming.earlyMinutes,
              },
        );
        inserted += r.inserted;
        updated += r.updated;
        await models.attendanceImportChunks.deleteOne({ _id: chunk._id });
        ctx.heartbeat({ next: next + 1 });
      }
      await models.attendanceImports.updateOne(
        { _id: input.batchId },
        { $set: { status: 'applied', applied: batch.rows } },
      );
      return { rows: batch.rows, inserted, updated };
    },
  };
}

const withoutId = ({ _id: _ignored, ...rest }: DayRecord): Partial<DayRecord> => rest;
