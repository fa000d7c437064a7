// Answer schemas shared by the account routes, for /api/openapi.json.

import { z } from 'zod';
import { ROLES } from '../../domain/actor.js';
import { EDITION_CODES } from '../../domain/editions.js';

export const userSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  editions: z.array(z.enum(EDITION_CODES)),
  uiLanguage: z.enum(EDITION_CODES),
  createdAt: z.iso.datetime(),
  disabled: z.boolean(),
  hasPassword: z.boolean(),
});

/** An account in the Users list: its two-step sign-in and when it last signed in. */
export const userListEntrySchema = userSchema.extend({
  twoFactor: z.boolean().describe('two-step sign-in is on (an authenticator app confirmed)'),
  lastSignInAt: z.iso.datetime().nullable().describe('the last sign-in; null when never'),
});

export const idParams = z.object({ id: z.coerce.number().int().positive() });

export const apiTokenSchema = z.object({
  id: z.number().int(),
  userId: z.number().int(),
  name: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});

export const setPasswordLinkSchema = z.object({
  url: z.string().describe('one-time link to the newsroom page that sets the password'),
  expiresAt: z.iso.datetime(),
});
