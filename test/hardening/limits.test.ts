import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateReport } from '../../bench/import';
import { REPORT_LIMITS } from '../../src/lib/limits';
import { DEMO_ORG, makeTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(() => t.close());

/** The report of the defect: 800 goals and 80 000 values, valid in every other way. */
function huge() {
  const doc = generateReport(8_000, 10, 800);
  doc.organisation = { id: DEMO_ORG, name: 'Socialnämnden' };
  return doc;
}

describe('a report over the documented limits', () => {
  it('is refused with 413 and a Swedish message before any work, on import, assessment and check', async () => {
    const doc = huge();
    for (const [path, body] of [
      ['/api/v1/reports', doc],
      ['/api/v1/assess', doc],
      ['/api/v1/check', { report: doc, goalId: 'g1', text: 'Målet nåddes.' }],
    ] as const) {
      const res = await t.request('POST', path, { body });
      expect(res.status, path).toBe(413);
      const error = ((await res.json()) as { error: { message: string; field?: string } }).error;
      expect(error.message).toContain('800 mål');
      expect(error.message).toContain(`högst ${REPORT_LIMITS.goals}`);
    }
    expect((await t.request('GET', '/api/v1/reports/bench')).status).toBe(404);
  });

  it('names the limit that is exceeded: values, and one overlong text with its field', async () => {
    const many = generateReport(2_000, 20, 100);
    many.organisation = { id: DEMO_ORG, name: 'Socialnämnden' };
    const res = await t.request('POST', '/api/v1/assess', { body: many });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/42 000 utfall och målvärden; högst 30 000/);

    const long = generateReport(10, 2, 2);
    long.goals[1]!.title = 'x'.repeat(REPORT_LIMITS.textChars + 1);
    const res2 = await t.request('POST', '/api/v1/assess', { body: long });
    expect(res2.status).toBe(413);
    expect(((await res2.json()) as { error: { field: string } }).error.field).toBe('goals[1].title');
  });

  it('lets a report at the limits through', async () => {
    const atLimit = generateReport(REPORT_LIMITS.indicators, REPORT_LIMITS.values / REPORT_LIMITS.indicators - 1, REPORT_LIMITS.goals);
    atLimit.organisation = { id: DEMO_ORG, name: 'Socialnämnden' };
    const res = await t.request('POST', '/api/v1/assess', { body: atLimit });
    expect(res.status).toBe(200);
  });
});
