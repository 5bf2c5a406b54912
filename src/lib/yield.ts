/**
 * @module Lets other requests in during long work on the event loop. The embedded libSQL answers
 * synchronously, so a loop of awaited statements only yields microtasks and `/health` would wait
 * for a whole import; `sliceYield()` gives the loop a macrotask turn once ~15 ms have passed since
 * the last one, costing nothing when the work is short. Works on Node and in workerd.
 */

const SLICE_MS = 15;
let lastYield = 0;

const macrotask = (): Promise<void> =>
  new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));

/** Yields to the event loop if this turn has run longer than a slice. */
export async function sliceYield(): Promise<void> {
  const now = performance.now();
  if (now - lastYield < SLICE_MS) return;
  await macrotask();
  lastYield = performance.now();
}
