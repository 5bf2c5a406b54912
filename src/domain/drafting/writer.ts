/**
 * @module Hands out the offline drafter's sentence forms: a deterministic first choice per slot (a
 * hash of the report, stepped by the goal's position), never a form already used in the same text.
 */
/** Hands out sentence forms: a deterministic first choice per slot, never a form used before in the text. */
export class Writer {
  private readonly used = new Set<string>();
  constructor(
    private readonly seed: number,
    private readonly index: number,
  ) {}

  /** The forms to try, best first: rotated by the hash, the ones already used last. */
  forms(slot: string, options: { id: string; text: string; tier?: number }[]): string[] {
    if (options.length === 0) return [];
    let h = this.seed;
    for (let i = 0; i < slot.length; i++) h = Math.imul(h ^ slot.charCodeAt(i), 0x01000193) >>> 0;
    const start = (h + this.index) % options.length;
    // Forms that say more (a tier of 0) come before plainer ones; within a tier the hash decides.
    const rotated = [...options.slice(start), ...options.slice(0, start)].sort((x, y) => (x.tier ?? 1) - (y.tier ?? 1));
    const ordered = [...rotated.filter((o) => !this.used.has(o.id)), ...rotated.filter((o) => this.used.has(o.id))];
    this.used.add(ordered[0]!.id);
    return ordered.map((o) => o.text);
  }
}
