// The WXR reader: items and terms in order, CDATA joined, and hostile or broken files refused quickly naming the file.

import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import {
  childText,
  MAX_DEPTH,
  MAX_NODES,
  readWxr,
  readWxrChunks,
  WxrRefused,
} from './wxr-reader.js';

const dir = mkdtempSync(path.join(tmpdir(), 'wxr-reader-'));
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};
const HEAD =
  '<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><wp:wxr_version>1.2</wp:wxr_version>';

async function all(file: string) {
  const out = [];
  for await (const e of readWxr(file)) out.push(e);
  return out;
}

async function refused(file: string, reason: RegExp) {
  const started = Date.now();
  await assert.rejects(all(file), (e: unknown) => {
    assert.ok(e instanceof WxrRefused);
    assert.ok(e.message.startsWith(file), e.message);
    assert.match(e.reason, reason);
    return true;
  });
  assert.ok(Date.now() - started < 2000, 'refused quickly');
}

test('reads terms and items; a CDATA split by "]]>" joins into one text', async () => {
  const file = write(
    'ok.xml',
    `${HEAD}<wp:category><wp:category_nicename>a</wp:category_nicename></wp:category><item><title>T</title><content:encoded><![CDATA[x ]]]]><![CDATA[> y]]></content:encoded></item></channel></rss>`,
  );
  const events = await all(file);
  assert.deepEqual(
    events.map((e) => e.kind),
    ['channel', 'term', 'item'],
  );
  const item = events[2]!;
  assert.ok(item.kind === 'item');
  assert.equal(childText(item.node, 'content:encoded'), 'x ]]> y');
});

test('an external entity is refused and the file it names is never read', async () => {
  const file = write(
    'xxe.xml',
    `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>${HEAD}<item><title>&x;</title></item></channel></rss>`,
  );
  await refused(file, /DOCTYPE/);
});

test('billion laughs is refused quickly', async () => {
  const lol = Array.from(
    { length: 9 },
    (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`,
  ).join('');
  const file = write(
    'lol.xml',
    `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "lol">${lol}]>${HEAD}<item><title>&l9;</title></item></channel></rss>`,
  );
  await refused(file, /DOCTYPE/);
});

test('an undeclared entity, broken XML and a file that is not WXR are refused', async () => {
  await refused(
    write('ent.xml', `${HEAD}<item><title>&nbsp;</title></item></channel></rss>`),
    /not well-formed/,
  );
  await refused(
    write('broken.xml', `${HEAD}<item><title>x</item></channel></rss>`),
    /not well-formed/,
  );
  await refused(
    write('atom.xml', '<feed xmlns="http://www.w3.org/2005/Atom"></feed>'),
    /not a WordPress export/,
  );
  await refused(
    write('plain-rss.xml', '<rss version="2.0"><channel></channel></rss>'),
    /not a WordPress export/,
  );
  await refused(write('empty.xml', ''), /empty|not well-formed/);
});

test('nesting beyond the limit and an item of too many elements are refused', async () => {
  const deep = (n: number) =>
    `${HEAD}<item>${'<x>'.repeat(n)}${'</x>'.repeat(n)}</item></channel></rss>`;
  // The item sits at depth 3: MAX_DEPTH - 3 levels inside it still read.
  assert.equal((await all(write('deep-ok.xml', deep(MAX_DEPTH - 3)))).length, 2);
  await assert.rejects(
    all(write('deep.xml', deep(MAX_DEPTH - 2))),
    (e: unknown) => e instanceof WxrRefused && /nested deeper than 64 levels/.test(e.reason),
  );
  await assert.rejects(
    all(write('wide.xml', `${HEAD}<item>${'<x/>'.repeat(MAX_NODES)}</item></channel></rss>`)),
    (e: unknown) => e instanceof WxrRefused && /more than 100000 elements/.test(e.reason),
  );
});

test('text that ends inside a character (a lone surrogate) is refused, not thrown as a parser error', async () => {
  // Found by the fuzz test: the XML parser threw a RangeError of its own at the end of the input.
  const read = async () => {
    for await (const event of readWxrChunks('cut.xml', [`${HEAD}<link><![CDATA[İ[caption]\ud83d`]))
      void event;
  };
  await assert.rejects(read, (e: unknown) => {
    assert.ok(e instanceof WxrRefused, String(e));
    assert.match(e.reason, /not well-formed/);
    return true;
  });
});
