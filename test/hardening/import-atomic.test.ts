import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { demoFile, makeTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
  await t.importDemo('vb-2022');
});
afterAll(() => t.close());

const sick = (doc: ReturnType<typeof demoFile>) => doc.goals[1]!.indicators!.find((i) => i.name === 'Sjukfrånvaro totalt')!;

describe('a re-import that dies before the stale flags are written', () => {
  it('leaves the old figures in place, so no accepted text stands unflagged on new figures', async () => {
    const created = (await (
      await t.request('POST', '/api/v1/reports/vb-2022/goals/g2/suggestions', {
        body: { text: 'Sjukfrånvaron ökade till 7,8 procent 2022 och målet nåddes inte.' },
      })
    ).json()) as { id: string; version: number };
    const accept = await t.request('POST', `/api/v1/suggestions/${created.id}/accept`, {
      body: { baseVersion: created.version, override: { reason: 'Godkänd i testet.' } },
    });
    expect(accept.status).toBe(200);

    // The process "dies" at the first stale flag: the database refuses the write, as a killed
    // process would never make it.
    await t.db.run(
      sql.raw(`CREATE TRIGGER crash_on_stale BEFORE UPDATE OF stale ON suggestions BEGIN SELECT RAISE(ABORT, 'process killed'); END`),
    );
    const changed = demoFile('vb-2022');
    sick(changed).values = sick(changed).values!.map((v) => (v.period === '2022' ? { ...v, value: 6.1 } : v));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const res = await t.request('POST', '/api/v1/reports', { body: changed });
    expect(res.status).toBe(500);
    await t.db.run(sql.raw('DROP TRIGGER crash_on_stale'));

    const stored = (await (await t.request('GET', '/api/v1/reports/vb-2022')).json()) as ReturnType<typeof demoFile>;
    const text = (await (await t.request('GET', `/api/v1/suggestions/${created.id}`)).json()) as { status: string; stale: boolean };
    expect(text.status).toBe('accepted');
    // Either both happened or neither: here neither.
    expect(sick(stored).values!.find((v) => v.period === '2022')!.value).toBe(7.8);
    expect(text.stale).toBe(false);

    // Run again without the fault: figures and flag land together.
    expect((await t.request('POST', '/api/v1/reports', { body: changed })).status).toBe(200);
    const after = (await (await t.request('GET', `/api/v1/suggestions/${created.id}`)).json()) as { stale: boolean };
    expect(after.stale).toBe(true);
  });
});
