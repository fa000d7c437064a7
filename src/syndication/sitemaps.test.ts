// Sitemaps: valid against sitemaps.org XSDs, one per edition and month without loss, hreflang between translations, news of 48h.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  hasXmllint,
  NO_XMLLINT,
  withoutSitemapExtensions,
  xmllint,
  XSD,
} from '../../test/support/standards.js';
import { NOW, seedSyndication } from '../../test/support/syndication-fixtures.js';
import { openTestDeps, type TestDeps } from '../../test/support/test-deps.js';
import type { Edition } from '../domain/editions.js';
import { sitemapMonthStories } from '../operations/read-syndication.js';
import { syndicationOptions } from './options.js';
import { renderMonthSitemap, renderNewsSitemap, renderSitemapIndex } from './sitemap-routes.js';
import { robotsTxt } from './sitemaps.js';

const ORIGIN = 'https://lede.example';
let deps: TestDeps;

before(async () => {
  deps = await openTestDeps(NOW);
  await seedSyndication(deps);
});
after(async () => {
  await deps.testStore.dispose();
});

/** The month sitemaps the index names: [edition, month]. */
async function indexedMonths(): Promise<[Edition, string][]> {
  const xml = await renderSitemapIndex(deps, syndicationOptions(ORIGIN));
  return [...xml.matchAll(/\/sitemaps\/([a-z]+)-(\d{4}-\d{2})\.xml/g)].map((m) => [
    deps.editions.find((e) => e.code === m[1])!,
    m[2]!,
  ]);
}

async function monthXml(edition: Edition, month: string, perFile = 50_000): Promise<string> {
  const found = await renderMonthSitemap(
    deps,
    syndicationOptions(ORIGIN, { storiesPerSitemap: perFile }),
    edition,
    month,
  );
  assert.ok(found, `${edition.code}-${month} has a sitemap`);
  return found.xml;
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

function assertValid(xml: string, xsd: string) {
  if (!hasXmllint) return;
  const result = xmllint(xml, xsd);
  assert.equal(result.ok, true, result.output);
}

test(
  'the index names each month of each edition with its lastmod, then each news sitemap',
  { skip: !hasXmllint && NO_XMLLINT },
  async () => {
    const xml = await renderSitemapIndex(deps, syndicationOptions(ORIGIN));
    assertValid(xml, XSD.siteindex);
    const names = locs(xml);
    assert.deepEqual(names.slice(-3), [
      `${ORIGIN}/sitemaps/news-az.xml`,
      `${ORIGIN}/sitemaps/news-ru.xml`,
      `${ORIGIN}/sitemaps/news-en.xml`,
    ]);
    const months = names.slice(0, -3);
    assert.ok(months.length >= 3, 'a month of each edition at least');
    for (const loc of months) assert.match(loc, /\/sitemaps\/(az|ru|en)-\d{4}-\d{2}\.xml$/);
    // Each month says when it last changed; the future's month is not listed yet.
    assert.equal(
      [...xml.matchAll(/<lastmod>\d{4}-\d{2}-\d{2}T[\d:.]+Z<\/lastmod>/g)].length,
      months.length,
    );
    assert.ok(months.every((m) => m.slice(-11, -4) <= NOW.slice(0, 7)));
  },
);

test('the month sitemaps cover every public story once, and nothing else', async () => {
  const all: string[] = [];
  for (const [edition, month] of await indexedMonths()) {
    const xml = await monthXml(edition, month);
    assertValid(withoutSitemapExtensions(xml), XSD.sitemap);
    all.push(...locs(xml));
  }
  assert.equal(all.length, 7, 'eight seeded, one not yet public');
  assert.equal(new Set(all).size, all.length);
  assert.ok(!all.some((u) => u.includes('from-the-future')));
  assert.ok(
    all.includes(
      `${ORIGIN}/ru/energetika/direktor-stantsii-solntse-shirvana-dast-tok-tryom-gorodam-k-2028-godu`,
    ),
  );
  // Read in store chunks of one (the keyset walk), a month gives the same stories.
  const [ru, month] = (await indexedMonths()).find(([e]) => e.code === 'ru')!;
  const chunked: string[] = [];
  for await (const reads of sitemapMonthStories(deps, ru.code, month, 50_000, 1))
    chunked.push(...reads.map((r) => r.path));
  const whole = locs(await monthXml(ru, month)).map((u) => u.slice(ORIGIN.length));
  assert.deepEqual(chunked, whole);
  assert.ok(whole.length >= 2);
  // A file holds no more than it may; a month without stories has no sitemap.
  assert.equal(locs(await monthXml(ru, month, 1)).length, 1);
  assert.equal(await renderMonthSitemap(deps, syndicationOptions(ORIGIN), ru, '2001-01'), null);
});

test('translations link each other, and themselves, with hreflang', async () => {
  let xml = '';
  for (const [edition, month] of await indexedMonths())
    if (edition.code === 'en') xml += await monthXml(edition, month);
  const entry =
    /<url><loc>https:\/\/lede\.example\/en\/world\/baku-hosts-a-water-forum<\/loc>[\s\S]*?<\/url>/.exec(
      xml,
    )?.[0];
  assert.ok(entry);
  const links = [
    ...entry.matchAll(/<xhtml:link rel="alternate" hreflang="([a-z]+)" href="([^"]+)"\/>/g),
  ].map((m) => `${m[1]} ${m[2]}`);
  assert.deepEqual(links.sort(), [
    `az ${ORIGIN}/dunya/baki-su-forumuna-ev-sahibliyi-edir`,
    `en ${ORIGIN}/en/world/baku-hosts-a-water-forum`,
    `ru ${ORIGIN}/ru/v-mire/baku-prinimaet-vodnyy-forum`,
  ]);
  assert.match(entry, /<lastmod>\d{4}-\d{2}-\d{2}T[\d:.]+Z<\/lastmod>/);
  assert.match(
    xml,
    /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9" xmlns:xhtml="http:\/\/www.w3.org\/1999\/xhtml">/,
  );
});

