// The reader's site over HTTP: date-only stories, the archive calendar, search filters, the common-words page and share links.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SYSTEM } from '../src/domain/actor.js';
import type { StoryInput } from '../src/domain/story.js';
import { importCrawlFile } from '../src/importers/import-crawl-files.js';
import { importStory } from '../src/operations/import-story.js';
import { INTERVIEW_FILE } from './support/crawl-pages.js';
import { bootTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let interviewUrl: string;
let timedUrl: string;

const get = (url: string) => t.lede.app.inject({ method: 'GET', url });

function story(over: Partial<StoryInput>): StoryInput {
  return {
    edition: 'en',
    type: 'news',
    title: 'Ferry line to Turkmenbashi adds a night crossing',
    rubric: 'Economy',
    lead: 'The ferry operator adds a night crossing from next month.',
    blocks: [{ type: 'paragraph', content: [{ text: 'The crossing takes twelve hours.' }] }],
    publishedAt: '2025-12-05T09:00:00+04:00',
    ...over,
  };
}

/** The JSON-LD of a page, parsed. */
function jsonLd(html: string): Record<string, unknown> {
  const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  assert.ok(m, 'the page has JSON-LD');
  return JSON.parse(m[1]!) as Record<string, unknown>;
}

/** The href of every link of the page, decoded as a browser would read the attribute. */
function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
}

/** The headlines of a search page's results, without their marks. */
function hitTitles(html: string): string[] {
  const list = /<ul class="cards cards-list search-hits">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
  return [...list.matchAll(/<h2 class="card-title"><a [^>]*>([\s\S]*?)<\/a><\/h2>/g)].map((m) =>
    m[1]!.replace(/<span class="type-label"[\s\S]*?<\/span>/, '').replace(/<[^>]+>/g, ''),
  );
}

before(async () => {
  t = await bootTestApp({ now: '2025-12-06T09:00:00Z' });
  const deps = t.lede.deps;
  const result = await importCrawlFile(deps, INTERVIEW_FILE);
  assert.equal(result.ok, true, result.error ?? '');
  interviewUrl = result.url!;
  // English stories on three days of November and December 2025, and one of March 2024.
  const days = ['2024-03-08T10:00', '2025-11-20T12:30', '2025-12-03T09:15', '2025-12-05T14:30'];
  for (const [i, at] of days.entries())
    await importStory(
      deps,
      SYSTEM,
      story({
        title: `Caspian shipping note ${i + 1}`,
        sourceKey: `cal:${i}`,
        publishedAt: `${at}:00+04:00`,
        rubric: i % 2 === 0 ? 'Economy' : 'World',
        type: i === 3 ? 'interview' : 'news',
      }),
    );
  const timed = await importStory(
    deps,
    SYSTEM,
    story({
      title: 'Pipeline talks & "quotes" resume in Baku',
      sourceKey: 'share:1',
      publishedAt: '2025-12-05T16:45:00+04:00',
    }),
  );
  timedUrl = `/en/economy/${timed.story.slug}`;
  // Stories are indexed after their writes commit: the search pages read the index.
  await t.lede.deps.store.search.drain();
});
after(async () => {
  await t.dispose();
});

describe('a story known to the day only', () => {
  test('the crawled page (a date, no time) shows its date and no time, on its page and in JSON-LD', async () => {
    const res = await get(interviewUrl);
    assert.equal(res.statusCode, 200);
    const html = res.body;
    const meta = /<p class="story-meta">([\s\S]*?)<\/p>/.exec(html)![1]!;
    assert.match(meta, /<time datetime="2025-12-05"[^>]*>[\s\S]*05 декабря, 2025/);
    assert.doesNotMatch(meta, /00:00|dt-time/);
    assert.equal(jsonLd(html).datePublished, '2025-12-05');
    assert.match(html, /property="article:published_time" content="2025-12-05"/);
  });

  test('its card on the rubric page shows the date without a time', async () => {
    const html = (await get('/ru/energetika/')).body;
    const card = new RegExp(
      `<article[^>]*>(?:(?!</article>)[\\s\\S])*?${interviewUrl}(?:(?!</article>)[\\s\\S])*</article>`,
    ).exec(html);
    assert.ok(card, 'the rubric page lists the interview');
    assert.match(card[0], /05 декабря, 2025/);
    assert.doesNotMatch(card[0], /dt-time|00:00/);
  });

  test('a story with a time keeps its time and a full datePublished', async () => {
    const html = (await get(timedUrl)).body;
    assert.match(html, /<span class="dt-time">16:45<\/span>/);
    assert.equal(jsonLd(html).datePublished, '2025-12-05T12:45:00.000Z');
  });
});

