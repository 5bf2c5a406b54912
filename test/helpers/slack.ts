/**
 * @module Sends slash commands to the app the way Slack does: a form body signed with the signing
 * secret, computed here independently with node:crypto.
 */
import { createHmac } from 'node:crypto';
import type { TestApp } from './app';
import { RESPONSE_URL_BASE, type PostedMessage } from '../mocks/slack';

export const SLACK_SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
export const SLACK_ENV = { SLACK_SIGNING_SECRET: SLACK_SECRET };

export function signSlack(body: string, timestamp: number, secret = SLACK_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export function commandBody(text: string, fields: Record<string, string> = {}): string {
  return new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: 'T0001',
    team_domain: 'huddinge',
    channel_id: 'C2147483705',
    channel_name: 'socialnamnden',
    user_id: 'U2147483697',
    user_name: 'anna',
    command: '/indikator',
    text,
    response_url: `${RESPONSE_URL_BASE}/T0001/1234/abcd`,
    trigger_id: '13345224609.738474920.8088930838d88f008e0',
    api_app_id: 'A123456',
    ...fields,
  }).toString();
}

export interface SlackRequestOptions {
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  /** Override the signature header (null leaves it out). */
  signature?: string | null;
  /** Leave out the timestamp header. */
  noTimestamp?: boolean;
  /** Sign this body but send another. */
  sendBody?: string;
  secret?: string;
}

export function slackRequest(t: Pick<TestApp, 'app'>, body: string, opts: SlackRequestOptions = {}) {
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (!opts.noTimestamp) headers['x-slack-request-timestamp'] = String(timestamp);
  const signature = opts.signature === undefined ? signSlack(body, timestamp, opts.secret) : opts.signature;
  if (signature !== null) headers['x-slack-signature'] = signature;
  return t.app.request('/slack/commands', { method: 'POST', headers, body: opts.sendBody ?? body });
}

/** A signed slash command with `text`, from workspace T0001 unless `fields` says otherwise. */
export async function slash(t: Pick<TestApp, 'app'>, text: string, fields: Record<string, string> = {}) {
  const res = await slackRequest(t, commandBody(text, fields));
  return { status: res.status, body: (await res.json()) as PostedMessage['body'] & { error?: { code: string; message: string } } };
}
