// `npm start`: the whole engine on embedded defaults in one process tree — the local stack (unless
// TEMPORAL_ADDRESS, MONGODB_URI or SMTP_URL point at existing servers), a worker and the API (which runs
// the embedded OpenID provider for staff sign-in unless OIDC_ISSUER names one).
// Ctrl-C stops the API, drains the worker, then stops the servers; data stays under .data/. The Temporal
// SDK's own output (webpack's module listing, worker state changes) goes to .data/logs/worker.log, its
// warnings and errors to the terminal as well.
import path from 'node:path';
import pino from 'pino';
import { ConfigError, loadConfig } from '../runtime/config';
import { createLogger } from '../runtime/logger';
import { startApi } from '../api/server';
import { startWorker } from '../worker/run';
import { DEV_HR_LOGIN } from '../api/oidc/identity';
import { startStack } from './stack';
import { StackError } from './progress';

function portOf(address: string, fallback: number): number {
  const m = /:(\d+)(\/|$)/.exec(address);
  return m ? Number(m[1]) : fallback;
}

/** `.data/logs/worker.log` under the current directory, the absolute path elsewhere. */
function shortPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

async function main(): Promise<void> {
  const given = (name: string) => !!process.env[name];
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);

  const stack = await startStack({
    dataDir: config.dataDir,
    temporal: given('TEMPORAL_ADDRESS')
      ? { external: config.TEMPORAL_ADDRESS }
      : { port: portOf(config.TEMPORAL_ADDRESS, 7233), uiPort: config.TEMPORAL_UI_PORT },
    database: given('MONGODB_URI')
      ? { external: config.MONGODB_URI }
      : {
          port: portOf(config.MONGODB_URI, 27017),
          dbName: new URL(config.MONGODB_URI).pathname.slice(1) || 'sdm-flow',
        },
    smtp: given('SMTP_URL')
      ? { external: config.SMTP_URL }
      : { port: portOf(config.SMTP_URL, 1025), httpPort: config.MAIL_UI_PORT },
  });
  const engine = {
    ...config,
    TEMPORAL_ADDRESS: stack.temporalAddress,
    MONGODB_URI: stack.mongoUri,
    SMTP_URL: stack.smtpUrl,
  };
  const workerLog = path.join(config.dataDir, 'logs', 'worker.log');
  const sdk = createLogger(
    config.LOG_LEVEL,
    pino.multistream([
      { level: 'trace', stream: pino.destination({ dest: workerLog, mkdir: true }) },
      { level: 'warn', stream: process.stdout },
    ]),
  );
  const worker = await startWorker(engine, logger, { sdk });
  const api = await startApi(engine, logger);

  process.stdout.write(
    [
      '',
      'sdm-flow is running.',
      `  API:           ${api.url}   (OpenAPI: ${api.url}/openapi.json)`,
      `  Temporal UI:   ${stack.temporalUiUrl ?? `(external Temporal at ${stack.temporalAddress})`}`,
      `  Captured mail: ${stack.mailUrl ?? `(sent through ${stack.smtpUrl})`}`,
      `  Database:      ${stack.mongoUri}`,
      `  Worker log:    ${shortPath(workerLog)}`,
      `  Staff pages:   ${api.url}/signin   (HR: /hr; employees and supervisors: /me)`,
      `  Candidates:    ${api.url}/candidate   (the link in their emails; /candidate/recover sends it again)`,
      ...(api.provider
        ? [
            `  OpenID:        ${api.provider.issuer}   (development provider, sign-in page of the staff pages)`,
            `    accounts:    ${DEV_HR_LOGIN} (HR officer), or any active employee's NIP in the registry`,
            `    password:    ${config.OIDC_DEV_PASSWORD}   (every account; OIDC_DEV_PASSWORD)`,
          ]
        : [`  OpenID:        ${config.OIDC_ISSUER}   (OIDC_ISSUER)`]),
      '  A token:       npm run token -- --role hr   (or --nip <NIP>; expires in an hour)',
      '  Stop:          Ctrl-C',
      '',
    ].join('\n'),
  );

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    process.stdout.write('\nStopping: API, then worker, then the local servers…\n');
    await api.stop();
    if (worker.worker.getState() === 'RUNNING') worker.worker.shutdown();
    await worker.done;
    await stack.stop();
    process.stdout.write('Stopped.\n');
    process.exit(0);
  };
  // The Temporal runtime also catches these signals to shut the worker down; shutting down twice is safe.
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}

main().catch((err: unknown) => {
  const message =
    err instanceof ConfigError || err instanceof StackError
      ? err.message
      : ((err as Error).stack ?? String(err));
  process.stderr.write(`sdm-flow could not start: ${message}\n`);
  process.exit(1);
});
