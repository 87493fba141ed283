// Every stored history (tests/fixtures/histories) must replay on the current workflow code: a change that
// would break running workflows fails here until it is put behind patched().
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from '@temporalio/worker';
import { historiesDir } from '../support/histories';

const files = readdirSync(historiesDir).filter((f) => f.endsWith('.json'));

describe('replay of stored histories', () => {
  it('has stored histories to replay', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('replays %s without nondeterminism', async (file) => {
    const history = JSON.parse(readFileSync(path.join(historiesDir, file), 'utf8'));
    await expect(
      Worker.runReplayHistory(
        { workflowBundle: { codePath: process.env.SDM_TEST_WORKFLOW_BUNDLE! } },
        history,
        file.replace(/\.json$/, ''),
      ),
    ).resolves.toBeUndefined();
  });
});
