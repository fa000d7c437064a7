// Time-based one-time codes (RFC 6238: SHA-1, 6 digits, 30 s steps) through otplib, and the enrolment QR as SVG.

import { generate, generateSecret, generateURI, verify } from 'otplib';
import { randomBytes } from 'node:crypto';
import QRCode from 'qrcode';

export const TOTP_PERIOD_SECONDS = 30;

/** A new secret: 20 random bytes, base32 (what authenticator apps expect). */
export function newTotpSecret(): string {
  return generateSecret();
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secret: string, issuer: string, account: string): string {
  return generateURI({ issuer, label: account, secret });
}

/** The QR code of a text as an SVG document. */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/** The code of the step `epochSeconds` falls in (what an authenticator app shows then). */
export function totpCode(secret: string, epochSeconds: number): Promise<string> {
  return generate({ secret, epoch: epochSeconds });
}

/**
 * The time step a six-digit code belongs to when it is the code of the step of `epochSeconds` or
 * of the step just before or after it, and that step is later than `afterStep`; null otherwise.
 */
export async function matchTotp(
  secret: string,
  code: string,
  epochSeconds: number,
  afterStep: number | null,
): Promise<number | null> {
  if (!/^[0-9]{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epoch: epochSeconds,
    epochTolerance: TOTP_PERIOD_SECONDS,
    ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A recovery code: ten letters and digits (no look-alikes), shown as "abcde-23456". */
export function newRecoveryCode(): string {
  const bytes = randomBytes(10);
  let code = '';
  for (const b of bytes) code += RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** A typed recovery code as stored (hashed): lower case, without spaces or dashes. */
export function recoveryCodeKey(typed: string): string {
  return typed.toLowerCase().replace(/[\s-]/g, '');
}
