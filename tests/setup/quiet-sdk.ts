// Test files log only the Temporal SDK's warnings and errors, so a failing test's output stays readable.
import { DefaultLogger, Runtime } from '@temporalio/worker';

try {
  Runtime.install({ logger: new DefaultLogger('WARN') });
} catch {
  // Already installed in this worker process by an earlier file.
}

// oidc-provider's two start-up notes, known and said in the README (Node 20 is below the LTS it names;
// the embedded development provider keeps its sessions in memory); any other warning still shows.
const known = [/^oidc-provider WARNING: Unsupported runtime/, /^oidc-provider WARNING: a quick start/];
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && known.some((k) => k.test(args[0] as string))) return;
  warn(...args);
};
