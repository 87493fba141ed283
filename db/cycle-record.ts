// The cycle's record in the read model, created from the cycle workflow's input by the command that opens
// the cycle, before it starts the workflow (whose activities read the record). The upsert only ever
// inserts; afterwards the cycle workflow alone writes the record (its phase and open appeal windows).
import type { Models } from './connection';
import type { CycleInput } from '../workflows/recruitment/messages';

export async function upsertCycleRecord(models: Models, input: CycleInput): Promise<void> {
  await models.cycles.updateOne(
    { _id: input.code },
    {
      $setOnInsert: {
        kind: input.kind,
        title: input.title,
        budgetYear: input.budgetYear,
        ruleSetId: input.rules.id,
        rules: input.rules,
        overrides: input.overrides,
        formations: input.formations,
        schedule: input.schedule,
        phase: 'announced',
        appealWindows: {},
        seq: 0,
        createdBy: input.createdBy.sub,
      },
    },
    { upsert: true },
  );
}
