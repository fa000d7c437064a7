// Two-factor sign-in (TOTP): enrolment with a QR code and a first code, ten recovery codes, turning
// it off with the password, an admin's reset, and the roles that must have it.

import { z } from 'zod';
import { canSomewhere, ROLES, type Actor, type Role, type UserActor } from '../domain/actor.js';
import { LedeError } from '../domain/errors.js';
import { secretHash, verifyPassword } from '../platform/secrets.js';
import {
  matchTotp,
  newRecoveryCode,
  newTotpSecret,
  qrSvg,
  recoveryCodeKey,
  totpUri,
} from '../platform/totp.js';
import type { Store } from '../storage/port.js';
import { parseInput } from './account-schema.js';
import type { Deps } from './deps.js';
import { recordAudit } from './record-audit.js';

/** How many recovery codes an enrolment gives. */
export const RECOVERY_CODES = 10;

/** What a code field takes: six digits of the app, or a recovery code; spaces are ignored. */
export const codeSchema = z.string().trim().min(1, 'must not be empty').max(40);

export interface TwoFactorStatus {
  /** Confirmed: every sign-in asks for a code. */
  enabled: boolean;
  /** The user's role requires it. */
  required: boolean;
  /** Required but not enabled: nothing else works until the user enrols. */
  mustEnrol: boolean;
  /** Unused recovery codes left. */
  recoveryCodesLeft: number;
}

function epochSeconds(deps: Pick<Deps, 'clock'>): number {
  return Math.floor(deps.clock.now().getTime() / 1000);
}

export async function twoFactorStatus(
  store: Store,
  user: { id: number; role: Role },
): Promise<TwoFactorStatus> {
  const [record, roles] = await Promise.all([
    store.twoFactor.find(user.id),
    store.twoFactor.requiredRoles(),
  ]);
  const enabled = record?.confirmedAt != null;
  const required = roles.includes(user.role);
  return {
    enabled,
    required,
    mustEnrol: required && !enabled,
    recoveryCodesLeft: enabled ? await store.twoFactor.unusedRecoveryCodes(user.id) : 0,
  };
}

/** Whether a signed-in user must enrol before anything else (their role requires it). */
export async function mustEnrolTwoFactor(
  store: Store,
  user: { id: number; role: Role },
): Promise<boolean> {
  const roles = await store.twoFactor.requiredRoles();
  if (!roles.includes(user.role)) return false;
  const record = await store.twoFactor.find(user.id);
  return record?.confirmedAt == null;
}

export interface Enrolment {
  /** Base32 secret, for typing into an app; shown now and never again. */
  secret: string;
  /** otpauth:// address the QR code holds. */
  uri: string;
  /** The QR code, an SVG document. */
  qrSvg: string;
}

/** Starts (or starts again) the actor's enrolment; refused while two-factor is on. */
export async function startTwoFactor(
  deps: Pick<Deps, 'store' | 'clock' | 'publicUrl'>,
  actor: UserActor,
): Promise<Enrolment> {
  const user = await deps.store.accounts.findUserById(actor.id);
  if (!user) throw new LedeError('not_found', `user ${actor.id} does not exist`);
  const record = await deps.store.twoFactor.find(user.id);
  if (record?.confirmedAt)
    throw new LedeError('duplicate', 'two-step sign-in is on already; turn it off first');
  const secret = newTotpSecret();
  await deps.store.twoFactor.putPending(user.id, secret, deps.clock.now().toISOString());
  const host = URL.canParse(deps.publicUrl) ? new URL(deps.publicUrl).host : 'newsroom';
  const uri = totpUri(secret, `Lede ${host}`, user.email);
  return { secret, uri, qrSvg: await qrSvg(uri) };
}

