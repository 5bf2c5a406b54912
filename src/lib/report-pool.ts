/**
 * @module Node only: reads report bodies in a worker thread (src/lib/worker-thread.ts). Parsing,
 * cleaning and validating a report at the limits is 100–300 ms of CPU on a loaded machine; in the
 * thread, the event loop only copies the body there and takes the document back. It comes back as
 * one JSON text per goal, each parsed here with a turn for other requests in between: a single
 * structured clone of 30 000 values would be one stretch of its own (15–50 ms).
 */
import type { Goal, ReportDocument } from '../domain/report';
import { AppError } from './errors';
import type { ReportReader } from './report-input';
import { workerThread } from './worker-thread';
import { sliceYield } from './yield';

/** What the thread answers: the document with `goals` empty plus each goal as JSON, or the refusal. */
export type ReportReply =
  { ok: true; head: ReportDocument; goals: string[] } | { ok: false; code: AppError['code']; message: string; extra: AppError['extra'] };

export function workerReportReader(): ReportReader & { close(): Promise<void> } {
  const thread = workerThread<ArrayBuffer, ReportReply>('report-worker');
  const read = (async (body) => {
    // A copy moves to the thread; the request keeps its own body.
    const copy = body.slice(0);
    const reply = await thread.run(copy, [copy]);
    if (!reply.ok) throw new AppError(reply.code, reply.message, reply.extra);
    const goals: Goal[] = [];
    for (const text of reply.goals) {
      await sliceYield();
      goals.push(JSON.parse(text) as Goal);
    }
    // Assigned, not spread: the goals keep their place among the document's fields.
    reply.head.goals = goals;
    return reply.head;
  }) as ReportReader & { close(): Promise<void> };
  read.close = () => thread.close();
  return read;
}
