/**
 * @module Bundles `prompts/*.md` into `src/llm/prompts.generated.ts`, so both the Node server and
 * the Worker (no file system) load the same prompt texts. Run: `npm run prompts:build`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const PROMPTS_DIR = join(root, 'prompts');
export const GENERATED_FILE = join(root, 'src/llm/prompts.generated.ts');

/** The generated module's text for the prompt files now in `dir`. */
export function generatePromptsModule(dir = PROMPTS_DIR): string {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort();
  const entries = files.map((f) => `  ${JSON.stringify(f)}: ${JSON.stringify(readFileSync(join(dir, f), 'utf8'))},`);
  return [
    '/** @module Generated from prompts/*.md by `npm run prompts:build` (scripts/build-prompts.ts). Do not edit by hand. */',
    'export const PROMPT_SOURCES: Readonly<Record<string, string>> = {',
    ...entries,
    '};',
    '',
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(GENERATED_FILE, generatePromptsModule());
  console.log(`Skrev ${GENERATED_FILE}`);
}
