// `npm run setup`: prepares every tool of the local stack in .tools/ (idempotent; a second run only
// checks the links). `npm start` and `npm test` run it first. Prints how long it took. `--node24` prepares
// only Node.js 24 instead, for CI's second test run, and prints its bin folder.
import { chromium, composeCheck, database, javaTestServer, node24, schemathesis, temporalCli } from './tools';
import { say, setQuiet, StackError } from './progress';

export interface Tools {
  temporal?: string;
  database?: Awaited<ReturnType<typeof database>>;
  testServer?: string;
  composeCheck?: string;
  schemathesis?: string;
  chromium?: string;
}

/** Resolves (and where allowed builds) the tools; `which` limits it to what a caller needs. */
export async function prepareTools(
  which: {
    temporal?: boolean;
    database?: boolean;
    testServer?: boolean;
    composeCheck?: boolean;
    schemathesis?: boolean;
    chromium?: boolean;
  },
  install = true,
): Promise<Tools> {
  const tools: Tools = {};
  if (which.temporal) tools.temporal = await temporalCli({ install });
  if (which.database) tools.database = await database({ install });
  if (which.testServer) tools.testServer = await javaTestServer({ install });
  if (which.composeCheck) tools.composeCheck = await composeCheck({ install });
  if (which.schemathesis) tools.schemathesis = await schemathesis({ install });
  if (which.chromium) tools.chromium = await chromium({ install });
  return tools;
}

async function main(): Promise<void> {
  if (process.argv.includes('--node24')) {
    // For `.ci/run`: only Node.js 24, whose bin folder goes to stdout (`PATH=$(…):$PATH`).
    process.stdout.write(`${await node24({ install: true })}\n`);
    return;
  }
  const quiet = process.argv.includes('--quiet');
  const started = Date.now();
  const tools = await prepareTools({
    temporal: true,
    database: true,
    testServer: true,
    composeCheck: true,
    schemathesis: true,
    chromium: true,
  });
  setQuiet(false);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (quiet) {
    say(`tools ready in ${seconds}s`);
  } else {
    say(`Temporal CLI:            ${tools.temporal}`);
    say(`database:                ${tools.database?.kind} ${tools.database?.bin}`);
    say(`time-skipping server:    ${tools.testServer}`);
    say(`compose-check:           ${tools.composeCheck}`);
    say(`schemathesis:            ${tools.schemathesis}`);
    say(`chromium:                ${tools.chromium}`);
    say(`setup finished in ${seconds}s`);
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(
      `[stack] setup failed: ${err instanceof StackError ? err.message : String((err as Error).stack ?? err)}\n`,
    );
    process.exit(1);
  });
}
