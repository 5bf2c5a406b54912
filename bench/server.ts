/**
 * @module Bench helper: starts the real Node entry (`node build/node.js`, built first when stale,
 * or `tsx src/node.ts` with BENCH_TSX=1) on a loopback port over a fresh libSQL file, with an
 * admin token, and stops it. Extra environment (OPENAI_BASE_URL for the fault run) is passed on.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateDb } from '../src/db/migrate';
import { openNodeDb } from '../src/db/node-client';
import { createToken, type Role } from '../src/db/tokens';

export const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

export interface BenchServer {
  base: string;
  dbUrl: string;
  tokens: Record<Role, string>;
  child: ChildProcess;
  /** Starts the process again on the same port and database (after a kill). */
  restart(): Promise<void>;
  stop(): void;
  rssMb(): number;
}

export async function startBenchServer(env: Record<string, string> = {}, orgId = 'bench-org'): Promise<BenchServer> {
  const dir = mkdtempSync(join(tmpdir(), 'motivera-bench-'));
  const dbUrl = `file:${join(dir, 'db.sqlite')}`;
  const { db, close } = openNodeDb(dbUrl);
  await migrateDb(db);
  const tokens = {} as Record<Role, string>;
  for (const role of ['official', 'editor', 'admin'] as const)
    tokens[role] = (await createToken(db, { orgId, role, name: `Bench ${role}` })).secret;
  close();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const useTsx = process.env.BENCH_TSX === '1';
  if (!useTsx) execFileSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { stdio: 'inherit' });
  const args = useTsx ? ['--import', 'tsx', 'src/node.ts'] : ['build/node.js'];
  const server: BenchServer = {
    base,
    dbUrl,
    tokens,
    child: undefined as unknown as ChildProcess,
    async restart() {
      server.child = spawn(process.execPath, args, {
        env: { ...process.env, ...env, PORT: String(port), DATABASE_URL: dbUrl },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      for (let i = 0; i < 200; i++) {
        if (
          await fetch(`${base}/health`).then(
            (r) => r.ok,
            () => false,
          )
        )
          return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('servern startade inte');
    },
    stop() {
      server.child.kill('SIGKILL');
    },
    rssMb() {
      try {
        const kb = Number(
          execFileSync('ps', ['-o', 'rss=', '-p', String(server.child.pid)])
            .toString()
            .trim(),
        );
        return Math.round(kb / 1024);
      } catch {
        return NaN;
      }
    },
  };
  await server.restart();
  return server;
}

export const percentile = (xs: number[], p: number) => {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
