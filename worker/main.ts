// `npm run worker`: a production worker process (run any number of them). The Temporal SDK's own output
// (the bundler, worker state changes, Core's warnings) goes through the same pino logger, at LOG_LEVEL.
import { loadConfig, ConfigError } from '../runtime/config';
import { createLogger } from '../runtime/logger';
import { startWorker } from './run';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const { done } = await startWorker(config, logger);
  await done;
}

main().catch((err: unknown) => {
  process.stderr.write(
    err instanceof ConfigError ? `${err.message}\n` : `worker failed: ${(err as Error).stack ?? err}\n`,
  );
  process.exit(1);
});
