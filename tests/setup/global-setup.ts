// Starts the real servers once per test run (not per file): the Temporal dev server, the MongoDB-wire
// database and the SMTP capture (each workflow test file starts its own Java time-skipping server, since
// time skipping is global to a server). Bundles the workflow code once. Test files find all of
// it through SDM_TEST_* environment variables, which Jest workers inherit.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { startStack } from '../../stack/stack';
import { freePort } from '../../stack/ports';
import { failureConverterPath } from '../../runtime/temporal';

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sdm-flow-test-'));
  const stack = await startStack({
    dataDir,
    temporal: { port: await freePort() },
    database: { port: await freePort(), dbName: 'sdm-flow-test' },
    smtp: { port: await freePort(), httpPort: await freePort() },
  });
  (globalThis as { __SDM_STACK__?: unknown }).__SDM_STACK__ = stack;

  const { code } = await bundleWorkflowCode({
    workflowsPath: require.resolve('../workflows/test-workflows'),
    failureConverterPath,
    logger: { trace() {}, debug() {}, info() {}, warn() {}, error: console.error, log() {} } as never,
  });
  const bundlePath = path.join(dataDir, 'workflow-bundle.js');
  writeFileSync(bundlePath, code);

  Object.assign(process.env, {
    SDM_TEST_DATA_DIR: dataDir,
    SDM_TEST_TEMPORAL_ADDRESS: stack.temporalAddress,
    SDM_TEST_MONGODB_URI: stack.mongoUri,
    SDM_TEST_SMTP_URL: stack.smtpUrl,
    SDM_TEST_MAIL_URL: stack.mailUrl ?? '',
    SDM_TEST_WORKFLOW_BUNDLE: bundlePath,
  });
  process.stderr.write(
    `\n[tests] servers up and workflows bundled in ${((Date.now() - started) / 1000).toFixed(1)}s (data: ${dataDir})\n`,
  );
}
