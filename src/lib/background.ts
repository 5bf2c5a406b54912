/** @module Work that outlives the response: `waitUntil` on Workers, catch-and-log on Node. */

export interface Background {
  run(label: string, task: () => Promise<void>): void;
}

export function nodeBackground(
  log: (msg: string, err: unknown) => void = (m, e) => console.error(m, e),
): Background & { idle(): Promise<void> } {
  const pending = new Set<Promise<void>>();
  return {
    run(label, task) {
      const p = task()
        .catch((err) => log(`bakgrundsjobb "${label}" misslyckades`, err))
        .finally(() => pending.delete(p));
      pending.add(p);
    },
    async idle() {
      while (pending.size) await Promise.all([...pending]);
    },
  };
}

/** What a Workers request's execution context lends for work after the response. */
export interface WaitUntil {
  waitUntil(p: Promise<unknown>): void;
}

export function workerBackground(ctx: WaitUntil): Background {
  return {
    run(label, task) {
      ctx.waitUntil(task().catch((err) => console.error(`bakgrundsjobb "${label}" misslyckades`, err)));
    },
  };
}