test('a news sitemap lists the last 48 hours of its edition with Google News fields', async () => {
  const [az, ru, en] = deps.editions as [Edition, Edition, Edition];
  const xml = await renderNewsSitemap(deps, syndicationOptions(ORIGIN), ru);
  assertValid(withoutSitemapExtensions(xml), XSD.sitemap);
  assert.match(xml, /xmlns:news="http:\/\/www\.google\.com\/schemas\/sitemap-news\/0\.9"/);
  const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);
  assert.equal(urls.length, 2, 'the interview and the forum story');
  for (const url of urls) {
    assert.match(
      url,
      /<news:news><news:publication><news:name>Lede<\/news:name><news:language>ru<\/news:language><\/news:publication>/,
    );
    assert.match(url, /<news:publication_date>2025-12-0[45]T[\d:.]+Z<\/news:publication_date>/);
    assert.match(url, /<news:title>[^<]+<\/news:title>/);
  }
  const enXml = await renderNewsSitemap(deps, syndicationOptions(ORIGIN), en);
  assert.doesNotMatch(enXml, /from-the-future/);
  assert.match(enXml, /<news:title>Hostile &lt;script&gt;/);
  assert.match(
    await renderNewsSitemap(deps, syndicationOptions(ORIGIN), az),
    /<news:language>az<\/news:language>/,
  );
  // Two days later nothing is news any more.
  deps.clock.advance(3 * 24 * 3600_000);
  try {
    const quiet = await renderNewsSitemap(deps, syndicationOptions(ORIGIN), ru);
    assert.doesNotMatch(quiet, /<news:news>/);
    // Still a valid sitemap (one may not be empty): the edition's home page alone.
    assertValid(quiet, XSD.sitemap);
    assert.deepEqual(
      [...quiet.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]),
      [`${ORIGIN}/ru/`],
    );
  } finally {
    deps.clock.set(NOW);
  }
});

test('robots.txt names the sitemaps and keeps crawlers out of the API', () => {
  const text = robotsTxt([`${ORIGIN}/sitemap.xml`]);
  assert.match(text, /^User-agent: \*$/m);
  assert.match(text, /^Disallow: \/api\/$/m);
  assert.match(text, /^Sitemap: https:\/\/lede\.example\/sitemap\.xml$/m);
});
