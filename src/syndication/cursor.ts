// The change stream's opaque cursor: a poller's position (the last change sequence number seen), base64url-encoded.

import type { ChangePosition } from '../operations/read-syndication.js';

const PREFIX = 'seq:';

export function encodeCursor(position: ChangePosition): string {
  return Buffer.from(`${PREFIX}${position.seq}`, 'utf8').toString('base64url');
}

/** The position a cursor names, or null when it is not one this server made. */
export function decodeCursor(cursor: string): ChangePosition | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) return null;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^seq:(0|[1-9]\d{0,14})$/.exec(text);
  return match ? { seq: Number(match[1]) } : null;
}
