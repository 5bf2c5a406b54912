import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
  await t.importDemo('vb-2022');
});
afterAll(() => t.close());

async function signIn(app: TestApp, token: string, next?: string, headers: Record<string, string> = {}) {
  const body = new URLSearchParams({ token, ...(next !== undefined ? { next } : {}) });
  return app.app.request('/logga-in', {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  });
}
const cookieOf = (res: Response) => res.headers.get('set-cookie')!.split(';')[0]!;

describe('the sign-in cookie', () => {
  it('is a session id, not the API token, and never works as a bearer token', async () => {
    const token = await t.token('editor');
    const res = await signIn(t, token);
    const cookie = cookieOf(res);
    const value = cookie.split('=')[1]!;
    expect(value).not.toContain(token);
    const api = await t.app.request('/api/v1/reports', { headers: { authorization: `Bearer ${value}` } });
    expect(api.status).toBe(401);
  });

  it('dies with sign-out: the same cookie afterwards leads to the sign-in page', async () => {
    const cookie = cookieOf(await signIn(t, await t.token('editor')));
    expect((await t.app.request('/rapporter', { headers: { cookie } })).status).toBe(200);
    const out = await t.app.request('/logga-ut', { method: 'POST', headers: { cookie } });
    expect(out.status).toBe(303);
    const after = await t.app.request('/rapporter', { headers: { cookie } });
    expect(after.status).toBe(303);
    expect(after.headers.get('location')).toMatch(/^\/logga-in/);
  });

  it('expires on the server even when the browser keeps it', async () => {
    const cookie = cookieOf(await signIn(t, await t.token('official')));
    expect((await t.app.request('/rapporter', { headers: { cookie } })).status).toBe(200);
    await t.db.run(sql`UPDATE sessions SET expires_at = '2000-01-01T00:00:00.000Z'`);
    expect((await t.app.request('/rapporter', { headers: { cookie } })).status).toBe(303);
  });

  it('is Secure behind a TLS proxy only when TRUST_PROXY says to believe X-Forwarded-Proto', async () => {
    const proxied = await makeTestApp({ TRUST_PROXY: '1' });
    try {
      const secure = await signIn(proxied, await proxied.token('editor'), undefined, { 'x-forwarded-proto': 'https' });
      expect(secure.headers.get('set-cookie')).toMatch(/; Secure/);
    } finally {
      proxied.close();
    }
    const plain = await signIn(t, await t.token('editor'), undefined, { 'x-forwarded-proto': 'https' });
    expect(plain.headers.get('set-cookie')).not.toMatch(/; Secure/);
  });
});

describe('after sign-in', () => {
  it('follows only paths on this site: a tab or backslash trick goes to the report list', async () => {
    for (const next of [
      '/\t/evil.example',
      '/\\evil.example',
      '//evil.example',
      '/\n/evil.example',
      'https://evil.example/',
      '/ /evil.example',
    ]) {
      const res = await signIn(t, await t.token('editor'), next);
      expect(res.status, JSON.stringify(next)).toBe(303);
      expect(res.headers.get('location'), JSON.stringify(next)).toBe('/rapporter');
    }
    const ok = await signIn(t, await t.token('editor'), '/rapporter/vb-2022?x=1');
    expect(ok.headers.get('location')).toBe('/rapporter/vb-2022?x=1');
  });

  it('answers a newline in next on the sign-in page without an error', async () => {
    const res = await t.app.request('/logga-in?next=%2Fa%0D%0ASet-Cookie%3A%20x%3D1');
    expect(res.status).toBe(200);
    const post = await signIn(t, await t.token('editor'), '/a\r\nSet-Cookie: x=1');
    expect(post.status).toBe(303);
    expect(post.headers.get('location')).toBe('/rapporter');
  });
});

describe('a form from another origin', () => {
  it('is refused when Origin is "null" (a sandboxed frame or a redirect chain)', async () => {
    const cookie = cookieOf(await signIn(t, await t.token('editor')));
    const res = await t.app.request('/logga-ut', { method: 'POST', headers: { cookie, origin: 'null' } });
    expect(res.status).toBe(403);
  });

  it('gets a 4xx, not a 500, for a malformed Origin header', async () => {
    const cookie = cookieOf(await signIn(t, await t.token('editor')));
    for (const origin of ['http://[', 'not a url', 'http://']) {
      const res = await t.app.request('/logga-ut', { method: 'POST', headers: { cookie, origin } });
      expect(res.status, origin).toBeGreaterThanOrEqual(400);
      expect(res.status, origin).toBeLessThan(500);
    }
  });
});

describe('response headers', () => {
  it('does not echo a client request id that is not a plain id', async () => {
    const odd = await t.app.request('/health', { headers: { 'x-request-id': '<script>alert(1)</script>' } });
    expect(odd.headers.get('x-request-id')).not.toContain('<');
    const long = await t.app.request('/health', { headers: { 'x-request-id': 'a'.repeat(500) } });
    expect(long.headers.get('x-request-id')!.length).toBeLessThan(200);
    const fine = await t.app.request('/health', { headers: { 'x-request-id': 'req-123_abc-4' } });
    expect(fine.headers.get('x-request-id')).toBe('req-123_abc-4');
  });

  it('marks API JSON as not to be cached', async () => {
    const res = await t.request('GET', '/api/v1/reports/vb-2022/assessment');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const err = await t.request('GET', '/api/v1/reports/finns-inte');
    expect(err.headers.get('cache-control')).toBe('no-store');
  });
});
