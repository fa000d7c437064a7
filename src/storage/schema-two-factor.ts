// Table types of two-factor sign-in (migration 0015).

import type { Generated } from 'kysely';

export interface TwoFactorTable {
  user_id: number;
  /** The TOTP secret (base32); needed as is to check codes, never shown after enrolment. */
  secret: string;
  created_at: string;
  /** Null while the enrolment waits for its first code. */
  confirmed_at: string | null;
  /** The last time step a code was accepted for: no code of it or before is taken again. */
  last_step: number | string | null;
}

export interface RecoveryCodeTable {
  id: Generated<number>;
  user_id: number;
  /** sha256 (hex) of the code. */
  hash: string;
  created_at: string;
  used_at: string | null;
}

export interface LoginChallengeTable {
  /** sha256 (hex) of the pending token the client holds between the password and the code. */
  id: string;
  user_id: number;
  created_at: string;
  expires_at: string;
}

export interface TwoFactorRoleTable {
  role: string;
  required_at: string;
}
