/**
 * The house rules that keep the code findable: every area under `src/domain/` and `src/services/`
 * is a folder entered only through its `index.ts` (code inside the area, and tests of the area,
 * may go further), and no source file grows past 400 lines.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');
const MAX_LINES = 400;
/**
 * Files over the limit today, each owned by work in progress on another branch; the lead empties
 * this list after merging. Nothing may be added to it.
 */
const OVER_LIMIT_FOR_NOW = new Set<string>([]);

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = join(dir, name);
    if (name === 'node_modules') continue;
    if (statSync(join(ROOT, path)).isDirectory()) walk(path, out);
    else if (/\.(ts|tsx|mts|js|mjs)$/.test(name)) out.push(path);
  }
  return out;
}

const lineCount = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

/** The areas with a door: `src/domain/<area>` and `src/services`. */
function areas(): string[] {
  const domain = readdirSync(join(ROOT, 'src/domain')).filter((n) => statSync(join(ROOT, 'src/domain', n)).isDirectory());
  return [...domain.map((n) => `src/domain/${n}`), 'src/services'];
}

/** Imports that reach past an area's index.ts from outside the area. */
function doorViolations(files: { path: string; text: string }[], areaDirs: string[]): string[] {
  const out: string[] = [];
  for (const { path, text } of files) {
    for (const m of text.matchAll(IMPORT)) {
      const spec = (m[1] ?? m[2])!;
      const target = relative(ROOT, resolve(ROOT, dirname(path), spec)).replace(/\.(tsx?|js)$/, '');
      const area = areaDirs.find((a) => target.startsWith(`${a}/`));
      if (!area || target === `${area}/index`) continue;
      if (path.startsWith(`${area}/`)) continue;
      // A test of the area itself (test/services/…, test/domain/checker-….test.ts) may test its parts.
      const areaName = basename(area);
      if (path.startsWith('test/') && new RegExp(`(^|/)${areaName}([-/.]|$)`).test(path.slice('test/'.length))) continue;
      out.push(`${path} imports ${spec}`);
    }
  }
  return out;
}

describe('the shape of the code', () => {
  it('gives every area under src/domain and src/services an index.ts door', () => {
    const missing = areas().filter((a) => !readdirSync(join(ROOT, a)).includes('index.ts'));
    expect(missing).toEqual([]);
  });

  it('lets nothing outside an area import past its index.ts', () => {
    const files = ['src', 'test', 'bench', 'scripts']
      .flatMap((d) => walk(d))
      .map((path) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') }));
    expect(doorViolations(files, areas())).toEqual([]);
  });

  it('catches an import past a door, and allows the area’s own files and tests', () => {
    const dirs = ['src/domain/checker', 'src/services'];
    const files = [
      { path: 'src/routes/x.ts', text: "import { a } from '../domain/checker/claims';\nimport { b } from '../domain/checker';" },
      { path: 'src/domain/assessment/y.ts', text: "export { c } from '../checker/numbers';" },
      { path: 'src/slack/z.ts', text: "import type { D } from '../services/reports';" },
      { path: 'src/domain/checker/w.ts', text: "import { e } from './claims';" },
      { path: 'test/domain/checker-rules.test.ts', text: "import { f } from '../../src/domain/checker/claims';" },
      { path: 'test/services/reports.test.ts', text: "import { g } from '../../src/services/reports';" },
    ];
    expect(doorViolations(files, dirs)).toEqual([
      'src/routes/x.ts imports ../domain/checker/claims',
      'src/domain/assessment/y.ts imports ../checker/numbers',
      'src/slack/z.ts imports ../services/reports',
    ]);
  });

  it(`keeps every source file under ${MAX_LINES} lines (generated files and migrations aside)`, () => {
    const long = walk('src')
      .filter((p) => !p.includes('/migrations/') && !p.endsWith('.generated.ts'))
      .map((p) => ({ path: p, lines: lineCount(readFileSync(join(ROOT, p), 'utf8')) }))
      .filter((f) => f.lines > MAX_LINES);
    expect(long.filter((f) => !OVER_LIMIT_FOR_NOW.has(f.path)).map((f) => `${f.path}: ${f.lines}`)).toEqual([]);
  });
});
