// A training year's calendar: the one HR opened it with (a year record, possibly compressed for a
// demonstration or a test), else the rule set's. The commands read it to know whether entries are open.
import type { Models } from '../../db/connection';
import { yearCalendar } from '../../domain/training/jp';
import { defaultTrainingRuleSetId, trainingRules, type TrainingRules } from '../../domain/training/rule-sets';
import type { TrainingYearConfig } from '../../domain/training/schemas';

export interface YearSetting {
  config: TrainingYearConfig;
  rules: TrainingRules;
  entriesCloseAt: string;
}

export async function yearSetting(models: Models, year: number): Promise<YearSetting> {
  const record = await models.trainingYears.findById(year, { config: 1 }).lean();
  const stored = record?.config as TrainingYearConfig | undefined;
  const rules = trainingRules(stored?.ruleSetId ?? defaultTrainingRuleSetId);
  const calendar = yearCalendar(year, rules);
  const config: TrainingYearConfig = stored ?? {
    year,
    ruleSetId: rules.id,
    midYearAt: calendar.midYearAt,
    endsAt: calendar.endsAt,
  };
  // Entries close as long after the (possibly compressed) year's end as the rules say after 1 January.
  const grace = Date.parse(calendar.entriesCloseAt) - Date.parse(calendar.endsAt);
  const entriesCloseAt = new Date(Date.parse(config.endsAt) + grace).toISOString();
  return { config, rules, entriesCloseAt };
}
