/** @module The worker thread that renders exports for the Node entry, off the event loop (src/lib/render-pool.ts). */
import { renderSection, type ExportFormat } from '../export/render';
import type { Section } from '../export/section';
import { answerJobs } from './worker-thread';

answerJobs(
  (job: { section: Section; format: ExportFormat }) => renderSection(job.section, job.format),
  (out) => (typeof out === 'string' ? [] : [out]),
);
