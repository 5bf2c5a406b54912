/**
 * @module Bench: the Worker bundle and its start-up, offline. (1) `wrangler deploy --dry-run`
 * bundle, gzipped (target under 1 MiB; Cloudflare's free-plan limit is 3 MiB compressed).
 * (2) `wrangler check startup`: the CPU time workerd spends evaluating the bundle before the first
 * request (Cloudflare refuses a Worker whose start-up exceeds 1 s). (3) Wall time from starting
 * `wrangler dev` to its first `/health` answer, bounded at 90 s.
 * Run: npx tsx bench/worker-size.ts
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const OFFLINE = {
  WRANGLER_SEND_METRICS: 'false',
  WRANGLER_HIDE_BANNER: 'true',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  WRANGLER_SEND_ERROR_REPORTS: 'false',
};
const env = { ...process.env, ...OFFLINE };
const wrangler = join('node_modules', '.bin', 'wrangler');

function run(args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(wrangler, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`wrangler ${args[0]} avslutades med ${code}:\n${out}`));
    });
  });
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

async function bundleSize(dir: string) {
  await run(['deploy', '--dry-run', '--outdir', dir], 120_000);
  const raw = readFileSync(join(dir, 'worker.js'));
  const gz = gzipSync(raw, { level: 9 }).length;
  console.log(
    `Worker-paket (wrangler deploy --dry-run): ${kib(raw.length)}, gzip ${kib(gz)} → mål under 1 MiB: ${gz < 1024 * 1024 ? 'uppfyllt' : 'EJ uppfyllt'}`,
  );
}

interface CpuProfile {
  startTime: number;
  endTime: number;
  timeDeltas: number[];
  samples: number[];
  nodes: Array<{ id: number; callFrame: { functionName: string } }>;
}

async function startupCpu(dir: string) {
  const file = join(dir, 'startup.cpuprofile');
  await run(['check', 'startup', '--outfile', file], 120_000);
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  // The first delta is the wait before the script starts; after it, every non-idle sample is start-up work.
  let busyUs = 0;
  profile.samples.forEach((id, i) => {
    if (i > 0 && !idle.has(id)) busyUs += profile.timeDeltas[i] ?? 0;
  });
  console.log(
    `Start i workerd (wrangler check startup, CPU-profil): ${(busyUs / 1000).toFixed(0)} ms för att utvärdera paketet (Cloudflares gräns: 1 000 ms)`,
  );
}

async function devStartup() {
  const port = 18800 + Math.floor(Math.random() * 100);
  const started = performance.now();
  const child = spawn(
    wrangler,
    [
      'dev',
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--inspector-port',
      String(port + 1000),
      '--show-interactive-dev-session=false',
      '--var',
      'DATABASE_URL:http://127.0.0.1:9',
    ],
    { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  let exited = false;
  child.on('exit', () => (exited = true));
  try {
    const deadline = started + 90_000;
    while (performance.now() < deadline && !exited) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(2000) });
        if (res.ok) {
          console.log(
            `wrangler dev → första svar på /health: ${((performance.now() - started) / 1000).toFixed(1)} s (bygger paketet och startar workerd)`,
          );
          return;
        }
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`wrangler dev svarade inte på /health inom 90 s:\n${log.slice(-2000)}`);
  } finally {
    // The whole process group this bench started: wrangler and the workerd it runs.
    if (!exited && child.pid) process.kill(-child.pid, 'SIGTERM');
  }
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'motivera-worker-bench-'));
  try {
    await bundleSize(dir);
    await startupCpu(dir);
    await devStartup();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
