// A candidate's personal link: an access token for one application, signed when an email is sent, under
// the application's link version (`ver`). A renewal raises the version, so every earlier link stops
// working; and a link stops working `linkValidAfterClose` after its cycle closed (the rule set's window).
// The token's own expiry is only the outer bound: a cycle runs within its budget year, and a month or so
// after it, so a year covers every cycle and the real end is the cycle's.
import type { Auth } from '../../api/auth';
import type { Models } from '../../db/connection';
import type { Principal } from '../../domain/actor';
import type { RecruitmentWindows } from '../../domain/recruitment/rule-sets';
import { durationMs } from '../../domain/time';
import { unauthorized } from '../errors';

const TOKEN_LIFETIME = '400d';

/** When a cycle's links stop working (ms), once it has closed; undefined while it runs. */
export function linksWorkUntil(cycle: { closedAt?: Date | null; rules: unknown }): number | undefined {
  if (!cycle.closedAt) return undefined;
  const { windows } = cycle.rules as { windows: RecruitmentWindows };
  return new Date(cycle.closedAt).getTime() + durationMs(windows.linkValidAfterClose);
}

export function candidateLinks({ auth, models }: { auth: Auth; models: Models }) {
  return {
    /** A token for the application's personal link as its link version is now. */
    async sign(applicationId: string): Promise<string> {
      const app = await models.applications.findById(applicationId, { tokenVersion: 1 }).lean();
      const ver = app?.tokenVersion ?? 0;
      return auth.sign({ sub: applicationId, role: 'candidate', app: applicationId, ver }, TOKEN_LIFETIME);
    },

    /** Refuses a candidate whose link was renewed since, or whose cycle closed too long ago. */
    async admit(principal: Principal, now = Date.now()): Promise<void> {
      if (principal.role !== 'candidate') return;
      const app = await models.applications.findById(principal.app, { tokenVersion: 1, cycleCode: 1 }).lean();
      if (!app)
        throw unauthorized(
          'this link is no longer valid: its application does not exist (or expired unconfirmed)',
        );
      if ((principal.ver ?? 0) !== (app.tokenVersion ?? 0))
        throw unauthorized('this link was replaced by a newer one: use the link in your latest email');
      const cycle = await models.cycles.findById(app.cycleCode, { closedAt: 1, 'rules.windows': 1 }).lean();
      const until = cycle ? linksWorkUntil(cycle) : undefined;
      if (until !== undefined) {
        if (now > until)
          throw unauthorized(
            `the personal links of this cycle stopped working on ${new Date(until).toISOString()}`,
          );
      }
    },
  };
}

export type CandidateLinks = ReturnType<typeof candidateLinks>;
