/** @module The worker thread that reads report bodies for the Node entry, off the event loop (src/lib/report-pool.ts). */
import { AppError } from './errors';
import { reportFromText } from './report-input';
import type { ReportReply } from './report-pool';
import { answerJobs } from './worker-thread';

const utf8 = new TextDecoder('utf-8');
const noTurn = async () => undefined;

answerJobs(async (body: ArrayBuffer): Promise<ReportReply> => {
  try {
    const doc = await reportFromText(utf8.decode(body), noTurn);
    return { ok: true, head: { ...doc, goals: [] }, goals: doc.goals.map((g) => JSON.stringify(g)) };
  } catch (err) {
    // A refusal (400, 413) goes back as data; anything else fails the job (500).
    if (err instanceof AppError) return { ok: false, code: err.code, message: err.message, extra: err.extra };
    throw err;
  }
});
