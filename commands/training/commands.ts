// Every competency-development command, built once from their dependencies, for the API and the pages.
import type { TrainingDeps } from './deps';
import { importCommands } from './imports';
import { planCommands } from './plans';
import { programmeCommands } from './programmes';
import { progressCommands } from './progress';
import { recordCommands } from './records';
import { yearCommands } from './years';

export function trainingCommands(deps: TrainingDeps) {
  return {
    ...recordCommands(deps),
    ...programmeCommands(deps),
    ...importCommands(deps),
    ...progressCommands(deps),
    ...planCommands(deps),
    ...yearCommands(deps),
  };
}
export type TrainingCommands = ReturnType<typeof trainingCommands>;
