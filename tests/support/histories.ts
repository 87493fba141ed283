// Stored workflow histories for replay tests: `UPDATE_HISTORIES=1 npm test` rewrites them from the runs
// of the current code; the replay test then proves that the code still replays every stored history.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import type { WorkflowHandle } from '@temporalio/client';

export const historiesDir = path.join(__dirname, '..', 'fixtures', 'histories');

export async function maybeStoreHistory(handle: WorkflowHandle, name: string): Promise<void> {
  if (process.env.UPDATE_HISTORIES !== '1') return;
  writeFileSync(path.join(historiesDir, `${name}.json`), historyToJSON(await handle.fetchHistory()));
}