/** Confirms the enrolment with a first code of the app; answers the recovery codes, shown once. */
export async function confirmTwoFactor(
  deps: Pick<Deps, 'store' | 'clock'>,
  actor: UserActor,
  rawCode: string,
): Promise<{ recoveryCodes: string[] }> {
  const code = parseInput(codeSchema, rawCode).replace(/\s/g, '');
  const record = await deps.store.twoFactor.find(actor.id);
  if (!record || record.confirmedAt)
    throw new LedeError('invalid_input', 'start the enrolment first: no code is awaited', {
      field: 'code',
    });
  const step = await matchTotp(record.secret, code, epochSeconds(deps), null);
  if (step === null)
    throw new LedeError('invalid_code', 'the code does not match; check the clock of the phone', {
      field: 'code',
    });
  const at = deps.clock.now().toISOString();
  const codes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
  await deps.store.transaction(async (store) => {
    if (!(await store.twoFactor.confirm(actor.id, at, step)))
      throw new LedeError('invalid_code', 'the enrolment changed meanwhile; start again');
    await store.twoFactor.replaceRecoveryCodes(
      actor.id,
      codes.map((c) => secretHash(recoveryCodeKey(c))),
      at,
    );
    await recordAudit(store, actor, 'two-factor.enrol', {
      detail: { userId: actor.id, recoveryCodes: RECOVERY_CODES },
      at,
    });
  });
  return { recoveryCodes: codes };
}

/** Turns the actor's two-factor sign-in off; needs the password. */
export async function disableTwoFactor(
  deps: Pick<Deps, 'store' | 'clock'>,
  actor: UserActor,
  password: string,
): Promise<void> {
  const user = await deps.store.accounts.findUserById(actor.id);
  if (!user || !(await verifyPassword(user.passwordHash, password)))
    throw new LedeError('invalid_credentials', 'the password is wrong', { field: 'password' });
  const at = deps.clock.now().toISOString();
  await deps.store.transaction(async (store) => {
    if (!(await store.twoFactor.remove(user.id)))
      throw new LedeError('not_found', 'two-step sign-in is not on');
    await recordAudit(store, actor, 'two-factor.disable', { detail: { userId: user.id }, at });
  });
}

/** An admin (or the CLI) removes a user's two-factor sign-in, e.g. after a lost phone. */
export async function resetTwoFactor(
  deps: Pick<Deps, 'store' | 'clock'>,
  actor: Actor,
  email: string,
): Promise<{ userId: number; removed: boolean }> {
  if (!canSomewhere(actor, 'manage-users'))
    throw new LedeError('forbidden', "only admins may reset another user's two-step sign-in");
  const user = await deps.store.accounts.findUserByEmail(email);
  if (!user) throw new LedeError('not_found', `no user has the email ${email}`);
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (store) => {
    const removed = await store.twoFactor.remove(user.id);
    await recordAudit(store, actor, 'two-factor.reset', {
      detail: { userId: user.id, email: user.email, removed },
      at,
    });
    return { userId: user.id, removed };
  });
}

export const requiredRolesSchema = z.array(z.enum(ROLES)).max(ROLES.length);

/** The roles whose users must enrol; admins set them. */
export async function setTwoFactorRoles(
  deps: Pick<Deps, 'store' | 'clock'>,
  actor: Actor,
  raw: Role[],
): Promise<Role[]> {
  if (!canSomewhere(actor, 'manage-users'))
    throw new LedeError('forbidden', 'only admins may require two-step sign-in');
  const roles = [...new Set(parseInput(requiredRolesSchema, raw))].sort();
  const at = deps.clock.now().toISOString();
  await deps.store.transaction(async (store) => {
    await store.twoFactor.setRequiredRoles(roles, at);
    await recordAudit(store, actor, 'two-factor.roles', { detail: { roles }, at });
  });
  return roles;
}

/**
 * Checks a second-step code of a user with two-factor on: an app code of this step or the one
 * before or after it, not used before, or an unused recovery code (used up by this). Answers how
 * it matched, or null. Run it inside the sign-in's transaction.
 */
export async function useSecondFactor(
  store: Store,
  userId: number,
  rawCode: string,
  now: Date,
): Promise<'totp' | 'recovery' | null> {
  const record = await store.twoFactor.find(userId);
  if (!record?.confirmedAt) return null;
  const code = rawCode.replace(/\s/g, '');
  if (/^[0-9]{6}$/.test(code)) {
    const step = await matchTotp(
      record.secret,
      code,
      Math.floor(now.getTime() / 1000),
      record.lastStep,
    );
    return step !== null && (await store.twoFactor.useStep(userId, step)) ? 'totp' : null;
  }
  const key = recoveryCodeKey(code);
  if (key.length !== 10) return null;
  return (await store.twoFactor.useRecoveryCode(userId, secretHash(key), now.toISOString()))
    ? 'recovery'
    : null;
}
