// The awards round's side effects: its record (rules and overrides, audited), the eligible list built from
// the year's results by a cursor that heartbeats its place (a retry resumes there; the round's own history
// holds only one line per unit), the unit heads' nominations and the committee's decisions (each written
// to the awards read model and audited), and the close. The rules themselves are domain/appraisal/award-rules.ts.
import { Context } from '@temporalio/activity';
import type { AwardDecisionRecord, AwardNominationRecord, AwardRoundUnit } from '../../db/models/awards';
import { writeIfNewer } from '../../db/write-if-newer';
import type { Actor } from '../../domain/actor';
import {
  awardIneligibility,
  earlierYearsNeeded,
  type AwardNominations,
  type AwardRuleChange,
  type AwardRules,
} from '../../domain/appraisal/award-rules';
import type { Predikat } from '../../domain/appraisal/rule-sets';
import { taskIdOf, type Assignee } from '../tasks';
import type { AppraisalActivityDeps } from './shared';

/**
 * The NIPs with a disciplinary sanction (PP 94/2021) decided for the year: a case of that year's absences
 * decided with any sanction but `none` (light ones included: each is a hukuman disiplin).
 */
async function sanctionsInForce(models: AppraisalActivityDeps['models'], year: number) {
  const cases = await models.disciplineCases
    .find({ year, status: 'decided' }, { nip: 1, decision: 1 })
    .lean();
  return new Set(
    cases
      .filter((c) => {
        const sanction = (c.decision as { sanction?: string } | null)?.sanction;
        return !!sanction && sanction !== 'none';
      })
      .map((c) => c.nip),
  );
}

/** A unit of the round as the workflow needs it: its nomination task and who does it. */
export interface AwardUnitTask extends AwardRoundUnit {
  taskId: string;
  assignee: Assignee;
}

export const nominationStep = (unitCode: string) => `nomination/${unitCode}`;
export const decisionStep = (nip: string) => `decision/${nip}`;

