/**
 * @module Verifies that a request comes from Slack, as Slack documents it: `v0=` HMAC-SHA256 of
 * `v0:{timestamp}:{raw body}` with the signing secret, a timestamp within five minutes, and a
 * constant-time comparison. Web Crypto only, so it runs on Node and in workerd alike. The
 * middleware reads the raw body once and answers 401 before anything parses or touches the data.
 */
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../deps';
import { AppError, errorBody } from '../lib/errors';

/** Slack's own replay window. */
export const MAX_AGE_SECONDS = 5 * 60;
/** Slash-command payloads are a few hundred bytes; anything near this is not Slack. */
const MAX_BODY_BYTES = 64 * 1024;

export type SlackEnv = {
  Variables: AppEnv['Variables'] & {
    /** The verified form body. */
    slackForm: URLSearchParams;
  };
};

const encoder = new TextEncoder();
const keys = new Map<string, Promise<CryptoKey>>();

function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    // One secret per deployment; the bound only guards against a misconfiguration churning keys.
    if (keys.size > 8) keys.clear();
    keys.set(secret, key);
  }
  return key;
}

function hexToBytes(hex: string): Uint8Array | null {
  if (!/^[0-9a-f]*$/i.test(hex) || hex.length % 2 !== 0) return null;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** Compares every byte whatever the first difference, so timing says nothing about the expected value. */
export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

export type Verdict = { ok: true } | { ok: false; reason: string };

/** Checks one request's signature; `nowSeconds` is the current Unix time. */
export async function verifySlackRequest(
  secret: string,
  input: { timestamp: string | undefined; signature: string | undefined; body: Uint8Array },
  nowSeconds: number,
): Promise<Verdict> {
  const { timestamp, signature, body } = input;
  if (!timestamp || !signature) return { ok: false, reason: 'Slack-signatur saknas.' };
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(nowSeconds - Number(timestamp)) > MAX_AGE_SECONDS) {
    return { ok: false, reason: 'Förfrågan är för gammal eller har en ogiltig tidsstämpel.' };
  }
  const given = signature.startsWith('v0=') ? hexToBytes(signature.slice(3)) : null;
  if (!given) return { ok: false, reason: 'Slack-signaturen har fel format.' };
  // Over the bytes as sent: no decoding and re-encoding between Slack's signature and ours.
  const prefix = encoder.encode(`v0:${timestamp}:`);
  const base = new Uint8Array(prefix.length + body.length);
  base.set(prefix);
  base.set(body, prefix.length);
  const mac = await crypto.subtle.sign('HMAC', await hmacKey(secret), base);
  if (!timingSafeEqual(new Uint8Array(mac), given)) return { ok: false, reason: 'Slack-signaturen stämmer inte.' };
  return { ok: true };
}

/** Lets only requests signed with SLACK_SIGNING_SECRET through, with the form body parsed once. */
export const requireSlackSignature = createMiddleware<SlackEnv>(async (c, next) => {
  const secret = c.var.deps.config.slackSigningSecret;
  if (!secret) {
    const err = new AppError(
      'unauthorized',
      'Slack-kommandon är inte aktiverade: SLACK_SIGNING_SECRET saknas i tjänstens konfiguration, så ingen förfrågan kan verifieras.',
    );
    return c.json({ error: { ...errorBody(err, c.var.requestId).error, code: 'slack_not_configured' } }, 503);
  }
  if (Number(c.req.header('content-length') ?? 0) > MAX_BODY_BYTES) {
    throw new AppError('payload_too_large', 'Förfrågan är för stor för ett Slack-kommando.');
  }
  const body = new Uint8Array(await c.req.arrayBuffer());
  if (body.length > MAX_BODY_BYTES) throw new AppError('payload_too_large', 'Förfrågan är för stor för ett Slack-kommando.');
  const verdict = await verifySlackRequest(
    secret,
    { timestamp: c.req.header('x-slack-request-timestamp'), signature: c.req.header('x-slack-signature'), body },
    Math.floor(Date.now() / 1000),
  );
  if (!verdict.ok) throw new AppError('unauthorized', verdict.reason);
  c.set('slackForm', new URLSearchParams(new TextDecoder().decode(body)));
  await next();
});
