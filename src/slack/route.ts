/**
 * @module `POST /slack/commands`, Slack's slash command: verified by signature, scoped to the
 * organisation the workspace is linked to, answered within Slack's three seconds. Look-ups are
 * answered directly; a goal's assessment (and any look-up that runs late) is acknowledged at
 * once and finished through `response_url` in the background (`waitUntil` on Workers).
 */
import { Hono } from 'hono';
import type { Background } from '../lib/background';
import { resolveSlackLink } from '../db/slack-links';
import { answerCommand } from './answer';
import { errorMessage, pendingMessage, unlinkedMessage, type SlackMessage } from './blocks';
import { parseCommandText } from './commands';
import { requireSlackSignature, type SlackEnv } from './verify';

export interface SlackRouteOptions {
  /** A look-up not done by then is acknowledged and finished through response_url (Slack gives up at 3,000 ms). */
  answerWithinMs?: number;
}

/** Only Slack's own hosts: a signed request still should not make us post anywhere else. */
const RESPONSE_URL = /^https:\/\/hooks\.slack(-gov)?\.com\//;

async function postToSlack(responseUrl: string, message: SlackMessage): Promise<void> {
  const res = await fetch(responseUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(message),
  });
  if (!res.ok) throw new Error(`Slack tog inte emot svaret via response_url: HTTP ${res.status} ${await res.text().catch(() => '')}`);
}

/** The value if the promise settles in time, else undefined (the promise keeps running). */
async function within<T>(work: Promise<T>, ms: number): Promise<{ value: T } | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  const settled = work.then((value) => ({ value }));
  // A failure after the deadline is handled by whoever finishes the work, not reported as unhandled here.
  settled.catch(() => undefined);
  try {
    return await Promise.race([settled, late]);
  } finally {
    clearTimeout(timer);
  }
}

export function createSlackRoutes(options: SlackRouteOptions = {}) {
  const answerWithinMs = options.answerWithinMs ?? 2500;

  /** Finishes `work` in the background and posts the answer, or a short error, to Slack. */
  function finishLater(background: Background, requestId: string, responseUrl: string, work: () => Promise<SlackMessage>) {
    background.run('slack-svar', async () => {
      let message: SlackMessage;
      try {
        message = await work();
      } catch (err) {
        console.error(`[${requestId}] Slack-kommandot misslyckades`, err);
        message = errorMessage(requestId);
      }
      await postToSlack(responseUrl, message);
    });
  }

  return new Hono<SlackEnv>().post('/commands', requireSlackSignature, async (c) => {
    const { deps, requestId, slackForm: form } = c.var;
    // Slack checks the certificate now and then with a signed ssl_check; it wants only a 200.
    if (form.get('ssl_check') === '1') return c.body(null, 200);
    const slashCommand = form.get('command') || '/indikator';
    const teamId = form.get('team_id') ?? '';
    const rawUrl = form.get('response_url') ?? '';
    const responseUrl = RESPONSE_URL.test(rawUrl) ? rawUrl : undefined;
    const parsed = parseCommandText(form.get('text') ?? '');
    try {
      const link = teamId ? await resolveSlackLink(deps.db, teamId) : undefined;
      if (!link) return c.json(unlinkedMessage(teamId));
      const answer = () => answerCommand(deps.db, link, parsed, slashCommand);

      if (parsed.command.kind === 'goal' && responseUrl) {
        // An assessment of the whole report, rationale and all: never worth racing Slack's clock.
        finishLater(c.var.background, requestId, responseUrl, answer);
        const what = parsed.command.ref ? `Hämtar bedömningen av mål ${parsed.command.ref}` : 'Hämtar målen';
        return c.json(pendingMessage(what));
      }
      const work = answer();
      if (!responseUrl) return c.json(await work);
      const done = await within(work, answerWithinMs);
      if (done) return c.json(done.value);
      finishLater(c.var.background, requestId, responseUrl, () => work);
      return c.json(pendingMessage('Söker'));
    } catch (err) {
      console.error(`[${requestId}] Slack-kommandot misslyckades`, err);
      return c.json(errorMessage(requestId));
    }
  });
}

export const slackRoutes = createSlackRoutes();
