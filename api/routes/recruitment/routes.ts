// The recruitment engine over HTTP: HR opens and runs cycles, anyone applies during registration and gets a
// candidate token, candidates follow and act on their own application. Every operation is a command of
// commands/recruitment/ (which checks access to the record and refuses with 400/403/404/409 itself); the
// route files only declare access, inputs and outputs.
import type { AppDeps } from '../../app';
import { recruitmentCommands } from '../../../commands/recruitment/commands';
import { defaultRateLimits } from '../../../runtime/config';
import { publicLimits } from '../../rate-limits';
import { applicationRoutes } from './applications';
import { cycleRoutes } from './cycles';
import { documentRoutes } from './documents';
import { exportRoutes } from './exports';
import { privacyRoutes } from './privacy';
import { recordRoutes } from './records';
import { resultRoutes } from './results';
import { resultFileRoutes } from './result-files';

/** The recruitment commands on the app's dependencies (the task inbox completes recruitment tasks with them). */
export const recruitmentCommandsOf = (deps: AppDeps) =>
  recruitmentCommands({
    client: deps.client,
    models: deps.models,
    auth: deps.auth,
    fields: deps.fields,
    audit: deps.audit,
    retention: deps.config.recruitmentRetention,
    taskQueue: deps.config.taskQueue,
    applicantKeySecret: deps.config.applicantKeySecret,
    hr: deps.config.hr,
    letterhead: deps.config.letterhead,
  });

export function recruitmentRoutes(deps: AppDeps) {
  const commands = recruitmentCommandsOf(deps);
  const limits = publicLimits(deps.config.rateLimits ?? defaultRateLimits, deps.config.applicantKeySecret);
  return [
    ...cycleRoutes(commands, limits),
    ...applicationRoutes(commands, limits),
    ...documentRoutes(commands),
    ...resultRoutes(commands),
    ...resultFileRoutes(commands),
    ...privacyRoutes(commands),
    ...exportRoutes(commands, limits.rankings),
    ...recordRoutes(commands),
  ];
}
