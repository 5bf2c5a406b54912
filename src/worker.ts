/**
 * @module The Cloudflare Workers entry: reads the bindings and builds the app once per isolate (the
 * same zod parser as Node), talks to Turso or sqld over HTTP with `@libsql/client/web`, and hands
 * every request to that app with its execution context, from which the app makes the request's
 * `waitUntil` background. Nothing here, nor anything
 * it imports, uses Node-only APIs; migrations run from a machine with `npm run db:migrate`.
 */
import { createClient } from '@libsql/client/web';
import { createApp, type App } from './app';
import { ConfigError, parseConfig } from './config';
import { createDb } from './db/client';
import { workerBackground } from './lib/background';
import { newId } from './lib/crypto';
import { openAIFactory } from './llm/client';

/** The Worker's bindings: `[vars]` in wrangler.toml and secrets set with `wrangler secret put`. */
export interface WorkerEnv {
  /** libsql://… (Turso) or https://… (sqld); a file: database cannot be reached from a Worker. */
  DATABASE_URL: string;
  DATABASE_AUTH_TOKEN?: string;
  SLACK_SIGNING_SECRET?: string;
  OPENAI_API_KEY?: string;
  OPENAI_BASE_URL?: string;
  OPENAI_MODEL?: string;
  AZURE_OPENAI_ENDPOINT?: string;
  AZURE_OPENAI_API_KEY?: string;
  AZURE_OPENAI_DEPLOYMENT?: string;
  AZURE_OPENAI_API_VERSION?: string;
  LLM_TIMEOUT_MS?: string;
  LLM_MAX_RETRIES?: string;
  CHAT_RATE_LIMIT_PER_MINUTE?: string;
  KOLADA_BASE_URL?: string;
  KOLADA_TIMEOUT_MS?: string;
  KOLADA_MAX_REQUESTS?: string;
}

type Started = { ok: true; app: App } | { ok: false; problems: string[] };

function start(env: WorkerEnv): Started {
  try {
    const config = parseConfig({ ...env });
    if (!/^(libsql|https?|wss?):/.test(config.databaseUrl)) {
      throw new ConfigError([
        'DATABASE_URL: en Worker behöver en databas över nätet (libsql:// eller https://); file: fungerar bara med Node',
      ]);
    }
    const client = createClient({ url: config.databaseUrl, authToken: config.databaseAuthToken });
    const app = createApp({ db: createDb(client), config, openai: openAIFactory(config.llm), background: workerBackground });
    return { ok: true, app };
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(err.message);
    return { ok: false, problems: err.problems };
  }
}

/** A Worker handler; bindings cannot change within an isolate, so they are parsed, and the client and the app made, once. */
export function createWorker() {
  let started: Started | undefined;
  return {
    fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext): Response | Promise<Response> {
      const s = (started ??= start(env));
      if (!s.ok) {
        const message = `Tjänsten är felkonfigurerad: ${s.problems.join('; ')}. Rätta inställningarna med wrangler secret put eller i wrangler.toml.`;
        return Response.json({ error: { code: 'internal', message, requestId: newId() } }, { status: 500 });
      }
      return s.app.fetch(request, env, ctx);
    },
  } satisfies ExportedHandler<WorkerEnv>;
}

export default createWorker();
