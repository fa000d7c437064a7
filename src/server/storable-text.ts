// Refuses, at the edge, text no database can store: NUL characters and unpaired UTF-16 surrogates, in any body, form field or query parameter.

import type { FastifyInstance } from 'fastify';
import { LedeError } from '../domain/errors.js';

/** NUL or a surrogate: with the u flag a pair is one code point, so only unpaired halves match. */
const UNSTORABLE = /[\0\uD800-\uDFFF]/u;

/** What is wrong with a string, or null when it can be stored. */
export function unstorable(text: string): string | null {
  const match = UNSTORABLE.exec(text);
  if (!match) return null;
  return match[0] === '\u0000' ? 'a NUL character (\\u0000)' : 'an unpaired surrogate';
}

/**
 * The first field (a dotted path: "blocks.3.content.0.text") whose name or text cannot be stored,
 * with the reason; null when all of it can.
 */
export function findUnstorable(
  value: unknown,
  path: string[] = [],
): { field: string; reason: string } | null {
  const at = (p: string[]) => p.join('.') || 'body';
  if (typeof value === 'string') {
    const reason = unstorable(value);
    return reason ? { field: at(path), reason } : null;
  }
  if (value === null || typeof value !== 'object') return null;
  if (Buffer.isBuffer(value)) return null;
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [String(i), v])
    : Object.entries(value);
  for (const [key, child] of entries) {
    const keyReason = unstorable(key);
    if (keyReason) return { field: at([...path, key]), reason: `a field name with ${keyReason}` };
    const found = findUnstorable(child, [...path, key]);
    if (found) return found;
  }
  return null;
}

/** Answers 400 naming the field for a request whose body, query or path holds such text. */
export function registerStorableText(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    for (const part of [req.params, req.query, req.body]) {
      const found = findUnstorable(part);
      if (found)
        throw new LedeError(
          'invalid_input',
          `${found.field}: contains ${found.reason}, which cannot be stored`,
          { field: found.field },
        );
    }
  });
}
