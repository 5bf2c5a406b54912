#!/usr/bin/env node
/* global process, console */
/**
 * Production build of the Node entry: esbuild bundles src/node.ts (our code only; packages stay
 * external, so libSQL's native module loads from node_modules) to build/node.js and copies the
 * migrations beside it. `--if-stale` builds only when build/ is missing or older than any source,
 * so `npm start` on a fresh clone builds first and later starts at once.
 */
import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'build');
const entry = join(out, 'node.js');

function newest(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

const sources = [join(root, 'src'), join(root, 'package.json'), join(root, 'package-lock.json'), fileURLToPath(import.meta.url)].filter(
  existsSync,
);
if (process.argv.includes('--if-stale') && existsSync(entry)) {
  const built = statSync(entry).mtimeMs;
  if (sources.every((s) => newest(s) <= built)) process.exit(0);
}

const started = Date.now();
rmSync(out, { recursive: true, force: true });
const { build } = await import('esbuild');
await build({
  // The worker threads are entries of their own: src/lib/worker-thread.ts looks for them beside it.
  entryPoints: {
    node: join(root, 'src/node.ts'),
    'render-worker': join(root, 'src/lib/render-worker.ts'),
    'report-worker': join(root, 'src/lib/report-worker.ts'),
  },
  outdir: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
// src/db/migrate.ts finds the migrations next to itself; in the bundle that is build/.
cpSync(join(root, 'src/db/migrations'), join(out, 'migrations'), { recursive: true });
console.log(`Byggde build/node.js på ${Date.now() - started} ms.`);
