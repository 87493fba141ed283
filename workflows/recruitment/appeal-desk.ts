// The appeals (sanggah) of one announced stage of a cycle, `recruitment-cycle/<code>/appeals/<stage>`: a
// child of the cycle that counts the appeals the application workflows open and resolve, and ends when
// the window has closed and every appeal is answered. The counting lives here, not in the cycle, so the
// cycle's history does not grow with the number of appeals; the desk itself continues as new when its
// history grows long, so it stays bounded however many candidates appeal.
import {
  allHandlersFinished,
  condition,
  continueAsNew,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type { AnnouncementStage } from '../../domain/recruitment/stages';
import { appealDeskState, appealOpened, appealResolved } from './messages';

export interface AppealDeskInput {
  cycleCode: string;
  stage: AnnouncementStage;
  /** When the candidates' appeal window closes (ISO 8601). */
  closesAt: string;
  /** Carried over a continue-as-new. */
  open?: number;
  accepted?: number;
  /** History length at which a run hands over to a new one (tests lower it). */
  historyLimit?: number;
}

export interface AppealDeskResult {
  stage: AnnouncementStage;
  accepted: number;
}

const HISTORY_LIMIT = 2_000;

export async function appealDesk(input: AppealDeskInput): Promise<AppealDeskResult> {
  let open = input.open ?? 0;
  let accepted = input.accepted ?? 0;
  setHandler(appealOpened, () => void (open += 1));
  setHandler(appealResolved, (r) => {
    open -= 1;
    if (r.accepted) accepted += 1;
  });
  setHandler(appealDeskState, () => ({ stage: input.stage, closesAt: input.closesAt, open, accepted }));

  const limit = input.historyLimit ?? HISTORY_LIMIT;
  const tooLong = () => workflowInfo().continueAsNewSuggested || workflowInfo().historyLength >= limit;
  let windowClosed = false;
  const untilClose = Date.parse(input.closesAt) - Date.now();
  if (untilClose > 0) windowClosed = !(await condition(tooLong, untilClose));
  else windowClosed = true;
  if (windowClosed) await condition(() => open === 0 || tooLong());

  if (!(windowClosed && open === 0)) {
    // Signals that arrive while this run completes make the server hand them to the next run's first task.
    await condition(allHandlersFinished);
    return continueAsNew<typeof appealDesk>({ ...input, open, accepted });
  }
  return { stage: input.stage, accepted };
}
