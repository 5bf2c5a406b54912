import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { importCommand } from '../../src/cli/reports';
import { findReport } from '../../src/db/reports';
import { createSuggestion } from '../../src/db/suggestions';
import { demoFile, makeTestApp, type TestApp } from '../helpers/app';

const CLEAN_G2 = 'Sjukfrånvaron ökade till 7,8 procent 2022 och etappmålet om 6,5 procent nåddes inte. Målet bedöms som ej uppfyllt.';
const G1 = 'Socialnämnden redovisar ett positivt utfall mot budget med 13,5 miljoner kronor.';

type View = {
  id: string;
  status: string;
  version: number;
  text: string;
  stale: boolean;
  findings: { severity: string; code: string; message: string }[];
};

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(() => t.close());

/** vb-2022 under its own report id, with goal g2's 2022 sjukfrånvaro set to `value`. */
function report(id: string, sick2022 = 7.8) {
  const doc = demoFile('vb-2022') as any;
  doc.report.id = id;
  doc.goals[1].indicators[0].values.find((v: { period: string }) => v.period === '2022').value = sick2022;
  return doc;
}

async function importDoc(doc: unknown) {
  const res = await t.request('POST', '/api/v1/reports', { body: doc });
  expect([200, 201]).toContain(res.status);
  return (await res.json()) as { staleSuggestions?: string[] };
}

async function writeAndAccept(reportId: string, goalId: string, text: string) {
  const created = (await (
    await t.request('POST', `/api/v1/reports/${reportId}/goals/${goalId}/suggestions`, { body: { text } })
  ).json()) as View;
  const res = await t.request('POST', `/api/v1/suggestions/${created.id}/accept`, {
    body: { baseVersion: created.version, override: { reason: 'Godkänd i testet.' } },
  });
  expect(res.status).toBe(200);
  return (await res.json()) as View;
}

const get = async (id: string) => (await (await t.request('GET', `/api/v1/suggestions/${id}`)).json()) as View;

