// The recruitment read models as workflows write them: idempotent upserts that carry the workflow's step
// sequence, so a retried or late write never moves a record backwards.
import type { Models } from '../../db/connection';
import type { CycleInput } from '../../workflows/recruitment/messages';
import { upsertCycleRecord } from '../../db/cycle-record';
import { writeIfNewer } from '../../db/write-if-newer';

export function createReadModelActivities({ models }: { models: Models }) {
  return {
    /** Creates the cycle's record from the workflow's input; a second call finds it and changes nothing. */
    async registerCycle(input: CycleInput): Promise<void> {
      await upsertCycleRecord(models, input);
    },

    /** Applies `set` when `seq` is newer than what the record holds (a replay or retry changes nothing). */
    async saveApplication(input: {
      applicationId: string;
      seq: number;
      set: Record<string, unknown>;
    }): Promise<void> {
      await writeIfNewer(models.applications as never, input.applicationId, input.seq, input.set);
    },

    async saveCycle(input: { code: string; seq: number; set: Record<string, unknown> }): Promise<void> {
      await writeIfNewer(models.cycles as never, input.code, input.seq, input.set);
    },

    /** Records the budget years in which a candidate who withdrew after passing may not apply. */
    async recordWithdrawalBan(input: {
      applicationId: string;
      years: number[];
      reason: string;
    }): Promise<void> {
      const app = await models.applications
        .findById(input.applicationId, { applicantKey: 1, cycleCode: 1 })
        .lean();
      if (!app) throw new Error(`unknown application ${input.applicationId}`);
      await models.bans.updateOne(
        { _id: `${app.applicantKey}/${app.cycleCode}` },
        {
          $setOnInsert: {
            applicantKey: app.applicantKey,
            cycleCode: app.cycleCode,
            years: input.years,
            reason: input.reason,
          },
        },
        { upsert: true },
      );
    },
  };
}
