// Fuzzing the crawl parser: 10,000 generated pages (near-real layouts and raw bytes); only LedeError, never a hang.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { fuzz } from '../../../test/support/fuzz.js';
import { parseCrawlPage } from './parse-crawl.js';

const line = fc.string({ maxLength: 80, unit: 'grapheme' });
const words = fc.constantFrom(
  'İlham Əliyev',
  'Нефть',
  'Economy',
  '- MÜSAHİBƏ',
  '- ИНТЕРВЬЮ',
  '- INTERVIEW',
  '(red.)',
  '(ред.)',
  '- Sual?',
  '—',
);
const date = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2040-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const dateLine = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 40 }),
      fc.constantFrom('mart', 'марта', 'March', 'yanvar', 'декабря', 'Foo'),
      fc.integer({ min: 1980, max: 2050 }),
      fc.integer({ min: 0, max: 30 }),
      fc.integer({ min: 0, max: 70 }),
    )
    .map(([d, m, y, h, min]) => `${d} ${m}, ${y} ${h}:${String(min).padStart(2, '0')}`),
  line,
);
const paragraph = fc.array(fc.oneof(words, line), { maxLength: 8 }).map((parts) => parts.join(' '));
const page = fc
  .tuple(
    date,
    fc.array(words, { maxLength: 4 }),
    fc.oneof(paragraph, words),
    fc.oneof(line, words),
    dateLine,
    fc.array(paragraph, { maxLength: 8 }),
    fc.constantFrom('\n', '\r\n', '\n\n', '\n    '),
  )
  .map(([d, tags, headline, rubric, when, body, gap]) =>
    [` date ${d} ${tags.join(' ')}`, `    ${headline}`, '', `    ${rubric}`, `    ${when}`]
      .concat(body.map((p) => `    ${p}`).join(gap === '\n' ? '\n\n' : gap))
      .join('\n'),
  );
const bytes = fc.oneof(
  page.map((text) => new TextEncoder().encode(text)),
  fc.uint8Array({ maxLength: 2000 }),
  fc.string({ maxLength: 1000, unit: 'binary' }).map((s) => new TextEncoder().encode(s)),
);

test('any bytes parse to a story or are refused with a LedeError (parse_failed)', () => {
  const accepted = fuzz(bytes, (b) => {
    const story = parseCrawlPage(b, { file: 'fuzz.txt' });
    assert.ok(story.title.length > 0);
  });
  assert.ok(accepted > 0.01, `only ${accepted} of the pages parsed`);
});
