// Waits for an asynchronous effect (an email, a record) that a workflow or activity produces soon.
// Not a timing assertion: it only bounds how long a test waits before it reports what it saw.
export async function eventually<T>(
  probe: () => Promise<T>,
  accept: (v: T) => boolean,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await probe();
  while (!accept(last) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    last = await probe();
  }
  return last;
}
