// Fuzzing the search query parser: 10,000 generated queries; only QuerySyntaxError, never a hang.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { fuzz } from '../../../test/support/fuzz.js';
import { analyzeQuery, parseQuery, QuerySyntaxError } from './index.js';

const piece = fc.oneof(
  fc.constantFrom('"', '-', 'OR', 'or', '(', ')', '*', ' ', '  ', '\t', ':', 'AND', 'NOT', '""'),
  fc.string({ maxLength: 12, unit: 'grapheme' }),
  fc.constantFrom('Bakı', 'нефть', 'COP29', 'İlham', 'ёлка', 'oil'),
);
const query = fc.oneof(
  fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 300, unit: 'binary' }),
);

test('any query parses or is refused with a QuerySyntaxError; analysis of a parsed one never throws', () => {
  const accepted = fuzz(
    query,
    (q) => {
      const node = parseQuery(q);
      for (const lang of ['az', 'ru', 'en'] as const) analyzeQuery(node, lang);
    },
    (e) => e instanceof QuerySyntaxError,
  );
  assert.ok(accepted > 0.2, `only ${accepted} of the queries parsed`);
});
