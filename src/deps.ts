/**
 * @module What the app needs from outside, built by each entry (Node, Worker, tests) and handed to
 * `createApp`. Nothing below this reads the environment.
 */
import type { Config } from './config';
import type { Db } from './db/client';
import type { Background } from './lib/background';
import type { Principal } from './db/tokens';
import type { OpenAIFactory } from './llm/client';
import type { Renderer } from './export/render';

export interface AppDeps {
  db: Db;
  config: Config;
  background: Background;
  /** Null when no model is configured: the embedded default then drafts and chats offline. */
  openai: OpenAIFactory | null;
  /** Where exports are rendered: a worker thread on Node; inline when absent (Workers, tests). */
  render?: Renderer;
}

export type AppEnv = {
  Variables: {
    deps: AppDeps;
    requestId: string;
    principal: Principal;
  };
};
