// `npm run api`: a production API process (run any number behind a load balancer).
import { ConfigError, loadConfig } from '../runtime/config';
import { createLogger } from '../runtime/logger';
import { startApi } from './server';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const api = await startApi(config, logger);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void api.stop());
}

main().catch((err: unknown) => {
  process.stderr.write(
    err instanceof ConfigError ? `${err.message}\n` : `API failed: ${(err as Error).stack ?? err}\n`,
  );
  process.exit(1);
});
