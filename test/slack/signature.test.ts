import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { slackCommand } from '../../src/cli/slack';
import { makeTestApp, type TestApp } from '../helpers/app';
import { commandBody, SLACK_ENV, signSlack, slackRequest } from '../helpers/slack';
import { slackResponseUrl } from '../mocks/slack';

const server = setupServer();
let t: TestApp;
beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  t = await makeTestApp(SLACK_ENV);
  await t.importDemo('vb-2022');
  await slackCommand(t.db, ['link', '--team', 'T0001', '--org', 'huddinge-socialnamnden', '--report', 'vb-2022'], () => {});
});
afterEach(() => server.resetHandlers());
afterAll(() => {
  server.close();
  t.close();
});

const now = () => Math.floor(Date.now() / 1000);

/** A deferred command (a goal's assessment) would post to response_url: a rejected one must not. */
async function rejected(res: Response, posts: unknown[]) {
  expect(res.status).toBe(401);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe('unauthorized');
  expect(JSON.stringify(body)).not.toMatch(/Chefer och medarbetare|Sjukfrånvaro/);
  await t.background.idle();
  expect(posts).toHaveLength(0);
  return body.error.message;
}

describe('Slack request signatures', () => {
  it('answers a correctly signed command', async () => {
    const res = await slackRequest(t, commandBody('sjukfrånvaro'));
    expect(res.status).toBe(200);
    expect(JSON.stringify(await res.json())).toContain('Sjukfrånvaro totalt');
  });

  it('rejects a signature made with another secret, and posts nothing', async () => {
    const { handlers, posts } = slackResponseUrl();
    server.use(...handlers);
    const body = commandBody('mål 2');
    expect(await rejected(await slackRequest(t, body, { secret: 'not-the-secret' }), posts)).toMatch(/stämmer inte/);
  });

  it('rejects a replayed request older than five minutes, even with a valid signature', async () => {
    const { handlers, posts } = slackResponseUrl();
    server.use(...handlers);
    const old = now() - 5 * 60 - 10;
    const body = commandBody('mål 2');
    expect(await rejected(await slackRequest(t, body, { timestamp: old, signature: signSlack(body, old) }), posts)).toMatch(/gammal/);
  });

  it('rejects a timestamp from the future beyond the same window', async () => {
    const { handlers, posts } = slackResponseUrl();
    server.use(...handlers);
    const later = now() + 6 * 60;
    await rejected(await slackRequest(t, commandBody('mål 2'), { timestamp: later }), posts);
  });

  it('rejects a request without signature or timestamp', async () => {
    const { handlers, posts } = slackResponseUrl();
    server.use(...handlers);
    expect(await rejected(await slackRequest(t, commandBody('mål 2'), { signature: null }), posts)).toMatch(/saknas/);
    expect(await rejected(await slackRequest(t, commandBody('mål 2'), { noTimestamp: true }), posts)).toMatch(/saknas/);
    const res = await t.app.request('/slack/commands', {
      method: 'POST',
      body: commandBody('mål 2'),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    await rejected(res, posts);
  });

  it('rejects a signed body that was tampered with on the way (another workspace, another command)', async () => {
    const { handlers, posts } = slackResponseUrl();
    server.use(...handlers);
    const signed = commandBody('hjälp');
    await rejected(await slackRequest(t, signed, { sendBody: commandBody('mål 2') }), posts);
    await rejected(await slackRequest(t, signed, { sendBody: `${signed}&team_id=T0001` }), posts);
  });

  it('rejects a malformed signature header', async () => {
    const { handlers, posts } = slackResponseUrl();
    server.use(...handlers);
    const body = commandBody('mål 2');
    const good = signSlack(body, now());
    await rejected(await slackRequest(t, body, { signature: good.replace('v0=', 'v1=') }), posts);
    await rejected(await slackRequest(t, body, { signature: `${good}00` }), posts);
    await rejected(await slackRequest(t, body, { signature: 'v0=zz' }), posts);
  });

  it('refuses every Slack request, saying why, when no signing secret is configured', async () => {
    const unconfigured = await makeTestApp();
    try {
      const res = await slackRequest(unconfigured, commandBody('sjukfrånvaro'));
      expect(res.status).toBe(503);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('slack_not_configured');
      expect(body.error.message).toContain('SLACK_SIGNING_SECRET');
    } finally {
      unconfigured.close();
    }
  });
});
