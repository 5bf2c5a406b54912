import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `npm run cli -- check …` as an editor would, without a database. */
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'check', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '' },
  });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

function withMotivation(goalId: string, motivation: string): string {
  const doc = JSON.parse(readFileSync(join(root, 'data/vb-2022.json'), 'utf8')) as {
    goals: { id: string; published?: { motivation?: string } }[];
  };
  doc.goals.find((g) => g.id === goalId)!.published!.motivation = motivation;
  const file = join(mkdtempSync(join(tmpdir(), 'motivera-check-')), 'report.json');
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

describe('npm run cli -- check FILE', () => {
  it('finds no error in the published motivations of the demo report, and exits 0', () => {
    const { status, out } = cli('data/vb-2022.json');
    expect(status).toBe(0);
    expect(out).toContain(
      'g2  Chefer och medarbetare bidrar till en god verksamhet i ständig utveckling\n    Nivå: Delvis uppfyllt (publicerad)\n    Inga anmärkningar.',
    );
    expect(out.trim().split('\n').pop()).toBe('5 motiveringar kontrollerade: 0 fel, 2 varningar.');
  });

  it('prints each finding with the words it is about, and exits 1 on an error', () => {
    const file = withMotivation(
      'g2',
      'Sjukfrånvaron var 7,5 procent 2022 och därmed nås inte etappmålet om 6,5 procent. Nämndmålet uppnås delvis.',
    );
    const { status, out } = cli(file, '--goal', 'g2');
    expect(status).toBe(1);
    expect(out).toContain(
      '    FEL      wrong_value: Sjukfrånvaro totalt var 7,8 procent 2022, inte 7,5 procent.\n             ”7,5 procent” (tecken 18–29)',
    );
    expect(out).toContain('1 motiveringar kontrollerade: 1 fel, 0 varningar.');
  });

  it('writes JSON on request and names a goal that is not there', () => {
    const json = cli('data/vb-2022.json', '--goal', 'g5', '--json');
    expect(json.status).toBe(0);
    expect(JSON.parse(json.out)).toEqual([
      expect.objectContaining({ goalId: 'g5', level: { id: 'ej', label: 'Ej uppfyllt', source: 'publicerad' }, findings: [] }),
    ]);
    const missing = cli('data/vb-2022.json', '--goal', 'g9');
    expect(missing.status).toBe(1);
    expect(missing.err).toContain('Målet "g9" finns inte i data/vb-2022.json.');
  });
});
