// The account and audit repos written once through Kysely, on the same connection or transaction as the store.

import type { Kysely, Selectable } from 'kysely';
import type { Role } from '../domain/actor.js';
import type { EditionCode } from '../domain/editions.js';
import { emailKey } from '../domain/user.js';
import type {
  AccountRepo,
  ApiTokenRecord,
  AuditEntry,
  AuditQuery,
  AuditRepo,
  NewUser,
  PasswordResetRecord,
  SessionRecord,
  StoredUser,
  UserPatch,
} from './accounts-port.js';
import type { Database } from './schema.js';

function toUser(r: Selectable<Database['app_user']>): StoredUser {
  return {
    id: Number(r.id),
    email: r.email,
    name: r.name,
    role: r.role as Role,
    editions: r.editions ? (r.editions.split(',') as EditionCode[]) : [],
    uiLanguage: r.ui_language as EditionCode,
    createdAt: r.created_at,
    disabled: Number(r.disabled) === 1,
    hasPassword: r.password_hash !== null,
    passwordHash: r.password_hash,
    lastSignInAt: r.last_sign_in_at ?? null,
  };
}

function toSession(r: Selectable<Database['session']>): SessionRecord {
  return {
    id: r.id,
    userId: Number(r.user_id),
    csrfToken: r.csrf_token,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    lastSeenAt: r.last_seen_at,
  };
}

function toToken(r: Selectable<Database['api_token']>): ApiTokenRecord {
  return {
    id: Number(r.id),
    hash: r.hash,
    userId: Number(r.user_id),
    name: r.name,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
  };
}

