// Stops the servers that global-setup started and removes their data.
import { rmSync } from 'node:fs';
import type { Stack } from '../../stack/stack';

export default async function globalTeardown(): Promise<void> {
  const stack = (globalThis as { __SDM_STACK__?: Stack }).__SDM_STACK__;
  await stack?.stop();
  if (process.env.SDM_TEST_DATA_DIR) rmSync(process.env.SDM_TEST_DATA_DIR, { recursive: true, force: true });
}
