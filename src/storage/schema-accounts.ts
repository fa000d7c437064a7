// Table types of accounts, sessions, API tokens, password resets, login failures and the audit log.

import type { Generated } from 'kysely';

/** Named app_user because `user` is a reserved word in PostgreSQL. */
export interface AppUserTable {
  id: Generated<number>;
  email: string;
  /** Lowercased email, unique: emails are unique whatever their case. */
  email_key: string;
  name: string;
  role: string;
  /** Comma list of edition codes ("az,ru"). */
  editions: string;
  password_hash: string | null;
  ui_language: string;
  created_at: string;
  disabled: number;
  /** Migration 0027: the last sign-in (UTC ISO), null when the account never signed in. */
  last_sign_in_at: string | null;
}

export interface SessionTable {
  /** sha256 (hex) of the token in the cookie; the token itself is never stored. */
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface ApiTokenTable {
  id: Generated<number>;
  /** sha256 (hex) of the token. */
  hash: string;
  user_id: number;
  name: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface PasswordResetTable {
  /** sha256 (hex) of the one-time token. */
  hash: string;
  user_id: number;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface LoginFailureTable {
  id: Generated<number>;
  /** "account:<email key>" or "address:<ip>". */
  key: string;
  at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_user_id: number | null;
  actor_name: string;
  action: string;
  story_id: number | null;
  edition: string | null;
  /** JSON text of an object. */
  detail: string;
}
