// Webhook signatures: HMAC-SHA256 over "timestamp.body", sent as X-Lede-Signature; and how a receiver checks one.

import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADERS = {
  event: 'x-lede-event',
  delivery: 'x-lede-delivery',
  timestamp: 'x-lede-timestamp',
  signature: 'x-lede-signature',
} as const;

/** "sha256=<hex>" of HMAC-SHA256(secret, `${timestamp}.${body}`); timestamp in Unix seconds. */
export function signPayload(secret: string, timestamp: number | string, body: string): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
  return `sha256=${mac}`;
}

export interface VerifyOptions {
  /** Now, in Unix seconds (the receiver's clock). */
  now: number;
  /** How far the timestamp may be from now, in seconds (replays of old messages are refused). */
  toleranceSeconds?: number;
}

/**
 * What a receiver does: recompute the signature over the raw body it got and compare in
 * constant time, and refuse a timestamp too far from its own clock.
 */
export function verifySignature(
  secret: string,
  headers: { timestamp: string | undefined; signature: string | undefined },
  body: string,
  options: VerifyOptions,
): boolean {
  const { timestamp, signature } = headers;
  if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(options.now - Number(timestamp)) > (options.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(signPayload(secret, timestamp, body), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  return expected.length === given.length && timingSafeEqual(expected, given);
}
