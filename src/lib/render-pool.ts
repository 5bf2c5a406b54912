/**
 * @module Node only: renders exports in a worker thread (src/lib/worker-thread.ts), so a large
 * report's .docx (seconds of CPU in the docx library) never holds up other requests, `/health`
 * included. One thread: on a small machine the event loop keeps a core of its own.
 */
import type { ExportFormat, Renderer } from '../export/render';
import type { Section } from '../export/section';
import { workerThread } from './worker-thread';

export function workerRenderer(): Renderer & { close(): Promise<void> } {
  const thread = workerThread<{ section: Section; format: ExportFormat }, string | ArrayBuffer>('render-worker');
  const render = ((section, format) => thread.run({ section, format })) as Renderer & { close(): Promise<void> };
  render.close = () => thread.close();
  return render;
}
