// A unit's part of the appraisal year: its own result (set by the unit head's superior or HR), its
// calibration (the distribution of annual predikat against the rule for that result), and HR's
// finalisation, refused with each broken rule while the calibration fails.
import { unitCalibration } from '../../db/models/appraisal-queries';
import { actorOf, type Principal } from '../../domain/actor';
import type { UnitResultInput } from '../../domain/appraisal/schemas';
import { appraisalYearWorkflowId } from '../../domain/workflow-ids';
import { finaliseUnit, setUnitResult } from '../../workflows/appraisal/messages';
import { conflict } from '../errors';
import { viaUpdate } from '../updates';
import { isUnitHead, isUnitHeadsSuperior, requireAccess } from './access';
import type { AppraisalDeps } from './deps';

interface UnitYear {
  year: number;
  unitCode: string;
}

export function unitCommands({ client, models }: AppraisalDeps) {
  const yearHandle = (year: number) => client.workflow.getHandle(appraisalYearWorkflowId(year));

  /** The unit's own result for a period or the year; answers the result it replaced. */
  async function setResult(principal: Principal, input: UnitYear & UnitResultInput) {
    await requireAccess(principal, () => isUnitHeadsSuperior(models, principal.nip, input.unitCode));
    return viaUpdate(`the ${input.year} appraisal year`, () =>
      yearHandle(input.year).executeUpdate(setUnitResult, {
        args: [
          { unitCode: input.unitCode, period: input.period, result: input.result, actor: actorOf(principal) },
        ],
      }),
    );
  }

  /** The unit's distribution of annual predikat against the rule for its result (the head or HR). */
  async function calibration(principal: Principal, input: UnitYear) {
    await requireAccess(principal, () => isUnitHead(models, principal.nip, input.unitCode));
    return unitCalibration(models, input.year, input.unitCode);
  }

  /** Finalises the unit's annual results, unless its calibration names a broken rule. */
  async function finalise(principal: Principal, input: UnitYear & { reason: string }) {
    const current = await unitCalibration(models, input.year, input.unitCode);
    if (!current.finalised && current.blockers.length > 0)
      throw conflict(`unit ${input.unitCode} cannot be finalised: ${current.blockers.join('; ')}`, {
        calibration: current,
      });
    return viaUpdate(`the ${input.year} appraisal year`, () =>
      yearHandle(input.year).executeUpdate(finaliseUnit, {
        args: [{ unitCode: input.unitCode, actor: actorOf(principal), reason: input.reason }],
      }),
    );
  }

  return { setResult, calibration, finalise };
}
