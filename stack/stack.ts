// Brings up the local stack for `npm start` and for the test run: the Temporal dev server, the
// MongoDB-wire database and the SMTP capture, plus time-skipping test servers for workflow tests.
// A part given from outside (an address in the options) is used as is and nothing is started for it.
import path from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { prepareTools } from './setup';
import { startDatabase, startTemporalDevServer, startTimeSkippingServer, type Running } from './services';
import { startSmtpCapture } from './smtp-capture';
import { freePort } from './ports';
import { say, StackError } from './progress';

export interface StackOptions {
  dataDir: string;
  /** Start a dev server on this port (uiPort for the web UI), unless an external address is given. */
  temporal: { external: string } | { port: number; uiPort?: number };
  database: { external: string } | { port: number; dbName: string };
  smtp: { external: string } | { port: number; httpPort: number };
  /** How many Java time-skipping servers to start (tests only). */
  timeSkippingServers?: number;
}

export interface Stack {
  temporalAddress: string;
  temporalUiUrl?: string;
  mongoUri: string;
  smtpUrl: string;
  mailUrl?: string;
  timeSkippingAddresses: string[];
  stop(): Promise<void>;
}

export async function startStack(o: StackOptions): Promise<Stack> {
  const running: Running[] = [];
  const logs = path.join(o.dataDir, 'logs');
  const stop = async () => {
    for (const r of running.reverse()) await r.stop().catch(() => undefined);
  };
  try {
    const tools = await prepareTools({
      temporal: !('external' in o.temporal),
      database: !('external' in o.database),
      testServer: (o.timeSkippingServers ?? 0) > 0,
    });

    let temporalAddress: string;
    let temporalUiUrl: string | undefined;
    if ('external' in o.temporal) {
      temporalAddress = o.temporal.external;
    } else if (tools.temporal) {
      const t = await startTemporalDevServer({
        bin: tools.temporal,
        port: o.temporal.port,
        uiPort: o.temporal.uiPort,
        dbFile: path.join(o.dataDir, 'temporal.db'),
        logFile: path.join(logs, 'temporal.log'),
      });
      running.push(t);
      temporalAddress = t.address;
      temporalUiUrl = t.uiUrl;
    } else {
      say('No Temporal CLI could be found or built; trying the SDK’s own download of the dev server');
      const env = await TestWorkflowEnvironment.createLocal({
        server: {
          ip: '127.0.0.1',
          port: o.temporal.port,
          ui: !!o.temporal.uiPort,
          uiPort: o.temporal.uiPort,
          dbFilename: path.join(o.dataDir, 'temporal.db'),
        },
      }).catch((err: Error) => {
        throw new StackError(
          `no Temporal CLI and its download failed (${err.message}): set TEMPORAL_ADDRESS or install the Temporal CLI`,
        );
      });
      running.push({ name: 'Temporal dev server (SDK download)', stop: () => env.teardown() });
      temporalAddress = env.address;
    }

    let mongoUri: string;
    if ('external' in o.database) {
      mongoUri = o.database.external;
    } else {
      if (!tools.database)
        throw new StackError('no MongoDB-wire database could be found or built: set MONGODB_URI');
      const d = await startDatabase({
        db: tools.database,
        port: o.database.port,
        dataDir: path.join(o.dataDir, tools.database.kind),
        logFile: path.join(logs, `${tools.database.kind}.log`),
        dbName: o.database.dbName,
      });
      running.push(d);
      mongoUri = d.uri;
    }

    let smtpUrl: string;
    let mailUrl: string | undefined;
    if ('external' in o.smtp) {
      smtpUrl = o.smtp.external;
    } else {
      const c = await startSmtpCapture({
        smtpPort: o.smtp.port,
        httpPort: o.smtp.httpPort,
        dir: path.join(o.dataDir, 'mail'),
      });
      running.push({ name: 'SMTP capture', stop: c.stop });
      smtpUrl = c.smtpUrl;
      mailUrl = c.httpUrl;
    }

    const timeSkippingAddresses: string[] = [];
    for (let i = 0; i < (o.timeSkippingServers ?? 0) && tools.testServer; i++) {
      const port = await freePort();
      const s = await startTimeSkippingServer({
        launcher: tools.testServer,
        port,
        logFile: path.join(logs, `test-server-${i + 1}.log`),
      });
      running.push(s);
      timeSkippingAddresses.push(s.address);
    }

    return { temporalAddress, temporalUiUrl, mongoUri, smtpUrl, mailUrl, timeSkippingAddresses, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
