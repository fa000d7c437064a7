// Strips what only account operations may see (the password hash) before a user leaves them.

import type { User } from '../domain/user.js';
import type { StoredUser } from '../storage/accounts-port.js';

export function withoutSecrets(user: StoredUser): User {
  const { passwordHash: _hash, ...rest } = user;
  return rest;
}
