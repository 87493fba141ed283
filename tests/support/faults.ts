// The faults of the fault test, each a real one: the production worker as a child process, killed with
// SIGKILL and started again; a database of the test's own, killed with SIGKILL and restarted on the same
// data and port; and an SMTP server made unreachable by a TCP proxy in front of it that resets every
// connection while it is cut. And the fetch of the test's API clients, which does what a well-behaved
// client does with a 503: waits for Retry-After and tries again, noting every outage answer it saw.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import type { Client } from '@temporalio/client';
import { freePort } from '../../stack/ports';
import { startDatabase } from '../../stack/services';
import { prepareTools } from '../../stack/setup';
import { eventually } from './eventually';

const root = path.resolve(__dirname, '..', '..');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The production worker (`tsx worker/main.ts`) as a child process group: started, killed, started again. */
export class WorkerProcess {
  private child?: ChildProcess;
  private exited?: Promise<void>;
  private stderr = '';
  starts = 0;

  constructor(
    private readonly client: Client,
    private readonly taskQueue: string,
    /** The worker's whole environment (its configuration variables). */
    private readonly env: Record<string, string | undefined>,
  ) {}

  /** Starts a worker and waits until it polls the task queue (a poller the server has not seen yet). */
  async start(): Promise<number> {
    const t0 = Date.now();
    const before = await this.pollers();
    // `tsx worker/main.ts` under a small shell in a process group of their own, so that one kill reaches
    // tsx's node child too; the shell kills the group itself if this test process disappears without its
    // afterAll (a timeout killing Jest), so no worker outlives the test.
    const watchdog =
      '"$0" worker/main.ts & w=$!; while kill -0 "$1" 2>/dev/null && kill -0 $w 2>/dev/null; do sleep 1; done; kill -KILL 0';
    const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
    const child = spawn('sh', ['-c', watchdog, tsx, String(process.pid)], {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...this.env },
    });
    this.child = child;
    this.starts += 1;
    child.stderr!.on('data', (d: Buffer) => (this.stderr = (this.stderr + d.toString()).slice(-20_000)));
    let gone = false;
    this.exited = new Promise<void>((r) => child.once('exit', () => r())).then(() => void (gone = true));
    const ready = await eventually(
      async () => gone || [...(await this.pollers())].some((p) => !before.has(p)),
      Boolean,
      120_000,
    );
    if (gone || !ready) throw new Error(`the worker did not start:\n${this.stderr}`);
    return Date.now() - t0;
  }

  /** SIGKILL to the whole process group: no shutdown, no chance to finish anything. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    await this.exited;
  }

  /** Identities of the workers polling the task queue's workflow tasks, as the server saw them. */
  private async pollers(): Promise<Set<string>> {
    const r = await this.client.workflowService.describeTaskQueue({
      namespace: 'default',
      taskQueue: { name: this.taskQueue },
      taskQueueType: 1, // workflow tasks
    });
    return new Set((r.pollers ?? []).map((p) => p.identity ?? ''));
  }
}

export interface KillableDatabase {
  /** The connection string, the same after every restart. */
  uri: string;
  /** SIGKILL: no shutdown, nothing flushed that the database had not made durable itself. */
  kill(): Promise<void>;
  /** Starts it again on the same data directory and port. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** The stack's database (FerretDB on SQLite, or a mongod on PATH) as a server of this test's own. */
export async function startKillableDatabase(dir: string): Promise<KillableDatabase> {
  const { database } = await prepareTools({ database: true }, false);
  if (!database)
    throw new Error('no database server in .tools/bin: run the tests through jest (global setup)');
  const opts = {
    db: database,
    port: await freePort(),
    dataDir: path.join(dir, database.kind),
    logFile: path.join(dir, `${database.kind}.log`),
    dbName: 'sdm-flow-faults',
  };
  let running = await startDatabase(opts);
  return {
    uri: running.uri,
    async kill() {
      const { child } = running;
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
    },
    async restart() {
      running = await startDatabase(opts);
    },
    stop: () => running.stop(),
  };
}

export interface CuttableProxy {
  /** The proxy's address, in the target's scheme (smtp://127.0.0.1:<port>). */
  url: string;
  /** Connections reset while the proxy was cut. */
  refused: number;
  /** Resets every open connection, and every new one until `restore`. */
  cut(): void;
  restore(): void;
  stop(): Promise<void>;
}

/** A TCP proxy in front of `targetUrl` (host and port of any URL) that a test can cut and restore. */
export async function startCuttableProxy(targetUrl: string): Promise<CuttableProxy> {
  const target = new URL(targetUrl);
  const port = await freePort();
  const open = new Set<net.Socket>();
  const proxy = { refused: 0, down: false };
  const server = net.createServer((inbound) => {
    if (proxy.down) {
      proxy.refused += 1;
      inbound.resetAndDestroy();
      return;
    }
    const outbound = net.connect(Number(target.port), target.hostname);
    for (const s of [inbound, outbound]) {
      open.add(s);
      s.once('close', () => open.delete(s));
      s.on('error', () => {
        inbound.destroy();
        outbound.destroy();
      });
    }
    inbound.pipe(outbound).pipe(inbound);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return Object.assign(proxy, {
    url: `${target.protocol}//127.0.0.1:${port}`,
    cut() {
      proxy.down = true;
      for (const s of open) s.resetAndDestroy();
    },
    restore() {
      proxy.down = false;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const s of open) s.destroy();
        server.close(() => resolve());
      }),
  });
}

/** What the patient fetch saw: outage answers (503), and any other 5xx, which is a bug. */
export interface ReplyLog {
  unavailable: { method: string; path: string; retryAfter: string | null; contentType: string | null }[];
  failures: { method: string; path: string; status: number }[];
}

/**
 * A fetch that answers a 503 by waiting its Retry-After and sending the request again (for up to
 * `patienceMs`), as a client of the API should; it logs every 503 and every other 5xx in `log`.
 */
export function patientFetch(log: ReplyLog, patienceMs = 180_000) {
  return async (request: Request): Promise<Response> => {
    const t0 = Date.now();
    for (;;) {
      const res = await fetch(request.clone());
      const reply = { method: request.method, path: new URL(request.url).pathname };
      if (res.status >= 500 && res.status !== 503) log.failures.push({ ...reply, status: res.status });
      if (res.status !== 503 || Date.now() - t0 > patienceMs) return res;
      const retryAfter = res.headers.get('retry-after');
      log.unavailable.push({ ...reply, retryAfter, contentType: res.headers.get('content-type') });
      await res.body?.cancel();
      await sleep(1000 * (Number(retryAfter) || 1));
    }
  };
}
