// The two-factor port: TOTP enrolments, recovery codes, pending second steps of a sign-in, roles that require it.

import type { Role } from '../domain/actor.js';

export interface TwoFactorRecord {
  userId: number;
  /** Base32 TOTP secret. */
  secret: string;
  createdAt: string;
  /** Null while the enrolment waits for its first code. */
  confirmedAt: string | null;
  /** The last time step a code was accepted for. */
  lastStep: number | null;
}

export interface LoginChallengeRecord {
  /** sha256 (hex) of the pending token. */
  id: string;
  userId: number;
  createdAt: string;
  expiresAt: string;
}

export interface TwoFactorRepo {
  find(userId: number): Promise<TwoFactorRecord | null>;
  /** The users whose two-step sign-in is on (a confirmed enrolment), in one query. */
  enrolledUserIds(): Promise<Set<number>>;
  /** Starts (or starts again) an enrolment: any earlier secret and recovery codes of the user go. */
  putPending(userId: number, secret: string, at: string): Promise<void>;
  /** Confirms a pending enrolment with the step of its first code; false when none was pending. */
  confirm(userId: number, at: string, step: number): Promise<boolean>;
  /** Takes a step as used when it is later than the last one; false when it is not (a replay). */
  useStep(userId: number, step: number): Promise<boolean>;
  /** Removes the user's secret, recovery codes and pending sign-ins; false when there was no secret. */
  remove(userId: number): Promise<boolean>;

  /** Replaces the user's recovery codes (sha256 hashes). */
  replaceRecoveryCodes(userId: number, hashes: string[], at: string): Promise<void>;
  /** Marks an unused code used; false when it is not the user's or was used already. */
  useRecoveryCode(userId: number, hash: string, at: string): Promise<boolean>;
  unusedRecoveryCodes(userId: number): Promise<number>;

  createChallenge(challenge: LoginChallengeRecord): Promise<void>;
  findChallenge(id: string): Promise<LoginChallengeRecord | null>;
  deleteChallenge(id: string): Promise<void>;
  deleteExpiredChallenges(now: string): Promise<void>;

  requiredRoles(): Promise<Role[]>;
  setRequiredRoles(roles: Role[], at: string): Promise<void>;
}
