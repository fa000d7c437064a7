// Tests of the page renderers: document head, chrome, story, list, home and error pages.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderErrorPage, renderHomePage, renderListPage, renderStoryPage } from './render.js';
import {
  HOSTILE,
  HOSTILE_ESCAPED,
  chrome,
  card,
  errorView,
  homeView,
  listView,
  storyView,
} from './test-fixtures.js';

const count = (html: string, needle: string) => html.split(needle).length - 1;

describe('every page', () => {
  const pages = {
    home: renderHomePage(homeView()),
    story: renderStoryPage(storyView()),
    list: renderListPage(listView()),
    error: renderErrorPage(errorView()),
  };

  for (const [name, html] of Object.entries(pages)) {
    it(`${name}: is a whole document with the edition's head tags`, () => {
      assert.ok(html.startsWith('<!doctype html><html lang="ru">'), name);
      assert.ok(html.includes('<meta charset="utf-8"/>'));
      assert.ok(
        html.includes('<meta name="viewport" content="width=device-width, initial-scale=1"/>'),
      );
      assert.match(html, /<title>[^<]+ \| Lede<\/title>/);
      assert.match(html, /<meta name="description" content="[^"]+"\/>/);
      assert.match(html, /<link rel="canonical" href="\/ru\/[^"]*"\/>/);
      assert.match(html, /<style>:root\{--ink:[^]*<\/style>[^]*<\/head>/);
      assert.match(
        html,
        /<link rel="icon" href="\/assets\/favicon\.[\w-]{12}\.svg" type="image\/svg\+xml"\/>/,
      );
    });

    it(`${name}: has the chrome, landmarks, one h1 and no script`, () => {
      assert.ok(html.includes('<a class="skip-link" href="#main">Перейти к содержанию</a>'));
      assert.equal(count(html, '<main id="main"'), 1);
      assert.equal(count(html, '<h1'), 1);
      assert.ok(html.includes('<header class="site-header">') && html.includes('<footer'));
      assert.ok(html.includes('<a class="brand" href="/ru/">Lede</a>'));
      assert.match(html, /<nav class="menu" aria-label="Рубрики">/);
      assert.match(html, /<nav class="hot-tags" aria-label="Актуально" data-testid="hot-tags">/);
      assert.ok(html.includes('<a href="/ru/tag/wuf13">WUF13</a>'));
      assert.ok(
        html.includes('<form class="search" role="search" action="/ru/search" method="get">'),
      );
      assert.ok(
        html.includes('<label for="site-search" class="visually-hidden">Поиск по сайту</label>'),
      );
      assert.ok(html.includes('<input id="site-search" type="search" name="q"'));
      assert.ok(!html.includes('<script'));
      assert.ok(!/ on[a-z]+=/.test(html));
    });
  }

  it('links translations with hreflang in head and marks the current edition', () => {
    const html = pages.story;
    assert.ok(html.includes('<link rel="alternate" hreflang="ru" href="/ru/news/story-1"/>'));
    assert.ok(html.includes('<link rel="alternate" hreflang="en" href="/en/news/story-en"/>'));
    // the Azerbaijani alternate is that edition's home, not a translation
    assert.ok(!html.includes('<link rel="alternate" hreflang="az"'));
    assert.ok(
      html.includes(
        '<a href="/news/story-az" hreflang="az" lang="az"><span class="lang-name">Azərbaycanca</span><span class="lang-code" aria-hidden="true">AZ</span></a>',
      ),
    );
    assert.ok(
      html.includes(
        '<a href="/ru/news/story-1" hreflang="ru" lang="ru" aria-current="true"><span class="lang-name">Русский</span><span class="lang-code" aria-hidden="true">RU</span></a>',
      ),
    );
    assert.ok(
      html.includes(
        '<a href="/en/news/story-en" hreflang="en" lang="en"><span class="lang-name">English</span><span class="lang-code" aria-hidden="true">EN</span></a>',
      ),
    );
  });

  it('adds the current edition to the switcher when the route left it out', () => {
    const c = chrome('en', {
      alternates: chrome('en').alternates.filter((a) => a.edition.code !== 'en'),
    });
    const html = renderListPage({ ...listView(), chrome: c });
    assert.ok(html.startsWith('<!doctype html><html lang="en">'));
    assert.match(
      html,
      /<ul><li><a href="\/en\/news\/story-1" hreflang="en" lang="en" aria-current="true"><span class="lang-name">English<\/span>/,
    );
  });
});

describe('story page', () => {
  const html = renderStoryPage(storyView());

  it('renders the article with rubric, headline, type label, date, author and lead', () => {
    assert.match(
      html,
      /<article class="story"[^>]*><header class="story-head"><a class="kicker" href="\/ru\/politika\/vneshnyaya-politika">Внешняя политика<\/a><h1>Госминистр: У Лондона и Баку/,
    );
    assert.match(
      html,
      /обороны<span class="type-label" data-type="interview"> - ИНТЕРВЬЮ<\/span><\/h1>/,
    );
    assert.ok(
      html.includes(
        '<time datetime="2025-12-05T10:30:00.000Z" class="dt"><span class="dt-date">05 декабря, 2025</span> <span class="dt-time">14:30</span></time>',
      ),
    );
    assert.match(html, /Обновлено: <time datetime="2025-12-05T12:05:00.000Z"/);
    assert.ok(html.includes('<span class="author">Автор: Айсель Мамедова</span>'));
    assert.ok(html.includes('<p class="lead">Государственный министр'));
    assert.ok(html.includes('<div class="story-body"><p data-block="paragraph">'));
    assert.ok(html.includes('data-mark="editor-note"'));
  });

  it('renders tags, translations and related stories', () => {
    assert.ok(html.includes('<a href="/ru/tag/velikobritaniya">Великобритания</a>'));
    assert.ok(
      html.includes(
        '<a href="/en/news/story-en" hreflang="en" lang="en">Minister: London and Baku',
      ),
    );
    assert.match(html, /<h2 id="related-heading" class="section-title">По теме<\/h2>/);
    assert.ok(
      html.includes(
        '<a href="/ru/news/story-105">Эксперт: Южный Кавказ становится транспортным узлом<span class="type-label" data-type="opinion"> - МНЕНИЕ</span></a>',
      ),
    );
  });

  it('shows no type label for news and no update or author when absent', () => {
    const news = renderStoryPage(
      storyView({
        type: 'news',
        typeLabel: '',
        author: null,
        updatedAt: '2025-12-05T10:30:00.000Z',
      }),
    );
    assert.ok(!news.includes('type-label" data-type="news'));
    assert.match(news, /обороны<\/h1>/);
    assert.ok(!news.includes('class="author"'));
    assert.ok(!news.includes('Обновлено'));
  });

  it('formats dates in the edition language and time zone', () => {
    const az = renderStoryPage({ ...storyView(), chrome: chrome('az') });
    assert.ok(az.startsWith('<!doctype html><html lang="az">'));
    assert.ok(
      az.includes(
        '<span class="dt-date">05 dekabr, 2025</span> <span class="dt-time">14:30</span>',
      ),
    );
    const en = renderStoryPage({ ...storyView(), chrome: chrome('en') });
    assert.ok(en.includes('<span class="dt-date">05 December, 2025</span>'));
    // late evening UTC is the next day in Baku
    const late = renderStoryPage(storyView({ publishedAt: '2025-12-04T21:15:00Z' }));
    assert.ok(
      late.includes(
        '<time datetime="2025-12-04T21:15:00Z" class="dt"><span class="dt-date">05 декабря, 2025</span> <span class="dt-time">01:15</span>',
      ),
    );
  });

  it('escapes hostile strings in title, lead, tags, rubric, author and chrome', () => {
    const view = storyView({
      title: HOSTILE,
      lead: HOSTILE,
      author: HOSTILE,
      rubric: { name: HOSTILE, url: '/ru/x' },
      tags: [{ name: HOSTILE, url: '/ru/tag/x' }],
      blocks: [{ type: 'paragraph', content: [{ text: HOSTILE }] }],
    });
    view.chrome = chrome('ru', {
      title: HOSTILE,
      description: HOSTILE,
      hotTags: [{ name: HOSTILE, url: '/ru/tag/x' }],
    });
    view.translations = [{ ...view.translations[0]!, title: HOSTILE }];
    const out = renderStoryPage(view);
    assert.ok(!out.includes('<script'));
    assert.ok(out.includes(`<title>${HOSTILE_ESCAPED} | Lede</title>`));
    assert.ok(out.includes(`<h1>${HOSTILE_ESCAPED}<span class="type-label"`));
    assert.ok(out.includes(`<p class="lead">${HOSTILE_ESCAPED}</p>`));
    assert.ok(out.includes(`<meta name="description" content="${HOSTILE_ESCAPED}"/>`));
    assert.ok(count(out, HOSTILE_ESCAPED) >= 10);
  });
});

describe('list pages', () => {
  it('renders the heading, story cards and pagination with rel prev/next', () => {
    const html = renderListPage(listView());
    assert.match(html, /<p class="kicker">Тег<\/p><h1>Ильхам Алиев<\/h1>/);
    assert.equal(count(html, '<article class="card card-normal"'), 4);
    assert.match(html, /<h2 class="card-title"><a href="\/ru\/news\/story-100">/);
    assert.ok(html.includes('<time datetime="2025-12-05T10:30:00.000Z" class="dt card-time">'));
    assert.match(html, /<nav class="pagination" aria-label="Страницы">/);
    assert.match(html, /<a class="page-prev" href="\/ru\/tag\/ilham-aliev" rel="prev">/);
    assert.match(html, /<a class="page-next" href="\/ru\/tag\/ilham-aliev\?page=3" rel="next">/);
    assert.ok(html.includes('<span class="page-of">Страница 2 из 5</span>'));
    assert.ok(html.includes('<link rel="prev" href="/ru/tag/ilham-aliev"/>'));
    assert.ok(html.includes('<link rel="next" href="/ru/tag/ilham-aliev?page=3"/>'));
  });

  it('leaves out the links that do not exist, and pagination for a single page', () => {
    const first = renderListPage(
      listView({
        pagination: {
          page: 1,
          pages: 3,
          pagesExact: true,
          prevUrl: null,
          nextUrl: '/ru/tag/x?page=2',
        },
      }),
    );
    assert.ok(!first.includes('rel="prev"'));
    assert.ok(first.includes('Страница 1 из 3'));
    const single = renderListPage(
      listView({
        pagination: { page: 1, pages: 1, pagesExact: true, prevUrl: null, nextUrl: null },
      }),
    );
    assert.ok(!single.includes('class="pagination"'));
    // A long list counted only a few pages ahead names the page without a total.
    const long = renderListPage(
      listView({
        pagination: {
          page: 2,
          pages: 4,
          pagesExact: false,
          prevUrl: '/ru/tag/x',
          nextUrl: '/ru/tag/x?page=3',
        },
      }),
    );
    assert.ok(long.includes('<span class="page-of">Страница 2</span>'));
    assert.ok(!long.includes('Страница 2 из'));
  });

  it('renders sub-rubrics on rubric pages and day links on archive pages', () => {
    const rubric = renderListPage(
      listView({
        kind: 'rubric',
        heading: 'Политика',
        children: [{ name: 'Внешняя политика', url: '/ru/politika/vneshnyaya-politika' }],
      }),
    );
    assert.match(
      rubric,
      /<nav class="chips sub-rubrics" aria-label="Подрубрики"><ul><li><a href="\/ru\/politika\/vneshnyaya-politika">Внешняя политика<\/a>/,
    );
    const archive = renderListPage(
      listView({
        kind: 'archive',
        heading: '05 декабря, 2025',
        days: { prev: { name: '04 декабря, 2025', url: '/ru/archive/2025-12-04' }, next: null },
      }),
    );
    assert.match(
      archive,
      /<nav class="day-links" aria-label="Дни архива"><a class="day-prev" href="\/ru\/archive\/2025-12-04">/,
    );
    assert.ok(archive.includes('04 декабря, 2025</a>'));
    assert.ok(!archive.includes('class="day-next"'));
  });

  it('says so when there are no stories, in the edition language', () => {
    const empty = renderListPage({ ...listView({ stories: [] }), chrome: chrome('az') });
    assert.ok(empty.includes('<p class="empty">Hələ xəbər yoxdur.</p>'));
    assert.ok(empty.includes('Səhifə 2 / 5'));
  });
});

describe('home page', () => {
  const html = renderHomePage(homeView());

  it('does not repeat the site name when it is the page title', () => {
    const home = homeView();
    const out = renderHomePage({ ...home, chrome: { ...home.chrome, title: 'Lede' } });
    assert.ok(out.includes('<title>Lede</title>'));
  });

  it('renders the top story, the latest feed with times and a block per rubric', () => {
    assert.match(html, /<h1 class="visually-hidden">Последние новости<\/h1>/);
    assert.match(html, /<div class="top-story"><article class="card card-big" data-story="105">/);
    assert.match(html, /<h2 class="card-title"><a href="\/ru\/news\/story-105">/);
    assert.match(
      html,
      /<h2 id="latest-heading" class="section-title">Последние новости<\/h2><ul class="feed"><li class="feed-day">05 декабря, 2025<\/li><li><time datetime="2025-12-05T10:30:00.000Z" class="dt"><span class="dt-time">14:30<\/span><\/time><a href="\/ru\/news\/story-100">/,
    );
    assert.equal(count(html, '<section class="rubric-block">'), 2);
    assert.ok(
      html.includes('<h2 class="section-title"><a href="/ru/ekonomika">Экономика</a></h2>'),
    );
  });

  it('renders without a top story or stories', () => {
    const empty = renderHomePage({ ...homeView(), top: null, latest: [], sections: [] });
    assert.ok(!empty.includes('class="top-story"'));
    assert.ok(empty.includes('Новостей пока нет.'));
    assert.equal(count(empty, '<h1'), 1);
  });

  it('escapes hostile card strings', () => {
    const out = renderHomePage({
      ...homeView(),
      latest: [card(0, { title: HOSTILE, typeLabel: HOSTILE, type: 'opinion' })],
    });
    assert.ok(!out.includes('<script'));
    assert.ok(
      out.includes(
        `${HOSTILE_ESCAPED}<span class="type-label" data-type="opinion"> - ${HOSTILE_ESCAPED}</span>`,
      ),
    );
  });
});

describe('error page', () => {
  it('shows status and message in the edition language, a link home, and noindex', () => {
    const html = renderErrorPage(errorView(404));
    assert.ok(html.includes('<meta name="robots" content="noindex"/>'));
    assert.ok(html.includes('<p class="error-status">404</p><h1>Страница не найдена</h1>'));
    assert.ok(
      html.includes('<p class="error-message">Такой страницы нет или она была перемещена.</p>'),
    );
    assert.ok(html.includes('<a class="button" href="/ru/">Вернуться на главную</a>'));
  });

  it('keeps a route robots directive and adds noindex', () => {
    const view = errorView(500, 'az');
    view.chrome.robots = 'noarchive';
    const html = renderErrorPage(view);
    assert.ok(html.startsWith('<!doctype html><html lang="az">'));
    assert.ok(html.includes('<meta name="robots" content="noindex, noarchive"/>'));
    assert.ok(html.includes('<h1>Serverdə xəta baş verdi</h1>'));
    assert.ok(html.includes('<a class="button" href="/">Ana səhifəyə qayıt</a>'));
  });
});
