/** @module The Node entry: parse config, open the embedded (or remote) libSQL, migrate, serve. */
import { serve } from '@hono/node-server';
import { sql } from 'drizzle-orm';
import { createApp } from './app';
import { ConfigError, parseConfig, type Config } from './config';
import { purgeAllExpiredConversations } from './db/conversations';
import { migrateDb } from './db/migrate';
import { openNodeDb } from './db/node-client';
import { nodeBackground } from './lib/background';
import { workerRenderer } from './lib/render-pool';
import { workerReportReader } from './lib/report-pool';
import { openAIFactory } from './llm/client';

export async function startNodeServer(config: Config) {
  const { db } = openNodeDb(config.databaseUrl, config.databaseAuthToken);
  await migrateDb(db);
  // WAL lets readers go on while a write commits and makes each commit a cheap append (measured in
  // bench/chat.ts: a chat turn 57 ms → 27 ms). The mode is stored in the file, so it is set once here.
  if (config.databaseUrl.startsWith('file:')) await db.run(sql`PRAGMA journal_mode=WAL`);
  // Chat conversations past their organisation's retention; later ones go when conversations are next read.
  await purgeAllExpiredConversations(db);
  const app = createApp({
    db,
    config,
    background: nodeBackground(),
    openai: openAIFactory(config.llm),
    render: workerRenderer(),
    readReport: workerReportReader(),
  });
  const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
    console.log(
      `Motivera lyssnar på http://localhost:${info.port} (databas: ${config.databaseUrl}, modell: ${config.llm ? config.llm.model : 'ingen, offline-läge'})`,
    );
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return server;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    await startNodeServer(parseConfig(process.env));
  } catch (err) {
    console.error(err instanceof ConfigError ? err.message : err);
    process.exit(1);
  }
}
