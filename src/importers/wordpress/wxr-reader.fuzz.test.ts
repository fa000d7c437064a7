// Fuzzing the WordPress export reader and its mapping: 10,000 generated exports (well-formed ones,
// broken ones, hostile ones), split into chunks anywhere. Nothing but the reader's refusal
// (WxrRefused) or Lede's own errors comes out; a well-formed export is read whole; every post the
// mapping makes is a story the write accepts or refuses with a LedeError. No input hangs: the
// reader's limits (text length, nesting depth, elements per item) bound the work of each.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { LedeError } from '../../domain/errors.js';
import { parseStoryInput } from '../../operations/story-schema.js';
import { FUZZ_RUNS } from '../../../test/support/fuzz.js';
import { mapPost, type WxrSite } from './map-post.js';
import { childText, MAX_DEPTH, readWxrChunks, WxrRefused } from './wxr-reader.js';

const NS =
  'xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:dc="http://purl.org/dc/elements/1.1/"';

/** Text as people and WordPress write it: scripts of the three editions, markup, entities, emoji. */
const raw = fc.string({
  maxLength: 120,
  unit: fc.oneof(
    fc.constantFrom(...'İIıəçşğöüхжщЁё aZ09 -:«»—!?.,/\n\t'),
    fc.constantFrom('<p>', '</p>', '<b>', '<br/>', '<!-- wp:paragraph -->', '[caption]', '&amp;'),
    fc.constantFrom('&nbsp;', '&#x1F600;', '&#0;', '&bogus;', ']]>', '<![CDATA[', '🙂', '\u0000'),
    fc.string({ maxLength: 3, unit: 'binary' }),
  ),
});

/** Text made safe for XML: escaped as character data, or in CDATA sections. */
function escaped(text: string, cdata: boolean): string {
  // XML 1.0 has no place for these characters, in any form: WordPress never writes them.
  const legal = text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
  if (cdata) return `<![CDATA[${legal.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
  return legal.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

const field = (name: string, text: fc.Arbitrary<string> = raw) =>
  fc.tuple(text, fc.boolean()).map(([t, cdata]) => `<${name}>${escaped(t, cdata)}</${name}>`);

const date = fc.oneof(
  fc
    .date({ min: new Date('1990-01-01'), max: new Date('2040-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 19).replace('T', ' ')),
  fc.constantFrom('0000-00-00 00:00:00', '', 'yesterday'),
);

const category = fc
  .tuple(
    fc.constantFrom('category', 'post_tag', 'language', 'post_translations', 'other'),
    fc.constantFrom('politics', 'ru', 'az', 'en', 'pll_1', 'x y', '%zz'),
    raw,
  )
  .map(
    ([domain, nicename, name]) =>
      `<category domain="${domain}" nicename="${escaped(nicename, false)}">${escaped(name, true)}</category>`,
  );

const item = fc
  .tuple(
    fc.array(
      fc.oneof(
        field('title'),
        field('content:encoded'),
        field('excerpt:encoded'),
        field('dc:creator'),
        field('wp:post_id', fc.oneof(fc.nat({ max: 99999 }).map(String), raw)),
        field('wp:post_type', fc.constantFrom('post', 'page', 'attachment', 'revision', '')),
        field('wp:status', fc.constantFrom('publish', 'draft', 'pending', 'future', 'trash', '?')),
        field('wp:post_name', raw),
        field('wp:post_date', date),
        field('wp:post_date_gmt', date),
        field('link', raw),
        category,
        fc.constant(
          '<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>7</wp:meta_value></wp:postmeta>',
        ),
        fc.constant('<wp:comment><wp:comment_content>c</wp:comment_content></wp:comment>'),
      ),
      { maxLength: 14 },
    ),
  )
  .map(([children]) => `<item>${children.join('')}</item>`);

const term = fc.oneof(
  fc
    .tuple(raw, raw, fc.constantFrom('', 'politics'))
    .map(
      ([nicename, name, parent]) =>
        `<wp:category><wp:category_nicename>${escaped(nicename, false)}</wp:category_nicename><wp:category_parent>${parent}</wp:category_parent><wp:cat_name>${escaped(name, true)}</wp:cat_name></wp:category>`,
    ),
  fc
    .tuple(raw, raw)
    .map(
      ([login, name]) =>
        `<wp:author><wp:author_login>${escaped(login, false)}</wp:author_login><wp:author_display_name>${escaped(name, true)}</wp:author_display_name></wp:author>`,
    ),
);

/** A well-formed export and how many items it has. */
const wellFormed = fc
  .tuple(fc.array(term, { maxLength: 4 }), fc.array(item, { maxLength: 5 }), field('link'))
  .map(([terms, items, link]) => ({
    text: `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" ${NS}><channel><wp:wxr_version>1.2</wp:wxr_version>${link}${terms.join('')}${items.join('')}</channel></rss>\n`,
    items: items.length,
  }));

