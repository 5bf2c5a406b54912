/**
 * @module Configuration, read and validated in one place with zod. The entries (Node, Worker, CLI)
 * call `parseConfig` once with their environment and pass the result on; nothing else reads env.
 */
import { z } from 'zod';
import { formatPath } from './domain/report';

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));
const url = (what: string) => optionalText.refine((v) => v === undefined || /^[a-z][a-z0-9+.-]*:/i.test(v), `${what} ska vara en URL`);

const optionalInt = (name: string, min: number, max: number) =>
  optionalText
    .refine((v) => v === undefined || /^\d+$/.test(v), `${name} ska vara ett heltal`)
    .transform((v) => (v === undefined ? undefined : Number(v)))
    .refine((v) => v === undefined || (v >= min && v <= max), `${name} ska vara mellan ${min} och ${max}`);

const envSchema = z.object({
  DATABASE_URL: url('DATABASE_URL').refine(
    (v) => v === undefined || /^(file:|libsql:|https?:|wss?:)/.test(v),
    'DATABASE_URL ska börja med file:, libsql:, http(s): eller ws(s):',
  ),
  DATABASE_AUTH_TOKEN: optionalText,
  PORT: optionalInt('PORT', 1, 65535),
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: url('OPENAI_BASE_URL'),
  OPENAI_MODEL: optionalText,
  AZURE_OPENAI_ENDPOINT: url('AZURE_OPENAI_ENDPOINT'),
  AZURE_OPENAI_API_KEY: optionalText,
  AZURE_OPENAI_DEPLOYMENT: optionalText,
  AZURE_OPENAI_API_VERSION: optionalText,
  LLM_TIMEOUT_MS: optionalInt('LLM_TIMEOUT_MS', 1000, 600_000),
  LLM_MAX_RETRIES: optionalInt('LLM_MAX_RETRIES', 0, 10),
  SLACK_SIGNING_SECRET: optionalText,
  CHAT_RATE_LIMIT_PER_MINUTE: optionalInt('CHAT_RATE_LIMIT_PER_MINUTE', 1, 10_000),
  KOLADA_BASE_URL: url('KOLADA_BASE_URL'),
  KOLADA_TIMEOUT_MS: optionalInt('KOLADA_TIMEOUT_MS', 100, 600_000),
  KOLADA_MAX_REQUESTS: optionalInt('KOLADA_MAX_REQUESTS', 1, 10_000),
  TRUST_PROXY: optionalText.refine(
    (v) => v === undefined || /^(1|0|true|false|yes|no)$/i.test(v),
    'TRUST_PROXY ska vara 1/true eller 0/false',
  ),
});

export type LlmConfig =
  | { kind: 'openai'; apiKey: string; baseURL?: string; model: string; timeoutMs: number; maxRetries: number }
  | {
      kind: 'azure';
      apiKey: string;
      endpoint: string;
      deployment: string;
      apiVersion: string;
      model: string;
      timeoutMs: number;
      maxRetries: number;
    };

export interface Config {
  databaseUrl: string;
  databaseAuthToken?: string;
  port: number;
  llm: LlmConfig | null;
  slackSigningSecret?: string;
  chatRateLimitPerMinute: number;
  kolada: KoladaConfig;
  /** Behind a TLS-terminating proxy: believe X-Forwarded-Proto (the session cookie is then Secure). */
  trustProxy: boolean;
}

export interface KoladaConfig {
  /** Kolada's API root (v3); a local mirror or a test server can stand in. */
  baseUrl: string;
  timeoutMs: number;
  /** The most Kolada requests one HTTP request may make (a Worker's subrequest budget); a bigger pull is left to the CLI. */
  maxRequestsPerCall: number;
}

export const DEFAULT_DATABASE_URL = 'file:.data/motivera.db';
export const DEFAULT_MODEL = 'gpt-4o-mini';
export const DEFAULT_KOLADA_BASE_URL = 'https://api.kolada.se/v3';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Ogiltig konfiguration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export function parseConfig(env: Record<string, unknown>, defaults: { databaseUrl?: string } = {}): Config {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`));
  }
  const e = result.data;
  const timeoutMs = e.LLM_TIMEOUT_MS ?? 30_000;
  const maxRetries = e.LLM_MAX_RETRIES ?? 2;
  let llm: LlmConfig | null = null;
  const problems: string[] = [];
  if (e.AZURE_OPENAI_ENDPOINT) {
    if (!e.AZURE_OPENAI_API_KEY) problems.push('AZURE_OPENAI_API_KEY: krävs när AZURE_OPENAI_ENDPOINT är satt');
    if (!e.AZURE_OPENAI_DEPLOYMENT) problems.push('AZURE_OPENAI_DEPLOYMENT: krävs när AZURE_OPENAI_ENDPOINT är satt');
    if (e.AZURE_OPENAI_API_KEY && e.AZURE_OPENAI_DEPLOYMENT) {
      llm = {
        kind: 'azure',
        apiKey: e.AZURE_OPENAI_API_KEY,
        endpoint: e.AZURE_OPENAI_ENDPOINT,
        deployment: e.AZURE_OPENAI_DEPLOYMENT,
        apiVersion: e.AZURE_OPENAI_API_VERSION ?? '2024-10-21',
        model: e.OPENAI_MODEL ?? e.AZURE_OPENAI_DEPLOYMENT,
        timeoutMs,
        maxRetries,
      };
    }
  } else if (e.OPENAI_API_KEY || e.OPENAI_BASE_URL) {
    // A local server (llama.cpp, Ollama, vLLM) behind OPENAI_BASE_URL usually needs no key.
    llm = {
      kind: 'openai',
      apiKey: e.OPENAI_API_KEY ?? 'ingen-nyckel',
      baseURL: e.OPENAI_BASE_URL,
      model: e.OPENAI_MODEL ?? DEFAULT_MODEL,
      timeoutMs,
      maxRetries,
    };
  }
  if (problems.length) throw new ConfigError(problems);
  return {
    databaseUrl: e.DATABASE_URL ?? defaults.databaseUrl ?? DEFAULT_DATABASE_URL,
    databaseAuthToken: e.DATABASE_AUTH_TOKEN,
    port: e.PORT ?? 8787,
    llm,
    slackSigningSecret: e.SLACK_SIGNING_SECRET,
    chatRateLimitPerMinute: e.CHAT_RATE_LIMIT_PER_MINUTE ?? 20,
    kolada: {
      baseUrl: e.KOLADA_BASE_URL ?? DEFAULT_KOLADA_BASE_URL,
      timeoutMs: e.KOLADA_TIMEOUT_MS ?? 15_000,
      maxRequestsPerCall: e.KOLADA_MAX_REQUESTS ?? 20,
    },
    trustProxy: /^(1|true|yes)$/i.test(e.TRUST_PROXY ?? ''),
  };
}