describe('the archive calendar', () => {
  test('/en/archive/ shows the newest year, its months with stories and links to their days', async () => {
    const res = await get('/en/archive/');
    assert.equal(res.statusCode, 200);
    const html = res.body;
    assert.match(html, /<h1>Archive 2025<\/h1>/);
    const links = hrefs(html);
    for (const day of ['2025-12-03', '2025-12-05', '2025-11-20'])
      assert.ok(links.includes(`/en/archive/${day}`), `links ${day}`);
    // Days without a story are not links.
    assert.ok(!links.includes('/en/archive/2025-12-04'));
    assert.ok(!links.includes('/en/archive/2025-12-06'));
    // Months without a story are not there; years with stories are.
    assert.match(html, /<a href="\/en\/archive\/2025\/12\/">December 2025<\/a>/);
    assert.match(html, /<a href="\/en\/archive\/2025\/11\/">November 2025<\/a>/);
    assert.doesNotMatch(html, /October 2025|January 2025/);
    assert.ok(links.includes('/en/archive/2024/'));
    assert.ok(links.includes('/en/archive/2025/'));
    assert.ok(!links.includes('/en/archive/2023/'));
  });

  test('a year and a month have their own pages; an archive day links back to its month', async () => {
    const year = (await get('/en/archive/2024/')).body;
    assert.match(year, /March 2024/);
    assert.ok(hrefs(year).includes('/en/archive/2024-03-08'));
    assert.doesNotMatch(year, /December 2025/);
    const month = await get('/en/archive/2025/11/');
    assert.equal(month.statusCode, 200);
    assert.ok(hrefs(month.body).includes('/en/archive/2025-11-20'));
    assert.doesNotMatch(month.body, /December 2025/);
    const day = (await get('/en/archive/2025-12-05')).body;
    assert.ok(hrefs(day).includes('/en/archive/2025/12/'));
  });

  test('the Russian calendar names its months in Russian and links the crawled day', async () => {
    const html = (await get('/ru/archive/')).body;
    assert.match(html, /Декабрь 2025/);
    assert.ok(hrefs(html).includes('/ru/archive/2025-12-05'));
  });

  test('404 for a bad year, a year or month without stories, a month that does not exist', async () => {
    for (const url of [
      '/en/archive/2023/',
      '/en/archive/2026/',
      '/en/archive/abcd/',
      '/en/archive/2025/10/',
      '/en/archive/2025/13/',
      '/en/archive/2025/12/extra/',
    ])
      assert.equal((await get(url)).statusCode, 404, url);
    const bare = await get('/en/archive/2025');
    assert.equal(bare.statusCode, 301);
    assert.equal(bare.headers.location, '/en/archive/2025/');
  });

  test('a story out later than now (or embargoed) lights no day', async () => {
    await importStory(
      t.lede.deps,
      SYSTEM,
      story({
        title: 'Tomorrow',
        sourceKey: 'cal:future',
        publishedAt: '2025-12-07T09:00:00+04:00',
      }),
    );
    const html = (await get('/en/archive/2025/12/')).body;
    assert.ok(!hrefs(html).includes('/en/archive/2025-12-07'));
  });
});

describe('list pages have a side column', () => {
  test('rubric, tag, archive, calendar and search pages list the latest stories beside', async () => {
    for (const url of [
      '/en/economy/',
      '/en/archive/2025-12-05',
      '/en/archive/',
      '/en/search?q=shipping',
    ]) {
      const html = (await get(url)).body;
      const side = /<div class="side">([\s\S]*?)<\/main>/.exec(html);
      assert.ok(side, `${url} has a side column`);
      assert.match(side[1]!, /Latest news/);
      assert.match(side[1]!, /Pipeline talks/);
      assert.doesNotMatch(side[1]!, /Most read/, 'no most-read block without read counts');
    }
  });
});

