// The cycle's record in the read model, created from the cycle workflow's input. Both the API (right after
// it starts the workflow, so the cycle is readable at once) and the workflow's first activity (in case the
// API stopped in between) call this; the upsert only ever inserts.
import type { Models } from './connection';
import type { CycleInput } from '../workflows/recruitment/messages';

export async function upsertCycleRecord(models: Models, input: CycleInput): Promise<void> {
  await models.cycles.updateOne(
    { _id: input.code },
    {
      $setOnInsert: {
        kind: input.kind,
        title: input.title,
        ruleSetId: input.rules.id,
        rules: input.rules,
        overrides: input.overrides,
        formations: input.formations,
        schedule: input.schedule,
        phase: 'announced',
        appealWindows: {},
        seq: 0,
        createdBy: input.actor,
      },
    },
    { upsert: true },
  );
}
