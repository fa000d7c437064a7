// Passwords and secret tokens: argon2id hashes for passwords, random tokens stored only as sha256.

import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/**
 * An argon2id hash of a random password nobody knows, verified against when the email is
 * unknown so that a wrong email takes as long as a wrong password.
 */
const DECOY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$/hUUzTHBrV68EchBIEIFIw$JEFUINqQ3QvdOw3CNPONEB14nqkwOIRTtOui0qyzF0k';

/** argon2id with the library's defaults (m=19456 KiB, t=2, p=1), about 20 ms. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** Whether a password matches a stored hash; with no hash, spends the same time and says no. */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  try {
    const ok = await verify(stored ?? DECOY_HASH, password);
    return stored !== null && ok;
  } catch {
    return false;
  }
}

/** A new secret: 32 random bytes, base64url (43 characters). */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored instead of a secret: its sha256, hex. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Compares two secrets in constant time. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}
