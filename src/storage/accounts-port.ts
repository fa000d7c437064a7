// The account and audit ports: users, sessions, API tokens, password resets, login failures, audit log.

import type { Role } from '../domain/actor.js';
import type { EditionCode } from '../domain/editions.js';
import type { User } from '../domain/user.js';

/** A user with what only the account operations may see. */
export interface StoredUser extends User {
  passwordHash: string | null;
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  editions: EditionCode[];
  uiLanguage: EditionCode;
  passwordHash: string | null;
  createdAt: string;
}

export interface UserPatch {
  name?: string;
  role?: Role;
  editions?: EditionCode[];
  uiLanguage?: EditionCode;
  disabled?: boolean;
}

export interface SessionRecord {
  /** sha256 (hex) of the cookie's token. */
  id: string;
  userId: number;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
  lastSeenAt: string;
}

export interface ApiTokenRecord {
  id: number;
  /** sha256 (hex) of the token. */
  hash: string;
  userId: number;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface PasswordResetRecord {
  hash: string;
  userId: number;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

export interface AccountRepo {
  /** Throws when the email (any case) is taken; check with findUserByEmail first. */
  createUser(user: NewUser): Promise<StoredUser>;
  findUserById(id: number): Promise<StoredUser | null>;
  /** Finds by email whatever its case. */
  findUserByEmail(email: string): Promise<StoredUser | null>;
  /** All users, by name. */
  listUsers(): Promise<StoredUser[]>;
  updateUser(id: number, patch: UserPatch): Promise<StoredUser | null>;
  /** Remembers a sign-in's time on the account (the Users list shows the last one). */
  recordSignIn(userId: number, at: string): Promise<void>;
  setPasswordHash(userId: number, hash: string | null): Promise<void>;

  createSession(session: SessionRecord): Promise<void>;
  findSession(id: string): Promise<SessionRecord | null>;
  /** Slides a session: new last-seen and expiry times. */
  touchSession(id: string, lastSeenAt: string, expiresAt: string): Promise<void>;
  deleteSession(id: string): Promise<void>;
  /** Signs a user out everywhere; returns how many sessions ended. */
  deleteUserSessions(userId: number): Promise<number>;
  /** Removes sessions that expired before `now`; returns how many. */
  deleteExpiredSessions(now: string): Promise<number>;

  createApiToken(
    token: Omit<ApiTokenRecord, 'id' | 'lastUsedAt' | 'revokedAt'>,
  ): Promise<ApiTokenRecord>;
  findApiTokenByHash(hash: string): Promise<ApiTokenRecord | null>;
  findApiTokenById(id: number): Promise<ApiTokenRecord | null>;
  /** A user's tokens, newest first, revoked ones included. */
  listApiTokens(userId: number): Promise<ApiTokenRecord[]>;
  touchApiToken(id: number, at: string): Promise<void>;
  /** Revokes a token once; returns false when it was revoked already or is not there. */
  revokeApiToken(id: number, at: string): Promise<boolean>;

  createPasswordReset(reset: Omit<PasswordResetRecord, 'usedAt'>): Promise<void>;
  findPasswordReset(hash: string): Promise<PasswordResetRecord | null>;
  /** Marks a reset used; false when it was used already (two requests racing). */
  usePasswordReset(hash: string, at: string): Promise<boolean>;
  /** Marks all of a user's unused resets used (a newer link cancels the older); returns how many. */
  cancelPasswordResets(userId: number, at: string): Promise<number>;

  recordLoginFailure(key: string, at: string): Promise<void>;
  /** Times of a key's failures at or after `since`, oldest first. */
  loginFailuresSince(key: string, since: string): Promise<string[]>;
  /** Forgets a key's failures before `before`, or all of them when `before` is not given. */
  clearLoginFailures(key: string, before?: string): Promise<void>;
}

export type AuditDetail = Record<string, unknown>;

export interface AuditEntry {
  id: number;
  /** UTC ISO time. */
  at: string;
  actorUserId: number | null;
  actorName: string;
  /** Dotted name of what happened: "login", "user.add", "story.publish" … */
  action: string;
  storyId: number | null;
  edition: EditionCode | null;
  detail: AuditDetail;
}

export interface AuditQuery {
  storyId?: number;
  actorUserId?: number;
  action?: string;
  edition?: EditionCode;
  /** Entries with a smaller id than this (the next page of a newest-first list). */
  beforeId?: number;
  limit: number;
}

export interface AuditRepo {
  append(entry: Omit<AuditEntry, 'id'>): Promise<AuditEntry>;
  /** Newest first. */
  list(query: AuditQuery): Promise<AuditEntry[]>;
}
