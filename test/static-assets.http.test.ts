// The site's static files: the stylesheet minified in every page's head (allowed by its CSP hash), the files under hashed names, compressed, immutable; the old names are gone.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { staticAssets } from '../src/site/static-assets.js';
import { bootTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let home: Awaited<ReturnType<typeof get>>;
let iconUrl: string;
/** Where the stylesheet's file is served; pages carry its text instead of linking it. */
const cssUrl = staticAssets().get('site.css')!.url;

const get = (url: string, headers: Record<string, string> = {}) =>
  t.lede.app.inject({ method: 'GET', url, headers });

const SOURCE = readFileSync(new URL('../src/site/assets/site.css', import.meta.url), 'utf8');

before(async () => {
  t = await bootTestApp({ demo: true });
  home = await get('/en/');
  assert.equal(home.statusCode, 200);
  iconUrl = /<link rel="icon" href="([^"]+)"/.exec(home.body)![1]!;
});
after(async () => {
  await t.dispose();
});

test('pages carry the stylesheet minified in their head, allowed by its hash in the CSP', async () => {
  const style = /<head>[\s\S]*?<style>([\s\S]*?)<\/style>[\s\S]*<\/head>/.exec(home.body)?.[1];
  assert.ok(style, 'a <style> in the head');
  assert.doesNotMatch(home.body, /rel="stylesheet"/);
  assert.equal(style, (await get(cssUrl)).body, 'the same text as the served file');
  assert.match(style, /--brand:#0b3d6e/, 'the rules are kept');
  assert.doesNotMatch(style, /\/\*/, 'no comments');
  const hash = createHash('sha256').update(style).digest('base64');
  const csp = String(home.headers['content-security-policy']);
  assert.match(csp, new RegExp(`style-src 'self' 'sha256-${hash.replace(/[+/]/g, '\\$&')}';`));
});

test('pages link the icon by a name that carries a hash of its content', () => {
  assert.match(cssUrl, /^\/assets\/site\.[\w-]{12}\.css$/);
  assert.match(iconUrl, /^\/assets\/favicon\.[\w-]{12}\.svg$/);
});

test('the stylesheet is minified, cached for a year and immutable', async () => {
  const css = await get(cssUrl);
  assert.equal(css.statusCode, 200);
  assert.match(String(css.headers['content-type']), /^text\/css/);
  assert.equal(css.headers['cache-control'], 'public, max-age=31536000, immutable');
  assert.ok(css.body.length < SOURCE.length * 0.85, `${css.body.length} of ${SOURCE.length}`);
  assert.doesNotMatch(css.body, /\/\*/, 'no comments');
  assert.doesNotMatch(css.body, /\n\s/, 'no indentation');
  assert.match(css.body, /--brand:#0b3d6e/, 'the rules are kept');
  const icon = await get(iconUrl);
  assert.equal(icon.statusCode, 200);
  assert.equal(icon.headers['cache-control'], 'public, max-age=31536000, immutable');
  const redirect = await get('/favicon.ico');
  assert.equal(redirect.statusCode, 301);
  assert.equal(redirect.headers.location, iconUrl);
});

test('the stylesheet goes out in Brotli or gzip as asked, with Vary and a tag per coding', async () => {
  const plain = await get(cssUrl);
  const br = await get(cssUrl, { 'accept-encoding': 'gzip, br' });
  const gz = await get(cssUrl, { 'accept-encoding': 'gzip' });
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.equal(brotliDecompressSync(br.rawPayload).toString(), plain.body);
  assert.equal(gunzipSync(gz.rawPayload).toString(), plain.body);
  for (const res of [plain, br, gz]) assert.match(String(res.headers.vary), /Accept-Encoding/);
  assert.equal(new Set([plain, br, gz].map((r) => r.headers.etag)).size, 3);
  const again = await get(cssUrl, {
    'accept-encoding': 'br',
    'if-none-match': String(br.headers.etag),
  });
  assert.equal(again.statusCode, 304);
});

test('the unhashed names and other hashes are not found', async () => {
  for (const url of [
    '/static/site.css',
    '/static/favicon.svg',
    '/assets/site.css',
    '/assets/site.AAAAAAAAAAAA.css',
  ])
    assert.equal((await get(url)).statusCode, 404, url);
});
