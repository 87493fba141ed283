// Stored workflow histories for replay tests: `UPDATE_HISTORIES=1 npm test` rewrites them from the runs
// of the current code (exported with `temporal workflow show -o json`); the replay test then proves
// that the code still replays every stored history.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { WorkflowHandle } from '@temporalio/client';
import { toolsBin } from '../../stack/paths';

export const historiesDir = path.join(__dirname, '..', 'fixtures', 'histories');

export async function maybeStoreHistory(handle: WorkflowHandle, name: string): Promise<void> {
  if (process.env.UPDATE_HISTORIES !== '1') return;
  const json = execFileSync(
    path.join(toolsBin, 'temporal'),
    [
      'workflow',
      'show',
      '--workflow-id',
      handle.workflowId,
      '--output',
      'json',
      '--address',
      process.env.SDM_TEST_TEMPORAL_ADDRESS!,
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  writeFileSync(path.join(historiesDir, `${name}.json`), json);
}
