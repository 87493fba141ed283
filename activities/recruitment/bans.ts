// The withdrawal bans: the budget years in which a candidate who withdrew after passing may not apply,
// recorded once per application (a retry finds the ban and changes nothing).
import type { Models } from '../../db/connection';

export function createBanActivities({ models }: { models: Models }) {
  return {
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
