/**
 * @module What the app needs from outside, built by each entry (Node, Worker, tests) and handed to
 * `createApp`. Nothing below this reads the environment.
 */
import type { Config } from './config';
import type { Db } from './db/client';
import type { Background, WaitUntil } from './lib/background';
import type { Principal } from './db/tokens';
import type { OpenAIFactory } from './llm/client';
import type { KoladaClient } from './kolada';
import type { Renderer } from './export/render';
import type { ReportReader } from './lib/report-input';

export interface AppDeps {
  db: Db;
  config: Config;
  /**
   * Work that outlives the response: one for the process (Node, tests), or, on Workers, one made per
   * request from its execution context (`waitUntil`) by the app's first middleware.
   */
  background: Background | ((executionCtx: WaitUntil) => Background);
  /** Null when no model is configured: the embedded default then drafts and chats offline. */
  openai: OpenAIFactory | null;
  /** Kolada's API; when left out, `createApp` makes one from `config.kolada` (its cache then lives as long as the app). */
  kolada?: KoladaClient;
  /** Where exports are rendered: a worker thread on Node; inline when absent (Workers, tests). */
  render?: Renderer;
  /** Where report bodies (import, `/assess`) are parsed and validated: a worker thread on Node; in-line when absent. */
  readReport?: ReportReader;
}

/** The deps the routes see: everything filled in. */
export type ResolvedDeps = AppDeps & { kolada: KoladaClient };

export type AppEnv = {
  Variables: {
    deps: ResolvedDeps;
    requestId: string;
    principal: Principal;
    /** This request's background (see `AppDeps.background`). */
    background: Background;
  };
};
