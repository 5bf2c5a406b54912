/** @module The worker thread that renders exports for the Node entry, off the event loop (src/lib/render-pool.ts). */
import { parentPort } from 'node:worker_threads';
import { renderSection, type ExportFormat } from '../export/render';
import type { Section } from '../export/section';

parentPort!.on('message', async (job: { id: number; section: Section; format: ExportFormat }) => {
  try {
    const out = await renderSection(job.section, job.format);
    parentPort!.postMessage({ id: job.id, ok: true, out }, typeof out === 'string' ? [] : [out]);
  } catch (err) {
    parentPort!.postMessage({ id: job.id, ok: false, message: err instanceof Error ? err.message : String(err) });
  }
});
