// What the registry's changes do to the appraisals still running: a new supervisor or position is
// signalled to that employee's appraisal of every open year, and a departure ends them (an Update).
import type { OrgImportOutcome } from '../../db/models/org-import';
import type { Actor } from '../../domain/actor';
import { appraisalWorkflowId, awardsWorkflowId } from '../../domain/workflow-ids';
import { unitHeadsChanged } from '../../workflows/appraisal/award-messages';
import { leaveAppraisal, positionChanged, reportingLineChanged } from '../../workflows/appraisal/messages';
import type { AppraisalDeps } from '../appraisal/deps';
import { viaUpdate } from '../updates';

export function runningAppraisals({ client, models }: AppraisalDeps) {
  const handle = (year: number, nip: string) => client.workflow.getHandle(appraisalWorkflowId(year, nip));

  /** Years whose appraisals may still be running. */
  const openYears = async () =>
    (await models.appraisalYears.find({ phase: { $ne: 'finalised' } }, { _id: 1 }).lean()).map(
      (y) => y._id as number,
    );

  /** Tells each changed employee's running appraisals of their new supervisor or position. */
  async function tellOfChanges(outcome: OrgImportOutcome): Promise<void> {
    const years = await openYears();
    const sends: Promise<unknown>[] = [];
    for (const year of years) {
      for (const nip of outcome.supervisorChanged) sends.push(handle(year, nip).signal(reportingLineChanged));
      for (const { nip, position } of outcome.positionChanged)
        sends.push(handle(year, nip).signal(positionChanged, { position }));
    }
    // A running awards round re-reads its units' heads (an open nomination moves to a new head).
    const rounds = await models.awardRounds.find({ phase: { $ne: 'closed' } }, { _id: 1 }).lean();
    for (const r of rounds)
      sends.push(client.workflow.getHandle(awardsWorkflowId(r._id as number)).signal(unitHeadsChanged));
    // An employee without a running appraisal that year has nothing to tell.
    await Promise.allSettled(sends);
  }

  /** Ends the employee's running appraisals with the reason; answers how many there were. */
  async function endAppraisals(nip: string, reason: string, actor: Actor): Promise<number> {
    let ended = 0;
    for (const year of await openYears()) {
      try {
        await viaUpdate('the appraisal', () =>
          handle(year, nip).executeUpdate(leaveAppraisal, { args: [{ reason, actor }] }),
        );
        ended++;
      } catch {
        // no running appraisal that year
      }
    }
    return ended;
  }

  return { tellOfChanges, endAppraisals };
}