export class KyselyAccountRepo implements AccountRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async createUser(u: NewUser): Promise<StoredUser> {
    const row = await this.db
      .insertInto('app_user')
      .values({
        email: u.email.trim(),
        email_key: emailKey(u.email),
        name: u.name,
        role: u.role,
        editions: u.editions.join(','),
        password_hash: u.passwordHash,
        ui_language: u.uiLanguage,
        created_at: u.createdAt,
        disabled: 0,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toUser(row);
  }

  async findUserById(id: number) {
    const row = await this.db
      .selectFrom('app_user')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toUser(row) : null;
  }

  async findUserByEmail(email: string) {
    const row = await this.db
      .selectFrom('app_user')
      .selectAll()
      .where('email_key', '=', emailKey(email))
      .executeTakeFirst();
    return row ? toUser(row) : null;
  }

  async listUsers() {
    const rows = await this.db
      .selectFrom('app_user')
      .selectAll()
      .orderBy('name')
      .orderBy('id')
      .execute();
    return rows.map(toUser);
  }

  async recordSignIn(userId: number, at: string) {
    await this.db
      .updateTable('app_user')
      .set({ last_sign_in_at: at })
      .where('id', '=', userId)
      .execute();
  }

  async updateUser(id: number, patch: UserPatch) {
    const set: Partial<Record<'name' | 'role' | 'editions' | 'ui_language', string>> & {
      disabled?: number;
    } = {};
    if (patch.name !== undefined) set.name = patch.name;
    if (patch.role !== undefined) set.role = patch.role;
    if (patch.editions !== undefined) set.editions = patch.editions.join(',');
    if (patch.uiLanguage !== undefined) set.ui_language = patch.uiLanguage;
    if (patch.disabled !== undefined) set.disabled = patch.disabled ? 1 : 0;
    if (Object.keys(set).length > 0)
      await this.db.updateTable('app_user').set(set).where('id', '=', id).execute();
    return this.findUserById(id);
  }

  async setPasswordHash(userId: number, hash: string | null) {
    await this.db
      .updateTable('app_user')
      .set({ password_hash: hash })
      .where('id', '=', userId)
      .execute();
  }

  async createSession(s: SessionRecord) {
    await this.db
      .insertInto('session')
      .values({
        id: s.id,
        user_id: s.userId,
        csrf_token: s.csrfToken,
        created_at: s.createdAt,
        expires_at: s.expiresAt,
        last_seen_at: s.lastSeenAt,
      })
      .execute();
  }

  async findSession(id: string) {
    const row = await this.db
      .selectFrom('session')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toSession(row) : null;
  }

  async touchSession(id: string, lastSeenAt: string, expiresAt: string) {
    await this.db
      .updateTable('session')
      .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
      .where('id', '=', id)
      .execute();
  }

  async deleteSession(id: string) {
    await this.db.deleteFrom('session').where('id', '=', id).execute();
  }

  async deleteUserSessions(userId: number) {
    const r = await this.db.deleteFrom('session').where('user_id', '=', userId).executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  async deleteExpiredSessions(now: string) {
    const r = await this.db.deleteFrom('session').where('expires_at', '<', now).executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  async createApiToken(t: Omit<ApiTokenRecord, 'id' | 'lastUsedAt' | 'revokedAt'>) {
    const row = await this.db
      .insertInto('api_token')
      .values({ hash: t.hash, user_id: t.userId, name: t.name, created_at: t.createdAt })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toToken(row);
  }

  async findApiTokenByHash(hash: string) {
    const row = await this.db
      .selectFrom('api_token')
      .selectAll()
      .where('hash', '=', hash)
      .executeTakeFirst();
    return row ? toToken(row) : null;
  }

  async findApiTokenById(id: number) {
    const row = await this.db
      .selectFrom('api_token')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toToken(row) : null;
  }

  async listApiTokens(userId: number) {
    const rows = await this.db
      .selectFrom('api_token')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('id', 'desc')
      .execute();
    return rows.map(toToken);
  }

  async touchApiToken(id: number, at: string) {
    await this.db.updateTable('api_token').set({ last_used_at: at }).where('id', '=', id).execute();
  }

  async revokeApiToken(id: number, at: string) {
    const r = await this.db
      .updateTable('api_token')
      .set({ revoked_at: at })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async createPasswordReset(r: Omit<PasswordResetRecord, 'usedAt'>) {
    await this.db
      .insertInto('password_reset')
      .values({
        hash: r.hash,
        user_id: r.userId,
        created_at: r.createdAt,
        expires_at: r.expiresAt,
      })
      .execute();
  }

  async findPasswordReset(hash: string) {
    const row = await this.db
      .selectFrom('password_reset')
      .selectAll()
      .where('hash', '=', hash)
      .executeTakeFirst();
    return row
      ? {
          hash: row.hash,
          userId: Number(row.user_id),
          createdAt: row.created_at,
          expiresAt: row.expires_at,
          usedAt: row.used_at,
        }
      : null;
  }

  async usePasswordReset(hash: string, at: string) {
    const r = await this.db
      .updateTable('password_reset')
      .set({ used_at: at })
      .where('hash', '=', hash)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async cancelPasswordResets(userId: number, at: string) {
    const r = await this.db
      .updateTable('password_reset')
      .set({ used_at: at })
      .where('user_id', '=', userId)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  }

  async recordLoginFailure(key: string, at: string) {
    await this.db.insertInto('login_failure').values({ key, at }).execute();
  }

  async loginFailuresSince(key: string, since: string) {
    const rows = await this.db
      .selectFrom('login_failure')
      .select('at')
      .where('key', '=', key)
      .where('at', '>=', since)
      .orderBy('at')
      .execute();
    return rows.map((r) => r.at);
  }

  async clearLoginFailures(key: string, before?: string) {
    let q = this.db.deleteFrom('login_failure').where('key', '=', key);
    if (before !== undefined) q = q.where('at', '<', before);
    await q.execute();
  }
}

export class KyselyAuditRepo implements AuditRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async append(e: Omit<AuditEntry, 'id'>): Promise<AuditEntry> {
    const row = await this.db
      .insertInto('audit_log')
      .values({
        at: e.at,
        actor_user_id: e.actorUserId,
        actor_name: e.actorName,
        action: e.action,
        story_id: e.storyId,
        edition: e.edition,
        detail: JSON.stringify(e.detail),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { ...e, id: Number(row.id) };
  }

  async list(query: AuditQuery): Promise<AuditEntry[]> {
    let q = this.db.selectFrom('audit_log').selectAll();
    if (query.storyId !== undefined) q = q.where('story_id', '=', query.storyId);
    if (query.actorUserId !== undefined) q = q.where('actor_user_id', '=', query.actorUserId);
    if (query.action !== undefined) q = q.where('action', '=', query.action);
    if (query.edition !== undefined) q = q.where('edition', '=', query.edition);
    if (query.beforeId !== undefined) q = q.where('id', '<', query.beforeId);
    const rows = await q.orderBy('id', 'desc').limit(query.limit).execute();
    return rows.map((r) => ({
      id: Number(r.id),
      at: r.at,
      actorUserId: r.actor_user_id === null ? null : Number(r.actor_user_id),
      actorName: r.actor_name,
      action: r.action,
      storyId: r.story_id === null ? null : Number(r.story_id),
      edition: r.edition as EditionCode | null,
      detail: JSON.parse(r.detail) as AuditEntry['detail'],
    }));
  }
}
