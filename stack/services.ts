// Starts the servers of the local stack as child processes and stops them: the Temporal dev server,
// the MongoDB-wire database (mongod or our FerretDB), and the Java time-skipping test server.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Database } from './tools';
import { waitForPort } from './ports';
import { say } from './progress';

// Children must not outlive us, even when we crash: kill whatever is still running on exit.
const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const c of children) c.kill('SIGKILL');
});

export interface Running {
  /** What it is, for messages. */
  name: string;
  stop(): Promise<void>;
}

/** Spawns a server, sends its output to a log file, and resolves once its port accepts connections. */
async function spawnServer(
  name: string,
  cmd: string,
  args: string[],
  port: number,
  logFile: string,
  timeoutMs = 60_000,
): Promise<Running & { child: ChildProcess }> {
  mkdirSync(path.dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  child.on('exit', () => children.delete(child));
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  let exit: string | undefined;
  child.on('exit', (code, signal) => {
    exit = `${name} exited (${signal ?? code}) before it listened on port ${port}; see ${logFile}`;
  });
  child.on('error', (err) => {
    exit = `${name} could not start (${cmd}): ${err.message}`;
  });
  try {
    await waitForPort(port, timeoutMs, '127.0.0.1', () => exit);
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        log.end();
        resolve();
      });
      child.kill('SIGTERM');
    });
  return { name, child, stop };
}

export async function startTemporalDevServer(opts: {
  bin: string;
  port: number;
  uiPort?: number;
  dbFile?: string;
  logFile: string;
}): Promise<Running & { address: string; uiUrl?: string }> {
  const args = [
    'server',
    'start-dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(opts.port),
    '--namespace',
    'default',
    '--log-format',
    'pretty',
    '--log-level',
    'warn',
  ];
  args.push(...(opts.uiPort ? ['--ui-port', String(opts.uiPort)] : ['--headless']));
  if (opts.dbFile) {
    mkdirSync(path.dirname(opts.dbFile), { recursive: true });
    args.push('--db-filename', opts.dbFile);
  }
  // Updates are on by default in server 1.29; the flags below keep older CLIs and the SDK's defaults in line.
  args.push('--dynamic-config-value', 'frontend.enableUpdateWorkflowExecution=true');
  args.push('--dynamic-config-value', 'frontend.enableUpdateWorkflowExecutionAsyncAccepted=true');
  say(
    `Starting the Temporal dev server on 127.0.0.1:${opts.port}${opts.dbFile ? ` (data: ${opts.dbFile})` : ''}`,
  );
  const s = await spawnServer('Temporal dev server', opts.bin, args, opts.port, opts.logFile);
  return {
    ...s,
    address: `127.0.0.1:${opts.port}`,
    uiUrl: opts.uiPort ? `http://127.0.0.1:${opts.uiPort}` : undefined,
  };
}

/** Connections each process may open to the embedded FerretDB (see startDatabase). */
const FERRETDB_POOL_SIZE = 8;

export async function startDatabase(opts: {
  db: Database;
  port: number;
  dataDir: string;
  logFile: string;
  dbName: string;
}): Promise<Running & { uri: string; child: ChildProcess }> {
  mkdirSync(opts.dataDir, { recursive: true });
  const args =
    opts.db.kind === 'mongod'
      ? ['--bind_ip', '127.0.0.1', '--port', String(opts.port), '--dbpath', opts.dataDir]
      : ['--listen-addr', `127.0.0.1:${opts.port}`, '--data-dir', opts.dataDir];
  const name = opts.db.kind === 'mongod' ? 'mongod' : 'FerretDB';
  say(`Starting ${name} on 127.0.0.1:${opts.port} (data: ${opts.dataDir})`);
  const s = await spawnServer(name, opts.db.bin, args, opts.port, opts.logFile);
  // SQLite lets one writer in at a time and wakes waiting writers by polling, not in turn: with the
  // driver's default of 100 connections per process, writes waited past FerretDB's 10 s busy timeout
  // (SQLITE_BUSY) under a few hundred workflows. A small pool per process queues them in the driver instead.
  const options = opts.db.kind === 'ferretdb' ? `?maxPoolSize=${FERRETDB_POOL_SIZE}` : '';
  return { ...s, uri: `mongodb://127.0.0.1:${opts.port}/${opts.dbName}${options}` };
}

/** The Java test server for workflow tests; time skipping is driven by the SDK's client. */
export async function startTimeSkippingServer(opts: {
  launcher: string;
  port: number;
  logFile: string;
}): Promise<Running & { address: string }> {
  const s = await spawnServer(
    'Temporal time-skipping test server',
    opts.launcher,
    [String(opts.port)],
    opts.port,
    opts.logFile,
  );
  return { ...s, address: `127.0.0.1:${opts.port}` };
}