describe('the search page', () => {
  test('a query of stopwords only is a friendly page with 200, in each edition', async () => {
    for (const [url, text] of [
      ['/en/search?q=the', /too common to search for/],
      ['/ru/search?q=%D0%B8', /общеупотребительные слова/],
      ['/search?q=v%C9%99', /çox işlənən sözlər/],
    ] as const) {
      const res = await get(url);
      assert.equal(res.statusCode, 200, url);
      assert.match(res.body, text);
      assert.doesNotMatch(res.body, /class="search-error"/);
    }
    // A query that is malformed stays a 400.
    assert.equal((await get('/en/search?q=%22unclosed')).statusCode, 400);
  });

  test('filters are plain links that keep the query, and the GET form carries them', async () => {
    const html = (await get('/en/search?q=shipping')).body;
    assert.match(html, /Caspian shipping note 1/);
    const links = hrefs(html);
    assert.ok(links.includes('/en/search?q=shipping&type=interview'));
    assert.ok(links.includes('/en/search?q=shipping&rubric=world'));
    assert.ok(links.some((l) => /^\/en\/search\?q=shipping&from=\d{4}-\d{2}-\d{2}$/.test(l)));
    assert.match(html, /<select name="rubric">/);
    assert.match(html, /<select name="type">/);
    assert.match(html, /<input type="date" name="from"/);

    assert.deepEqual(hitTitles(html).sort(), [
      'Caspian shipping note 1',
      'Caspian shipping note 2',
      'Caspian shipping note 3',
      'Caspian shipping note 4',
    ]);
    const interviews = (await get('/en/search?q=shipping&type=interview')).body;
    assert.deepEqual(hitTitles(interviews), ['Caspian shipping note 4']);
    assert.match(interviews, /<strong aria-current="true">Interview<\/strong>/);

    const world = (await get('/en/search?q=shipping&rubric=world')).body;
    assert.deepEqual(hitTitles(world).sort(), [
      'Caspian shipping note 2',
      'Caspian shipping note 4',
    ]);

    // The GET form sends empty fields for filters not chosen: they are no filter.
    const form = await get('/en/search?q=shipping&rubric=&type=&from=2025-12-01&to=2025-12-04');
    assert.equal(form.statusCode, 200);
    assert.deepEqual(hitTitles(form.body), ['Caspian shipping note 3']);
  });

  test('a filter that is not a day or a type is a 400 with the reason', async () => {
    assert.equal((await get('/en/search?q=shipping&from=yesterday')).statusCode, 400);
    assert.equal((await get('/en/search?q=shipping&type=rumour')).statusCode, 400);
  });
});

describe('share links and print', () => {
  test('plain links with the story URL encoded, named in the edition language, no script', async () => {
    const html = (await get(timedUrl)).body;
    const share = /<nav class="share"[^>]*>([\s\S]*?)<\/nav>/.exec(html);
    assert.ok(share, 'the story has share links');
    const url = `http://localhost${timedUrl}`;
    const links = hrefs(share[1]!);
    const origin = t.lede.deps.publicUrl;
    const full = `${origin}${timedUrl}`;
    const enc = encodeURIComponent(full);
    const title = encodeURIComponent('Pipeline talks & "quotes" resume in Baku');
    assert.deepEqual(links, [
      `https://t.me/share/url?url=${enc}&text=${title}`,
      `https://wa.me/?text=${encodeURIComponent(`Pipeline talks & "quotes" resume in Baku ${full}`)}`,
      `https://www.facebook.com/sharer/sharer.php?u=${enc}`,
      `https://x.com/intent/post?url=${enc}&text=${title}`,
      `mailto:?subject=${title}&body=${encodeURIComponent(`Pipeline talks & "quotes" resume in Baku\n\n${full}`)}`,
    ]);
    assert.ok(url);
    assert.match(share[1]!, /aria-label="Share on Telegram"/);
    assert.match(share[1]!, /aria-label="Send by e-mail"/);
    const ru = (await get(interviewUrl)).body;
    assert.match(ru, /aria-label="Поделиться в WhatsApp"/);
    // No script of any service on the page: the site's own (the read-count beacon) only.
    assert.doesNotMatch(html, /<script(?! type="application\/ld\+json")(?! src="\/assets\/)/);
    // The story's address is printed at its foot.
    assert.match(html, new RegExp(`<p class="print-url">${full.replaceAll('.', '\\.')}</p>`));
  });
});
