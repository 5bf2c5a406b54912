/**
 * @module Prompt templates: Swedish Markdown files in `prompts/` with front matter (`id`,
 * `version`), messages marked `<!-- role: system|user|assistant -->` and named `{{placeholders}}`.
 * They reach both runtimes through `prompts.generated.ts` (no file system in the Worker).
 */
import { PROMPT_SOURCES } from './prompts.generated';

export type PromptRole = 'system' | 'user' | 'assistant';

export interface PromptTemplate {
  id: string;
  version: string;
  description?: string;
  messages: { role: PromptRole; template: string }[];
  /** Every placeholder name the messages use, in order of first use. */
  placeholders: string[];
}

export interface RenderedPrompt {
  id: string;
  version: string;
  messages: { role: PromptRole; content: string }[];
}

export class PromptError extends Error {}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;
const ROLE_MARKER = /^<!--\s*role:\s*(system|user|assistant)\s*-->[ \t]*$/gm;
const PLACEHOLDER = /\{\{\s*([a-zA-Z][\w]*)\s*\}\}/g;

export function parsePrompt(source: string, name = 'prompt'): PromptTemplate {
  const fm = FRONT_MATTER.exec(source);
  if (!fm) throw new PromptError(`${name}: front matter (--- id, version ---) saknas`);
  const meta: Record<string, string> = {};
  for (const line of fm[1]!.split(/\r?\n/)) {
    const m = /^([a-zA-Z]\w*):\s*(.*)$/.exec(line.trim());
    if (m) meta[m[1]!] = m[2]!.replace(/^["']|["']$/g, '');
  }
  if (!meta.id || !meta.version) throw new PromptError(`${name}: front matter ska ha id och version`);
  const body = source.slice(fm[0].length);
  const markers = [...body.matchAll(ROLE_MARKER)];
  if (markers.length === 0) throw new PromptError(`${name}: inget meddelande (<!-- role: user -->)`);
  const messages = markers.map((m, i) => ({
    role: m[1] as PromptRole,
    template: body.slice(m.index + m[0].length, markers[i + 1]?.index ?? body.length).trim(),
  }));
  const placeholders = [...new Set(messages.flatMap((m) => [...m.template.matchAll(PLACEHOLDER)].map((p) => p[1]!)))];
  return { id: meta.id, version: meta.version, ...(meta.description ? { description: meta.description } : {}), messages, placeholders };
}

/**
 * Fills `{{name}}` placeholders in one pass, so a value that itself contains `{{…}}` (a note
 * written by someone) is inserted as it stands and never expanded. A missing value throws.
 */
export function renderTemplate(template: string, values: Record<string, string>, name = 'prompt'): string {
  return template.replace(PLACEHOLDER, (_, key: string) => {
    const v = values[key];
    if (v === undefined) throw new PromptError(`${name}: värde saknas för platshållaren {{${key}}}`);
    return v;
  });
}

const templates = new Map<string, PromptTemplate>(
  Object.entries(PROMPT_SOURCES).map(([file, source]) => {
    const t = parsePrompt(source, file);
    return [t.id, t];
  }),
);

export function getPrompt(id: string): PromptTemplate {
  const t = templates.get(id);
  if (!t) throw new PromptError(`Prompten "${id}" finns inte (${[...templates.keys()].join(', ')})`);
  return t;
}

export function listPrompts(): PromptTemplate[] {
  return [...templates.values()];
}

export function renderPrompt(id: string, values: Record<string, string>): RenderedPrompt {
  const t = getPrompt(id);
  return {
    id: t.id,
    version: t.version,
    messages: t.messages.map((m) => ({ role: m.role, content: renderTemplate(m.template, values, `${t.id}@${t.version}`) })),
  };
}
