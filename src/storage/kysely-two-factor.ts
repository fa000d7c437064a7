// The two-factor repo written once through Kysely, on the same connection or transaction as the store.

import type { Kysely } from 'kysely';
import type { Role } from '../domain/actor.js';
import type { Database } from './schema.js';
import type { LoginChallengeRecord, TwoFactorRepo } from './two-factor-port.js';

export class KyselyTwoFactorRepo implements TwoFactorRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async find(userId: number) {
    const r = await this.db
      .selectFrom('two_factor')
      .selectAll()
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return r
      ? {
          userId: Number(r.user_id),
          secret: r.secret,
          createdAt: r.created_at,
          confirmedAt: r.confirmed_at,
          lastStep: r.last_step === null ? null : Number(r.last_step),
        }
      : null;
  }

  async enrolledUserIds() {
    const rows = await this.db
      .selectFrom('two_factor')
      .select('user_id')
      .where('confirmed_at', 'is not', null)
      .execute();
    return new Set(rows.map((r) => Number(r.user_id)));
  }

  async putPending(userId: number, secret: string, at: string) {
    await this.remove(userId);
    await this.db
      .insertInto('two_factor')
      .values({ user_id: userId, secret, created_at: at, confirmed_at: null, last_step: null })
      .execute();
  }

  async confirm(userId: number, at: string, step: number) {
    const r = await this.db
      .updateTable('two_factor')
      .set({ confirmed_at: at, last_step: step })
      .where('user_id', '=', userId)
      .where('confirmed_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async useStep(userId: number, step: number) {
    const r = await this.db
      .updateTable('two_factor')
      .set({ last_step: step })
      .where('user_id', '=', userId)
      .where((w) => w.or([w('last_step', 'is', null), w('last_step', '<', step)]))
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async remove(userId: number) {
    await this.db.deleteFrom('recovery_code').where('user_id', '=', userId).execute();
    await this.db.deleteFrom('login_challenge').where('user_id', '=', userId).execute();
    const r = await this.db
      .deleteFrom('two_factor')
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  async replaceRecoveryCodes(userId: number, hashes: string[], at: string) {
    await this.db.deleteFrom('recovery_code').where('user_id', '=', userId).execute();
    if (hashes.length > 0)
      await this.db
        .insertInto('recovery_code')
        .values(hashes.map((hash) => ({ user_id: userId, hash, created_at: at, used_at: null })))
        .execute();
  }

  async useRecoveryCode(userId: number, hash: string, at: string) {
    const r = await this.db
      .updateTable('recovery_code')
      .set({ used_at: at })
      .where('user_id', '=', userId)
      .where('hash', '=', hash)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async unusedRecoveryCodes(userId: number) {
    const r = await this.db
      .selectFrom('recovery_code')
      .select((e) => e.fn.countAll<number | string>().as('n'))
      .where('user_id', '=', userId)
      .where('used_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async createChallenge(c: LoginChallengeRecord) {
    await this.db
      .insertInto('login_challenge')
      .values({ id: c.id, user_id: c.userId, created_at: c.createdAt, expires_at: c.expiresAt })
      .execute();
  }

  async findChallenge(id: string) {
    const r = await this.db
      .selectFrom('login_challenge')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return r
      ? { id: r.id, userId: Number(r.user_id), createdAt: r.created_at, expiresAt: r.expires_at }
      : null;
  }

  async deleteChallenge(id: string) {
    await this.db.deleteFrom('login_challenge').where('id', '=', id).execute();
  }

  async deleteExpiredChallenges(now: string) {
    await this.db.deleteFrom('login_challenge').where('expires_at', '<', now).execute();
  }

  async requiredRoles() {
    const rows = await this.db
      .selectFrom('two_factor_role')
      .select('role')
      .orderBy('role')
      .execute();
    return rows.map((r) => r.role as Role);
  }

  async setRequiredRoles(roles: Role[], at: string) {
    await this.db.deleteFrom('two_factor_role').execute();
    if (roles.length > 0)
      await this.db
        .insertInto('two_factor_role')
        .values(roles.map((role) => ({ role, required_at: at })))
        .execute();
  }
}
