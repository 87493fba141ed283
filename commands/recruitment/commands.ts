// The recruitment use cases, apart from HTTP: the JSON API, the pages, the tests and the demo all call
// these, so that a rule or a check exists once.
import { announcementCommands } from './announcements';
import { applicationCommands } from './applications';
import { applicationRecordCommands } from './application-record';
import { candidatePortalCommands } from './candidate-portal';
import { type RecruitmentDeps } from './context';
import { cycleCommands } from './cycles';
import { dashboardCommands } from './dashboard';
import { documentCommands } from './documents';
import { exportCommands } from './exports';
import { intakeCommands } from './intake';
import { meritEvidenceCommands } from './merit-evidence';
import { personalDataCommands } from './personal-data';
import { rankingCommands } from './rankings';
import { resultCommands } from './results';
import { resultFileCommands } from './result-files';
import { retentionCommands } from './retention';
import { stageDeskCommands } from './stage-desk';

export function recruitmentCommands(deps: RecruitmentDeps) {
  return {
    ...cycleCommands(deps),
    ...intakeCommands(deps),
    ...applicationCommands(deps),
    ...documentCommands(deps),
    ...candidatePortalCommands(deps),
    ...resultCommands(deps),
    ...resultFileCommands(deps),
    ...rankingCommands(deps),
    ...personalDataCommands(deps),
    ...retentionCommands(deps),
    ...exportCommands(deps),
    ...announcementCommands(deps),
    ...dashboardCommands(deps),
    ...applicationRecordCommands(deps),
    ...meritEvidenceCommands(deps),
    ...stageDeskCommands(deps),
  };
}

export type RecruitmentCommands = ReturnType<typeof recruitmentCommands>;
