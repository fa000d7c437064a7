// Schemas of account input (emails, passwords, roles, editions), checked inside the operations.

import { z } from 'zod';
import { ROLES } from '../domain/actor.js';
import { EDITION_CODES } from '../domain/editions.js';
import { LedeError } from '../domain/errors.js';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

export const emailSchema = z.string().trim().max(320).pipe(z.email('must be an email address'));
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, `must have at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `must have at most ${PASSWORD_MAX} characters`);
export const personNameSchema = z.string().trim().min(1, 'must not be empty').max(200);
export const roleSchema = z.enum(ROLES);
export const editionSchema = z.enum(EDITION_CODES);
export const editionsSchema = z
  .array(editionSchema)
  .max(EDITION_CODES.length)
  .transform((list) => [...new Set(list)]);

/** Parses input, or throws invalid_input naming the first wrong field. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.map(String).join('.');
  throw new LedeError('invalid_input', `${field || 'input'}: ${issue.message}`, { field });
}
