// How the stack talks while it works: one line per step, a heartbeat while a long step runs, and the
// tail of a failed command's output, so nobody stares at a silent terminal during a first build.
import { spawn } from 'node:child_process';

let quiet = false;
export function setQuiet(q: boolean): void {
  quiet = q;
}

export function say(message: string): void {
  if (!quiet) process.stderr.write(`[stack] ${message}\n`);
}

export class StackError extends Error {}

function elapsed(since: number): string {
  const s = Math.round((Date.now() - since) / 1000);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/**
 * Runs a command to completion, printing a heartbeat every 15 s with the last line it wrote.
 * Rejects with a StackError carrying the command's last output lines.
 */
export function runLong(
  title: string,
  cmd: string,
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<void> {
  const started = Date.now();
  say(`${title}…`);
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: { ...process.env, ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const tail: string[] = [];
    const onData = (b: Buffer) => {
      for (const line of b.toString().split('\n')) {
        if (line.trim()) tail.push(line.trim());
      }
      tail.splice(0, Math.max(0, tail.length - 20));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const beat = setInterval(
      () =>
        say(
          `  … ${title} (${elapsed(started)})${tail.length ? `: ${tail[tail.length - 1]!.slice(0, 100)}` : ''}`,
        ),
      15_000,
    );
    child.on('error', (err) => {
      clearInterval(beat);
      reject(new StackError(`${title} failed to start ${cmd}: ${err.message}`));
    });
    child.on('close', (code) => {
      clearInterval(beat);
      if (code === 0) {
        say(`${title}: done in ${elapsed(started)}`);
        resolve();
      } else {
        reject(new StackError(`${title} failed (exit ${code}). Last output:\n  ${tail.join('\n  ')}`));
      }
    });
  });
}
