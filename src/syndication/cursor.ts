// The change stream's opaque cursor: a poller's position (updatedAt, id), base64url-encoded.

import type { ChangePosition } from '../operations/read-syndication.js';

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

export function encodeCursor(position: ChangePosition): string {
  return Buffer.from(`${position.updatedAt}|${position.id}`, 'utf8').toString('base64url');
}

/** The position a cursor names, or null when it is not one this server made. */
export function decodeCursor(cursor: string): ChangePosition | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) return null;
  const [updatedAt, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (
    rest.length > 0 ||
    !updatedAt ||
    !id ||
    !ISO_UTC.test(updatedAt) ||
    !/^[1-9]\d{0,15}$/.test(id)
  )
    return null;
  if (Number.isNaN(Date.parse(updatedAt))) return null;
  return { updatedAt, id: Number(id) };
}
