import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFile, makeTestApp, type TestApp } from '../helpers/app';
import { SLACK_ENV } from '../helpers/slack';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp(SLACK_ENV);
  await t.importDemo('vb-2022');
});
afterAll(() => t.close());

/** A chunked body of `total` bytes that counts how much of it the server pulled. */
function countingStream(total: number, chunk = 64 * 1024) {
  const state = { pulled: 0 };
  const piece = new Uint8Array(chunk).fill(0x61);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled >= total) return controller.close();
      state.pulled += piece.length;
      controller.enqueue(piece);
    },
  });
  return { stream, state };
}

async function send(path: string, body: BodyInit, headers: Record<string, string>) {
  return t.app.request(path, { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
}

describe('request bodies', () => {
  it('refuses a chunked 50 MB body to /slack/commands while it streams, without reading it all', async () => {
    const { stream, state } = countingStream(50 * 1024 * 1024);
    const res = await send('/slack/commands', stream, { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/för stor/);
    expect(state.pulled).toBeLessThan(1024 * 1024);
  });

  it('limits /logga-in too, before looking at the token', async () => {
    const { stream, state } = countingStream(5 * 1024 * 1024);
    const res = await send('/logga-in', stream, { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(413);
    expect(state.pulled).toBeLessThan(1024 * 1024);
  });

  it('refuses a declared length over the limit before reading anything', async () => {
    const res = await t.app.request('/api/v1/reports/vb-2022/goals/g2/suggestions', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await t.token('editor')}`,
        'content-type': 'application/json',
        'content-length': String(2 * 1024 * 1024),
      },
      body: '{}',
    });
    expect(res.status).toBe(413);
  });

  it('refuses a Latin-1 body with 400 and keeps the organisation’s name', async () => {
    const doc = demoFile('vb-2022');
    doc.organisation.name = 'Socialnämnden Sjukfrånvaro';
    const latin1 = Buffer.from(JSON.stringify(doc), 'latin1');
    const res = await t.app.request('/api/v1/reports', {
      method: 'POST',
      headers: { authorization: `Bearer ${await t.token('admin')}`, 'content-type': 'application/json' },
      body: latin1,
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/UTF-8/);
    const reports = (await (await t.request('GET', '/api/v1/reports')).json()) as unknown;
    expect(JSON.stringify(reports)).not.toContain('\uFFFD');
    const stored = (await (await t.request('GET', '/api/v1/reports/vb-2022')).json()) as { organisation: { name: string } };
    expect(stored.organisation.name).toBe('Socialnämnden');
  });

  it('refuses a percent-encoded Latin-1 form field with 400', async () => {
    const res = await t.app.request('/logga-in', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'token=Sjukfr%E5nvaro',
    });
    expect(res.status).toBe(400);
  });

  it('answers JSON nested deeper than the limit with 400 naming the limit, never 500', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    for (const path of ['/api/v1/assess', '/api/v1/reports', '/api/v1/check']) {
      const res = await t.request('POST', path, { body: deep });
      expect(res.status, path).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/nivåer/);
    }
  });

  it('requires application/json on the API: JSON under another content type gets 415', async () => {
    const doc = demoFile('vb-2022');
    doc.report.id = 'vb-2022-text-plain';
    const res = await t.request('POST', '/api/v1/reports', { body: doc, headers: { 'content-type': 'text/plain' } });
    expect(res.status).toBe(415);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/application\/json/);
    expect((await t.request('GET', '/api/v1/reports/vb-2022-text-plain')).status).toBe(404);
  });
});

describe('characters that break or vanish', () => {
  async function importWith(change: (doc: any) => void) {
    const doc = demoFile('vb-2022') as any;
    doc.report.id = 'tecken';
    change(doc);
    return t.request('POST', '/api/v1/reports', { body: doc });
  }
  const errorOf = async (res: Response) => ((await res.json()) as { error: { message: string; field?: string } }).error;

  it('refuses NUL, which would cut an id or a text short when read back', async () => {
    const res = await importWith((d) => (d.report.id = 'vb-2022\u0000evil'));
    expect(res.status).toBe(400);
    expect((await errorOf(res)).field).toBe('report.id');
    expect((await t.request('GET', '/api/v1/reports')).status).toBe(200);
    const list = (await (await t.request('GET', '/api/v1/reports')).json()) as { reports: { id: string }[] };
    expect(list.reports.filter((r) => r.id.startsWith('vb-2022'))).toHaveLength(1);
  });

  it('refuses U+FFFE and U+FFFF, which make the Word file invalid, naming the field', async () => {
    for (const ch of ['\uFFFE', '\uFFFF', '\uD800']) {
      const res = await importWith((d) => (d.goals[1].title = `Sjukfrånvaro${ch}`));
      expect(res.status).toBe(400);
      expect((await errorOf(res)).field).toBe('goals[1].title');
    }
  });

  it('strips invisible control characters from pasted text, and the Word export stays valid', async () => {
    const res = await importWith((d) => (d.goals[1].title = 'Chefer och\u000B medarbetare\u0007'));
    expect([200, 201]).toContain(res.status);
    const stored = (await (await t.request('GET', '/api/v1/reports/tecken')).json()) as { goals: { title: string }[] };
    expect(stored.goals[1]!.title).toBe('Chefer och medarbetare');
    const docx = await t.request('GET', '/api/v1/reports/tecken/export?format=docx');
    expect(docx.status).toBe(200);
  });

  it('applies the same rules to a form on the goal page: NUL is refused and nothing is stored', async () => {
    const signIn = await t.app.request('/logga-in', { method: 'POST', body: new URLSearchParams({ token: await t.token('official') }) });
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const count = async () =>
      ((await (await t.request('GET', '/api/v1/reports/vb-2022/suggestions')).json()) as { suggestions: unknown[] }).suggestions.length;
    const before = await count();
    const res = await t.app.request('/rapporter/vb-2022/mal/g2/forslag', {
      method: 'POST',
      headers: { cookie },
      body: new URLSearchParams({ text: 'Sjukfrånvaron\u0000 ökade.' }),
    });
    expect(res.status).toBe(400);
    expect(await count()).toBe(before);
  });

  it('refuses report ids "." and "..", which no URL can reach', async () => {
    for (const id of ['.', '..']) {
      const res = await importWith((d) => (d.report.id = id));
      expect(res.status, id).toBe(400);
      expect((await errorOf(res)).field).toBe('report.id');
    }
  });

  it('refuses a breakdown key __proto__ instead of dropping it', async () => {
    const res = await t.request('POST', '/api/v1/reports', {
      body: JSON.stringify(demoFile('vb-2022')).replace('"breakdown":{"kvinnor":7.2', '"breakdown":{"__proto__":1,"kvinnor":7.2'),
    });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toMatch(/__proto__/);
  });
});