describe('texts after a re-import', () => {
  it('flags an accepted text whose figure changed, with new findings, and leaves the text as it was', async () => {
    await importDoc(report('stale-1'));
    const accepted = await writeAndAccept('stale-1', 'g2', CLEAN_G2);
    expect(accepted.findings).toEqual([]);
    const pending = (await (
      await t.request('POST', '/api/v1/reports/stale-1/goals/g2/suggestions', { body: { text: CLEAN_G2 } })
    ).json()) as View;
    const untouched = await writeAndAccept('stale-1', 'g1', G1);

    const result = await importDoc(report('stale-1', 8.4));
    expect(result.staleSuggestions?.sort()).toEqual([accepted.id, pending.id].sort());

    const after = await get(accepted.id);
    expect(after).toMatchObject({ status: 'accepted', stale: true, text: CLEAN_G2 });
    expect(after.version).toBeGreaterThan(accepted.version);
    const wrong = after.findings.find((f) => f.code === 'wrong_value');
    expect(wrong?.message).toContain('8,4 procent');
    expect((await get(pending.id)).stale).toBe(true);
    expect((await get(untouched.id)).stale).toBe(false);

    const events = (
      (await (await t.request('GET', '/api/v1/reports/stale-1/history?goalId=g2')).json()) as {
        events: { action: string; suggestionId: string; detail: { reason: string } }[];
      }
    ).events;
    const flagged = events.filter((e) => e.action === 'suggestion.stale');
    expect(flagged.map((e) => e.suggestionId).sort()).toEqual([accepted.id, pending.id].sort());
    expect(flagged[0]!.detail.reason).toBe('facts_changed');
  });

  it('does not flag anything when a re-import brings the same figures', async () => {
    await importDoc(report('stale-2'));
    const accepted = await writeAndAccept('stale-2', 'g2', CLEAN_G2);
    const same = report('stale-2');
    same.goals[1].indicators[0].extra = { extractionNote: 'omskriven anteckning, samma siffror' };
    const result = await importDoc(same);
    expect(result.staleSuggestions).toEqual([]);
    expect(await get(accepted.id)).toMatchObject({ stale: false, version: accepted.version });
  });

  it('shows a stale text as such in the export, and an editor can confirm it again only with a reason while it has errors', async () => {
    await importDoc(report('stale-3'));
    const accepted = await writeAndAccept('stale-3', 'g2', CLEAN_G2);
    await importDoc(report('stale-3', 8.4));
    const md = await (await t.request('GET', '/api/v1/reports/stale-3/export?format=md')).text();
    expect(md).toContain('Inaktuell');
    expect(md).toContain(CLEAN_G2);

    const stale = await get(accepted.id);
    const without = await t.request('POST', `/api/v1/suggestions/${accepted.id}/accept`, { body: { baseVersion: stale.version } });
    expect(without.status).toBe(400);
    const confirmed = await t.request('POST', `/api/v1/suggestions/${accepted.id}/accept`, {
      body: { baseVersion: stale.version, override: { reason: 'Texten avser november, då var värdet 7,8.' } },
    });
    expect(confirmed.status).toBe(200);
    expect(await confirmed.json()).toMatchObject({ status: 'accepted', stale: false, text: CLEAN_G2 });
  });

  it('clears the flag when the text is revised against the new figures', async () => {
    await importDoc(report('stale-4'));
    const accepted = await writeAndAccept('stale-4', 'g2', CLEAN_G2);
    await importDoc(report('stale-4', 8.4));
    const stale = await get(accepted.id);
    const revised = await t.request('PUT', `/api/v1/suggestions/${accepted.id}`, {
      body: { text: CLEAN_G2.replace('7,8', '8,4'), baseVersion: stale.version },
    });
    expect(revised.status).toBe(200);
    expect(await revised.json()).toMatchObject({ stale: false, status: 'pending', findings: [] });
  });

  it('flags texts the same way when the command line re-imports the file', async () => {
    await importDoc(report('stale-5'));
    const accepted = await writeAndAccept('stale-5', 'g2', CLEAN_G2);
    const file = join(mkdtempSync(join(tmpdir(), 'motivera-stale-')), 'vb.json');
    writeFileSync(file, JSON.stringify(report('stale-5', 9.1)));
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      await importCommand(t.db, [file]);
      expect(log.mock.calls.flat().join('\n')).toMatch(/inaktuella/);
    } finally {
      log.mockRestore();
    }
    expect(await get(accepted.id)).toMatchObject({ stale: true, text: CLEAN_G2 });
  });

  it('also catches a text stored without a facts digest, by comparing with the report as it was', async () => {
    await importDoc(report('stale-6'));
    const row = (await findReport(t.db, 'huddinge-socialnamnden', 'stale-6'))!;
    const bare = await createSuggestion(t.db, {
      reportPk: row.pk,
      goalId: 'g2',
      text: CLEAN_G2,
      origin: 'chat',
      verified: true,
      findings: [],
      createdBy: 'Chatten',
    });
    expect((await importDoc(report('stale-6'))).staleSuggestions).toEqual([]);
    expect((await importDoc(report('stale-6', 8.4))).staleSuggestions).toEqual([bare.id]);
    expect(await get(bare.id)).toMatchObject({ stale: true, text: CLEAN_G2 });
  });
});

describe('texts after an official sets the final level', () => {
  it('flags the goal’s texts that argue for the old level, with a wrong-level finding, and nothing else', async () => {
    await importDoc(report('level-1'));
    const accepted = await writeAndAccept('level-1', 'g2', CLEAN_G2);
    const other = await writeAndAccept('level-1', 'g1', G1);
    const res = await t.request('PUT', '/api/v1/reports/level-1/goals/g2/level', {
      body: { level: 'delvis', reason: 'Medarbetarenkäten visar en tydlig förbättring.' },
      token: await t.token('official'),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { staleSuggestions: string[] }).staleSuggestions).toEqual([accepted.id]);

    const now = await get(accepted.id);
    expect(now).toMatchObject({ status: 'accepted', stale: true, text: CLEAN_G2 });
    expect(now.findings.map((f) => f.code)).toContain('wrong_level');
    expect(await get(other.id)).toMatchObject({ stale: false });
    const events = (
      (await (await t.request('GET', '/api/v1/reports/level-1/history?goalId=g2')).json()) as {
        events: { action: string; detail: { reason?: string } }[];
      }
    ).events;
    expect(events.map((e) => e.action).slice(0, 2)).toEqual(['suggestion.stale', 'level.set']);
    expect(events[0]!.detail.reason).toBe('level_changed');

    // Back to the computed level: the text is right again, and it says so after a fresh check.
    const back = await t.request('PUT', '/api/v1/reports/level-1/goals/g2/level', { body: { level: 'ej' } });
    expect(((await back.json()) as { staleSuggestions: string[] }).staleSuggestions).toEqual([accepted.id]);
    expect((await get(accepted.id)).findings).toEqual([]);
  });
});
