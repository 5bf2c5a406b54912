/**
 * @module Node only: renders exports in a worker thread, so a large report's .docx (seconds of CPU
 * in the docx library) never holds up other requests, `/health` included. One thread by default:
 * on a small machine the event loop keeps a core of its own. Jobs queue in the thread; a thread
 * that dies is replaced and its jobs fail with an error the route turns into a 500.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Renderer } from '../export/render';

/** The worker's file beside this module: .ts when run through tsx, .js in the esbuild build. */
function workerUrl(): URL {
  for (const name of ['./render-worker.js', './render-worker.ts']) {
    const url = new URL(name, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  throw new Error('render-worker hittades inte bredvid render-pool');
}

export function workerRenderer(): Renderer & { close(): Promise<void> } {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: string | ArrayBuffer) => void; reject: (e: Error) => void }>();

  function start(): Worker {
    const url = workerUrl();
    // Through tsx (dev, CLI, benches) the worker is TypeScript: it registers tsx itself first.
    const w = url.pathname.endsWith('.ts')
      ? new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`, { eval: true })
      : new Worker(url);
    w.unref();
    w.on('message', (msg: { id: number; ok: boolean; out?: string | ArrayBuffer; message?: string }) => {
      const job = pending.get(msg.id);
      if (!job) return;
      pending.delete(msg.id);
      if (msg.ok) job.resolve(msg.out!);
      else job.reject(new Error(msg.message));
    });
    const fail = (err: Error) => {
      for (const job of pending.values()) job.reject(err);
      pending.clear();
      worker = undefined;
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`exporttråden avslutades (kod ${code})`)));
    return w;
  }

  const render = ((section, format) =>
    new Promise<string | ArrayBuffer>((resolve, reject) => {
      worker ??= start();
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, section, format });
    })) as Renderer & { close(): Promise<void> };
  render.close = async () => {
    await worker?.terminate();
    worker = undefined;
  };
  return render;
}
