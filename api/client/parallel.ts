// People act at the same time: the tests and the demos send many requests at once, a bounded number in
// flight (p-limit). One helper for all of them, so that they share what happens after a failure.
import pLimit from 'p-limit';

/**
 * Runs `fn` over `items` with at most `width` in flight. After a failure no new item starts; those in
 * flight end, then the first failure is thrown.
 */
export async function inParallel<T>(
  items: readonly T[],
  width: number,
  fn: (item: T, index: number) => Promise<void>,
): Promise<void> {
  const limit = pLimit(width);
  let failed = false;
  const settled = await Promise.allSettled(
    items.map((item, i) =>
      limit(async () => {
        if (failed) return;
        await fn(item, i).catch((err: unknown) => {
          failed = true;
          throw err;
        });
      }),
    ),
  );
  const failure = settled.find((s) => s.status === 'rejected');
  if (failure) throw failure.reason;
}
