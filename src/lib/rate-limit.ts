/** @module An in-memory sliding-window rate limit per key (a user's token). Per process or isolate: enough to stop one person's runaway client, not a quota across servers. */

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Counts a request for `key` if the window has room for it. */
  take(key: string): RateDecision {
    const t = this.now();
    const recent = (this.hits.get(key) ?? []).filter((at) => at > t - this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0]! + this.windowMs - t) / 1000)) };
    }
    recent.push(t);
    this.hits.set(key, recent);
    if (this.hits.size > 10_000) this.sweep(t);
    return { ok: true };
  }

  private sweep(t: number) {
    for (const [key, times] of this.hits) if (times.every((at) => at <= t - this.windowMs)) this.hits.delete(key);
  }
}
