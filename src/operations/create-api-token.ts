// Creates an API token for scripts and partners' tools: shown once, stored as its sha256, acts as its user.

import { z } from 'zod';
import { canSomewhere, type Actor } from '../domain/actor.js';
import { LedeError } from '../domain/errors.js';
import { newSecret, secretHash } from '../platform/secrets.js';
import { parseInput } from './account-schema.js';
import type { Deps } from './deps.js';
import { recordAudit } from './record-audit.js';

/** Every API token starts with this, so a leaked one is easy to recognise in logs and scans. */
export const API_TOKEN_PREFIX = 'lede_';

export const createApiTokenSchema = z
  .object({
    userId: z.number().int().positive(),
    name: z.string().trim().min(1, 'must not be empty').max(200).default('API token'),
  })
  .strict();
export type CreateApiTokenInput = z.input<typeof createApiTokenSchema>;

/** What is shown of a token: never the token itself after it was created. */
export interface ApiTokenView {
  id: number;
  userId: number;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export async function createApiToken(
  deps: Pick<Deps, 'store' | 'clock'>,
  actor: Actor,
  raw: CreateApiTokenInput,
): Promise<{ token: string; apiToken: ApiTokenView }> {
  const input = parseInput(createApiTokenSchema, raw);
  const self = actor.kind === 'user' && actor.id === input.userId;
  if (!self && !canSomewhere(actor, 'manage-users'))
    throw new LedeError('forbidden', 'only admins may create tokens for other users');
  const now = deps.clock.now().toISOString();
  return deps.store.transaction(async (store) => {
    const user = await store.accounts.findUserById(input.userId);
    if (!user) throw new LedeError('not_found', `user ${input.userId} does not exist`);
    if (user.disabled) throw new LedeError('invalid_input', `user ${user.email} is disabled`);
    const token = API_TOKEN_PREFIX + newSecret();
    const { hash: _hash, ...apiToken } = await store.accounts.createApiToken({
      hash: secretHash(token),
      userId: user.id,
      name: input.name,
      createdAt: now,
    });
    await recordAudit(store, actor, 'token.create', {
      detail: { tokenId: apiToken.id, userId: user.id, name: input.name },
      at: now,
    });
    return { token, apiToken };
  });
}