/** Exports broken or hostile in the ways files arrive: cut short, spliced, with a DOCTYPE, too deep. */
const broken = fc.oneof(
  fc.tuple(wellFormed, fc.nat(), raw).map(([doc, at, junk]) => {
    const cut = at % (doc.text.length + 1);
    return doc.text.slice(0, cut) + junk + doc.text.slice(cut);
  }),
  fc.tuple(wellFormed, fc.nat()).map(([doc, at]) => doc.text.slice(0, at % doc.text.length)),
  wellFormed.map(
    (doc) =>
      `<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>${doc.text.replace(/^<\?xml[^>]*>\n/, '')}`,
  ),
  wellFormed.map((doc) => doc.text.replaceAll('http://wordpress.org/export/1.2/', 'urn:other')),
  fc
    .nat({ max: 3 * MAX_DEPTH })
    .map(
      (depth) =>
        `<rss ${NS}><channel><item>${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}</item></channel></rss>`,
    ),
  fc.string({ maxLength: 400, unit: 'binary' }),
  raw,
);

/** Splits a text into pieces at generated places (the reader must not care where chunks end). */
const splitting = fc.array(fc.nat(), { maxLength: 6 });
function pieces(text: string, cuts: number[]): string[] {
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const c of at) {
    out.push(text.slice(from, c));
    from = c;
  }
  out.push(text.slice(from));
  return out;
}

/** Reads the export and maps each post as the importer does; answers the items read and stories made. */
async function readAndMap(
  text: string,
  cuts: number[],
): Promise<{ items: number; stories: number }> {
  const site: WxrSite = { baseUrl: '', key: 'fuzz', categories: new Map(), authors: new Map() };
  let items = 0;
  let stories = 0;
  for await (const event of readWxrChunks('fuzz.xml', pieces(text, cuts))) {
    if (event.kind === 'term' && event.node.name === 'wp:category')
      site.categories.set(childText(event.node, 'wp:category_nicename').trim(), {
        name: childText(event.node, 'wp:cat_name').trim(),
        parent: childText(event.node, 'wp:category_parent').trim(),
      });
    if (event.kind !== 'item') continue;
    items++;
    const post = mapPost(event.node, {
      site,
      edition: 'az',
      timeZone: 'Asia/Baku',
      defaultRubric: 'WordPress',
    });
    if ('skip' in post) continue;
    try {
      parseStoryInput(post.story);
      stories++;
    } catch (error) {
      if (!(error instanceof LedeError)) throw error;
    }
  }
  return { items, stories };
}

const seed = Number(process.env.LEDE_FUZZ_SEED ?? Date.now() % 2 ** 31);

test('a well-formed export is read whole, whatever its text and wherever its chunks end', async () => {
  let stories = 0;
  await fc.assert(
    fc.asyncProperty(wellFormed, splitting, async (doc, cuts) => {
      const read = await readAndMap(doc.text, cuts);
      assert.equal(read.items, doc.items);
      stories += read.stories;
    }),
    { numRuns: FUZZ_RUNS, seed },
  );
  // The generator reaches the mapping and the story schema, not only skipped posts.
  assert.ok(stories > FUZZ_RUNS / 10, `${stories} stories mapped`);
});

test('a broken or hostile export is refused by the reader; nothing else is thrown', async () => {
  let refused = 0;
  await fc.assert(
    fc.asyncProperty(broken, splitting, async (text, cuts) => {
      try {
        await readAndMap(text, cuts);
      } catch (error) {
        if (!(error instanceof WxrRefused)) throw error;
        refused++;
      }
    }),
    { numRuns: FUZZ_RUNS, seed },
  );
  // The generator reaches the refusals (not only inputs that happen to read).
  assert.ok(refused > FUZZ_RUNS / 4, `${refused} refused`);
});
