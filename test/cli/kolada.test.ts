import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { koladaCommand, revisionCommand } from '../../src/cli/kolada';
import { CliError } from '../../src/cli/io';
import { exportCommand } from '../../src/cli/reports';
import { createKoladaClient } from '../../src/kolada';
import { demoFile, makeTestApp, type TestApp } from '../helpers/app';
import { KOLADA_TEST_BASE, koladaMock } from '../mocks/kolada';

const server = setupServer();
let t: TestApp;
beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  t = await makeTestApp();
});
afterEach(() => server.resetHandlers());
afterAll(async () => {
  server.close();
  t.close();
});

async function cli(...args: string[]) {
  const lines: string[] = [];
  const kolada = createKoladaClient({ baseUrl: KOLADA_TEST_BASE, backoffMs: 1 });
  if (args[0] === 'revision') await revisionCommand(t.db, args.slice(1), (l) => lines.push(l));
  else await koladaCommand(t.db, kolada, args, (l) => lines.push(l));
  return lines.join('\n');
}

async function importAs(id: string, typed2021?: number) {
  const doc = demoFile('vb-2022') as any;
  doc.report.id = id;
  if (typed2021 !== undefined)
    doc.goals[3].indicators.find((i: { id: string }) => i.id.startsWith('brukarbedomning-missbruksvard')).values[1].value = typed2021;
  const res = await t.request('POST', '/api/v1/reports', { body: doc });
  expect(res.status).toBe(201);
}

async function exportedValue(id: string, indicatorPrefix: string, period: string) {
  const lines: string[] = [];
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string) => (lines.push(chunk), true)) as typeof process.stdout.write;
  try {
    await exportCommand(t.db, [id]);
  } finally {
    process.stdout.write = write;
  }
  const doc = JSON.parse(lines.join('')) as {
    goals: { indicators: { id: string; values: { period: string; value: number | null }[] }[] }[];
  };
  return doc.goals
    .flatMap((g) => g.indicators)
    .find((i) => i.id.startsWith(indicatorPrefix))!
    .values.find((v) => v.period === period)!.value;
}

describe('npm run cli -- kolada', () => {
  it('--dry-run prints the differences and stores nothing', async () => {
    server.use(...koladaMock().handlers);
    await importAs('cli-1', 79);
    const out = await cli('pull', 'cli-1', '--years', '2021-2022', '--dry-run');
    expect(out).toContain('Kolada: kommun 0126, jämförelser riket (0000), länet (0001); år 2021, 2022');
    expect(out).toMatch(/g1 nettokostnadsavvikelse-individ-och-familjeomsorg 2022 utfall: saknas → −12,5/);
    expect(out).toMatch(
      /Skriver över värden som någon skrivit in[^\n]*\n {2}g4 brukarbedomning-missbruksvard-ifo-forbattrad-situation-andel 2021 utfall: 79 → 81/,
    );
    expect(out).toContain('Torrkörning: inget har sparats.');
    expect(await exportedValue('cli-1', 'nettokostnadsavvikelse', '2022')).toBeNull();
  });

  it('applies what fills or adds, lists typed overwrites, and applies them with --accept', async () => {
    server.use(...koladaMock().handlers);
    await importAs('cli-2', 79);
    const first = await cli('pull', 'cli-2');
    expect(first).toMatch(/tillämpades inte utan --accept \(1\)/);
    expect(first).toContain('Sparade version 2. Föregående version kan återställas: npm run cli -- revision restore cli-2 1');
    expect(await exportedValue('cli-2', 'nettokostnadsavvikelse', '2022')).toBe(-12.5);
    expect(await exportedValue('cli-2', 'brukarbedomning-missbruksvard', '2021')).toBe(79);

    const second = await cli('pull', 'cli-2', '--accept');
    expect(second).toMatch(/Ändrat \(1\):\n {2}g4 brukarbedomning-missbruksvard-ifo-forbattrad-situation-andel 2021 utfall: 79 → 81/);
    expect(await exportedValue('cli-2', 'brukarbedomning-missbruksvard', '2021')).toBe(81);

    expect(await cli('revision', 'list', 'cli-2')).toMatch(/version 3[\s\S]*3 {2}kolada[\s\S]*2 {2}kolada[\s\S]*1 {2}import/);
    expect(await cli('revision', 'restore', 'cli-2', '1')).toBe('Återställde version 1 av cli-2 som version 4.');
    expect(await exportedValue('cli-2', 'nettokostnadsavvikelse', '2022')).toBeNull();
    expect(await exportedValue('cli-2', 'brukarbedomning-missbruksvard', '2021')).toBe(79);
  });

  it('searches KPIs and says which are divided by gender', async () => {
    server.use(...koladaMock().handlers);
    const out = await cli('search', 'förvärvsarbetande');
    expect(out.split('\n').slice(0, 3)).toEqual([
      'X00001  Förvärvsarbetande invånare 20-64 år, andel (%) (syntetisk)  (kvinnor/män)',
      'X00002  Förvärvsarbetande utrikes födda 20-64 år, andel (%) (syntetisk)  (kvinnor/män)',
      'X00003  Förvärvsarbetande invånare, antal (syntetisk)',
    ]);
    expect(out).toContain('Källa: Kolada');
  });

  it('refuses unreadable years and unknown reports with a Swedish message', async () => {
    await expect(cli('pull', 'cli-x', '--years', 'i fjol')).rejects.toThrow(CliError);
    await expect(cli('pull', 'finns-inte')).rejects.toThrow('Rapporten finns-inte finns inte.');
    await expect(cli('revision', 'restore', 'cli-1', '9')).rejects.toThrow('Version 9 av rapporten "cli-1" finns inte sparad.');
  });
});
