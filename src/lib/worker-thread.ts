/**
 * @module Node only: one worker thread that runs jobs off the event loop, for the export renderer
 * (src/lib/render-pool.ts) and the reading of report bodies (src/lib/report-pool.ts). The thread
 * starts on the first job and is unref'd; jobs queue in it; a thread that dies is replaced and its
 * jobs fail with an error the route turns into a 500. `answerJobs` is the other end, in the thread.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parentPort, Worker, type Transferable } from 'node:worker_threads';

type Reply<Out> = { id: number; ok: true; out: Out } | { id: number; ok: false; message: string };

/** The worker's file beside this module: .ts when run through tsx, .js in the esbuild build. */
function workerUrl(name: string): URL {
  for (const file of [`./${name}.js`, `./${name}.ts`]) {
    const url = new URL(file, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  throw new Error(`${name} hittades inte bredvid worker-thread`);
}

export interface WorkerThread<Job, Out> {
  run(job: Job, transfer?: readonly Transferable[]): Promise<Out>;
  close(): Promise<void>;
}

/** A thread running the module `name` (src/lib/<name>.ts, build/<name>.js), which calls `answerJobs`. */
export function workerThread<Job, Out>(name: string): WorkerThread<Job, Out> {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: Out) => void; reject: (e: Error) => void }>();

  function start(): Worker {
    const url = workerUrl(name);
    // Through tsx (dev, CLI, benches, tests) the worker is TypeScript: it registers tsx itself first.
    const w = url.pathname.endsWith('.ts')
      ? new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`, { eval: true })
      : new Worker(url);
    w.unref();
    w.on('message', (msg: Reply<Out>) => {
      const job = pending.get(msg.id);
      if (!job) return;
      pending.delete(msg.id);
      if (msg.ok) job.resolve(msg.out);
      else job.reject(new Error(msg.message));
    });
    const fail = (err: Error) => {
      for (const job of pending.values()) job.reject(err);
      pending.clear();
      worker = undefined;
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`tråden ${name} avslutades (kod ${code})`)));
    return w;
  }

  return {
    run: (job, transfer = []) =>
      new Promise<Out>((resolve, reject) => {
        worker ??= start();
        const id = nextId++;
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, job }, transfer);
      }),
    async close() {
      await worker?.terminate();
      worker = undefined;
    },
  };
}

/** In the worker thread: answers each job with `handle`'s result (its transferables moved, not copied). */
export function answerJobs<Job, Out>(handle: (job: Job) => Promise<Out>, transferOf: (out: Out) => Transferable[] = () => []): void {
  parentPort!.on('message', async ({ id, job }: { id: number; job: Job }) => {
    try {
      const out = await handle(job);
      parentPort!.postMessage({ id, ok: true, out } satisfies Reply<Out>, transferOf(out));
    } catch (err) {
      parentPort!.postMessage({ id, ok: false, message: err instanceof Error ? err.message : String(err) } satisfies Reply<Out>);
    }
  });
}