export function createAwardActivities({ models, clock, settings, audit }: AppraisalActivityDeps) {
  const roundWrite = (year: number, seq: number, set: Record<string, unknown>) =>
    writeIfNewer(models.awardRounds as never, year, seq, set);
  const awardWrite = (
    id: string,
    seq: number,
    set: Record<string, unknown>,
    insert?: Record<string, unknown>,
  ) =>
    writeIfNewer(models.awards as never, id, seq, set, insert ? { setOnInsert: insert } : { insert: false });
  const hr = (email: string): Assignee => ({ kind: 'hr', nip: null, name: 'Tim Penghargaan BKPSDM', email });

  /** Who nominates for a unit: its active head by the registry, else HR. */
  async function headOf(unitCode: string): Promise<{ unitName: string; assignee: Assignee }> {
    const unit = await models.orgUnits.findById(unitCode, { name: 1, headNip: 1 }).lean();
    const head = unit?.headNip
      ? await models.employees.findById(unit.headNip, { name: 1, email: 1, active: 1 }).lean()
      : null;
    const assignee: Assignee =
      head && head.active
        ? { kind: 'employee', nip: head._id, name: head.name, email: head.email }
        : hr(settings.hrEmail);
    return { unitName: unit?.name ?? unitCode, assignee };
  }

  return {
    /** The heads of these units now (after a change in the registry), read only. */
    async awardUnitHeads(input: {
      unitCodes: string[];
    }): Promise<{ heads: { unitCode: string; assignee: Assignee }[] }> {
      const heads = [];
      for (const unitCode of input.unitCodes)
        heads.push({ unitCode, assignee: (await headOf(unitCode)).assignee });
      return { heads };
    },

    /** Records the round with its rules and what the year's overrides changed (audited). */
    async openAwardRound(input: {
      workflowId: string;
      seq: number;
      year: number;
      rules: AwardRules;
      ruleChanges: AwardRuleChange[];
      actor: Actor;
    }): Promise<{ hrEmail: string }> {
      const at = clock();
      await writeIfNewer(
        models.awardRounds as never,
        input.year,
        input.seq,
        { rules: input.rules, ruleChanges: input.ruleChanges, phase: 'eligibility' },
        { setOnInsert: { workflowId: input.workflowId, openedBy: input.actor.sub, openedAt: at } },
      );
      await audit.append({
        key: `${input.workflowId}/opened`,
        at: at.toISOString(),
        actor: input.actor.sub,
        role: input.actor.role,
        action: 'awards.round.opened',
        subject: input.workflowId,
        reason: input.ruleChanges.length ? 'rule set with overrides' : 'rule set unchanged',
        after: { ruleSetId: input.rules.id, version: input.rules.version, ruleChanges: input.ruleChanges },
      });
      return { hrEmail: settings.hrEmail };
    },

    /**
     * The eligible list: walks the year's results with a qualifying predikat in NIP order (heartbeating
     * the last NIP, resumed after it on a retry), puts each eligible employee on the awards read model,
     * then answers one line per unit with anyone eligible: its head (HR when it has none) and the count.
     */
    async listAwardEligibility(input: {
      workflowId: string;
      seq: number;
      year: number;
      rules: AwardRules;
    }): Promise<{ units: AwardUnitTask[] }> {
      const ctx = Context.current();
      const resumeAfter = (ctx.info.heartbeatDetails as { lastNip?: string } | undefined)?.lastNip;
      const { year, rules } = input;
      const sanctions = await sanctionsInForce(models, year);
      const earlierYears = earlierYearsNeeded(rules);
      const cursor = models.appraisalRecords
        .find(
          {
            year,
            predikat: { $in: rules.criteria.predikat },
            ...(resumeAfter ? { nip: { $gt: resumeAfter } } : {}),
          },
          { nip: 1, name: 1, unitCode: 1, predikat: 1, left: 1 },
        )
        .sort({ nip: 1 })
        .lean()
        .cursor({ batchSize: 200 });
      let lastNip = resumeAfter;
      for await (const r of cursor) {
        const earlier: (Predikat | null)[] = [];
        for (let i = 1; i <= earlierYears; i++) {
          const before = await models.appraisalRecords
            .findById(`${year - i}/${r.nip}`, { predikat: 1 })
            .lean();
          earlier.push((before?.predikat ?? null) as Predikat | null);
        }
        const why = awardIneligibility(
          rules,
          { nip: r.nip, predikat: r.predikat as Predikat, earlier, left: !!r.left },
          sanctions,
        );
        if (why === null)
          await awardWrite(
            `${year}/${r.nip}`,
            input.seq,
            { name: r.name, unitCode: r.unitCode, predikat: r.predikat },
            { year, nip: r.nip, status: 'eligible', nomination: null, decision: null },
          );
        lastNip = r.nip;
        ctx.heartbeat({ lastNip }); // the SDK throttles these to a few a heartbeat timeout
      }
      const groups = await models.awards.aggregate<{ _id: string; n: number }>([
        { $match: { year } },
        { $group: { _id: '$unitCode', n: { $sum: 1 } } },
      ]);
      const units: AwardUnitTask[] = [];
      for (const g of groups.sort((a, b) => (a._id < b._id ? -1 : 1))) {
        ctx.heartbeat({ lastNip });
        const { unitName, assignee } = await headOf(g._id);
        units.push({
          unitCode: g._id,
          unitName,
          headNip: assignee.nip,
          headName: assignee.name,
          eligible: g.n,
          taskId: taskIdOf(input.workflowId, nominationStep(g._id)),
          assignee,
        });
      }
      await roundWrite(year, input.seq, {
        phase: 'nomination',
        units: units.map(({ taskId: _t, assignee: _a, ...u }) => u),
      });
      return { units };
    },

    /**
     * A unit's nominations (checked by the command against the eligible list before the workflow took
     * them): each nominee's record moves to `nominated` and each nomination is audited; none is audited
     * too. Answers the nominees with their decision task ids.
     */
    async recordAwardNominations(input: {
      workflowId: string;
      seq: number;
      year: number;
      unitCode: string;
      nominations: AwardNominations['nominations'];
      actor: Actor;
      byName: string;
    }): Promise<{ nip: string; name: string; taskId: string }[]> {
      const at = clock().toISOString();
      const out: { nip: string; name: string; taskId: string }[] = [];
      for (const n of input.nominations) {
        const id = `${input.year}/${n.nip}`;
        const record = await models.awards.findById(id, { name: 1, unitCode: 1 }).lean();
        if (!record || record.unitCode !== input.unitCode) continue; // not on this unit's list
        const nomination: AwardNominationRecord = {
          byNip: input.actor.nip ?? '',
          byName: input.byName,
          reason: n.reason,
          at,
        };
        await awardWrite(id, input.seq, { status: 'nominated', nomination });
        await audit.append({
          key: `${input.workflowId}/nomination/${n.nip}`,
          at,
          actor: input.actor.sub,
          role: input.actor.role,
          action: 'awards.nominated',
          subject: `${input.workflowId}/${n.nip}`,
          reason: n.reason,
          before: { status: 'eligible' },
          after: { status: 'nominated', unitCode: input.unitCode },
        });
        out.push({ nip: n.nip, name: record.name, taskId: taskIdOf(input.workflowId, decisionStep(n.nip)) });
      }
      if (input.nominations.length === 0)
        await audit.append({
          key: `${input.workflowId}/nomination/${input.unitCode}/none`,
          at,
          actor: input.actor.sub,
          role: input.actor.role,
          action: 'awards.unit.none-nominated',
          subject: `${input.workflowId}/${input.unitCode}`,
          reason: 'no nomination from the unit',
        });
      return out;
    },

    /** The committee's decision on one nomination (audited); answers the employee to tell. */
    async recordAwardDecision(input: {
      workflowId: string;
      seq: number;
      year: number;
      nip: string;
      awarded: boolean;
      reason: string;
      actor: Actor;
    }): Promise<{ name: string; email: string }> {
      const at = clock().toISOString();
      const decision: AwardDecisionRecord = {
        awarded: input.awarded,
        reason: input.reason,
        by: input.actor.sub,
        at,
      };
      const status = input.awarded ? 'awarded' : 'not-awarded';
      await awardWrite(`${input.year}/${input.nip}`, input.seq, { status, decision });
      await audit.append({
        key: `${input.workflowId}/decision/${input.nip}`,
        at,
        actor: input.actor.sub,
        role: input.actor.role,
        action: 'awards.decided',
        subject: `${input.workflowId}/${input.nip}`,
        reason: input.reason,
        before: { status: 'nominated' },
        after: { status },
      });
      const e = await models.employees.findById(input.nip, { name: 1, email: 1 }).lean();
      if (!e) throw new Error(`the nominee of ${input.workflowId} is not in the registry`);
      return { name: e.name, email: e.email };
    },

    /** The round ends: its phase, when, and how many were awarded (audited). */
    async closeAwardRound(input: {
      workflowId: string;
      seq: number;
      year: number;
      counts: { units: number; nominated: number; awarded: number };
    }): Promise<void> {
      const at = clock();
      await roundWrite(input.year, input.seq, { phase: 'closed', closedAt: at });
      await audit.append({
        key: `${input.workflowId}/closed`,
        at: at.toISOString(),
        actor: 'system',
        role: 'system',
        action: 'awards.round.closed',
        subject: input.workflowId,
        reason: 'every nomination decided',
        after: input.counts,
      });
    },
  };
}
