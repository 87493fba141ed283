// Every route of competency development, for api/app.ts, with their commands built once from the app's
// dependencies.
import type { AppDeps } from '../../app';
import { trainingCommands } from '../../../commands/training/commands';
import { programmeRoutes } from './programmes';
import { progressRoutes } from './progress';
import { recordRoutes } from './records';

export const trainingCommandsOf = (deps: AppDeps) =>
  trainingCommands({
    client: deps.client,
    models: deps.models,
    taskQueue: deps.config.taskQueue,
    fields: deps.fields,
    audit: deps.audit,
  });

export function trainingRoutes(deps: AppDeps) {
  const commands = trainingCommandsOf(deps);
  return [...recordRoutes(commands), ...programmeRoutes(commands), ...progressRoutes(commands)];
}
