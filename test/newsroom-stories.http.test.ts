// The story API over HTTP: every role × every transition, saves with If-Match and conflicts, corrections, revisions.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import type { StoryStatus } from '../src/domain/story.js';
import { parseCrawlPage } from '../src/importers/crawl/parse-crawl.js';
import { ensureRubric } from '../src/operations/taxonomy.js';
import type { StoryView } from '../src/operations/story-view.js';
import { storyJson } from './support/newsroom-fixtures.js';
import { storyApi, type Caller } from './support/story-api-client.js';
import { INTERVIEW_FILE } from './support/crawl-pages.js';
import { bootTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let api: ReturnType<typeof storyApi>;
const who: Record<string, Caller> = {};

before(async () => {
  t = await bootTestApp({ now: '2025-12-06T09:00:00Z' });
  api = storyApi(t);
  for (const [edition, name] of [
    ['ru', 'Экономика'],
    ['en', 'Economy'],
    ['az', 'İqtisadiyyat'],
  ] as const)
    await ensureRubric(t.lede.deps.store, edition, name);
  who.reporter = await api.caller('reporter');
  who['other reporter'] = await api.caller('reporter');
  who.editor = await api.caller('editor', ['ru', 'en']);
  who['az editor'] = await api.caller('editor', ['az']);
  who.chief = await api.caller('chief', []);
  who.admin = await api.caller('admin', []);
});
after(async () => {
  await t.dispose();
});

const EDITORS = ['editor', 'chief', 'admin'];
/** Every transition and who may make it over the API, on a ru story created by `reporter`. */
const TABLE: [StoryStatus, StoryStatus, string[], Record<string, unknown>][] = [
  ['draft', 'review', ['reporter', ...EDITORS], {}],
  ['review', 'draft', ['reporter', ...EDITORS], { note: 'back to you' }],
  ['review', 'approved', EDITORS, {}],
  ['approved', 'draft', EDITORS, {}],
  ['approved', 'published', EDITORS, {}],
  ['approved', 'scheduled', EDITORS, { at: '2025-12-06T18:00:00+04:00' }],
  ['scheduled', 'scheduled', EDITORS, { at: '2031-01-01T00:00:00Z' }],
  ['scheduled', 'approved', EDITORS, {}],
  ['scheduled', 'published', EDITORS, {}],
  ['published', 'unpublished', ['chief', 'admin'], { reason: 'Юридическая претензия' }],
  ['unpublished', 'published', ['chief', 'admin'], {}],
  ['unpublished', 'draft', ['chief', 'admin'], {}],
];
const ROLES = ['reporter', 'other reporter', 'editor', 'az editor', 'chief', 'admin'];

describe('every role × every transition', () => {
  for (const [from, to, allowed, extra] of TABLE)
    for (const role of ROLES) {
      const ok = allowed.includes(role);
      test(`${from} → ${to} by ${role}: ${ok ? 200 : 403}`, async () => {
        const story = await api.storyIn(from, who.reporter!.actor);
        const res = await who[role]!.call('POST', `/api/stories/${story.id}/transitions`, {
          to,
          ...extra,
        });
        assert.equal(res.statusCode, ok ? 200 : 403, res.body);
        const after = await who.editor!.call('GET', `/api/stories/${story.id}`);
        assert.equal(after.json<StoryView>().status, ok ? to : from);
        if (!ok) assert.equal(res.json<{ error: string }>().error, 'forbidden');
      });
    }

  test('moves outside the workflow answer 409 invalid_transition, even for a chief', async () => {
    const story = await api.storyIn('draft', who.reporter!.actor);
    const res = await who.chief!.call('POST', `/api/stories/${story.id}/transitions`, {
      to: 'published',
    });
    assert.equal(res.statusCode, 409);
    assert.match(res.json<{ message: string }>().message, /a draft story cannot go to published/);
  });

  test('publishing: the page appears; an image without alt text is refused with 422', async () => {
    const story = await api.storyIn('approved', who.reporter!.actor);
    assert.equal((await t.lede.app.inject(story.url)).statusCode, 404);
    const res = await who.editor!.call('POST', `/api/stories/${story.id}/transitions`, {
      to: 'published',
    });
    assert.equal(res.statusCode, 200);
    assert.equal((await t.lede.app.inject(story.url)).statusCode, 200);

    const noAlt = await api.storyIn('approved', who.reporter!.actor, {
      blocks: [{ type: 'image', src: '/media/a.jpg', alt: '' }],
    });
    const refused = await who.editor!.call('POST', `/api/stories/${noAlt.id}/transitions`, {
      to: 'published',
    });
    assert.equal(refused.statusCode, 422);
    assert.deepEqual(refused.json<{ error: string; field: string }>().error, 'not_ready');
    assert.match(refused.json<{ message: string }>().message, /blocks\.0\.alt/);
  });

  test('bad transition input is 400 naming the field; no credentials is 401', async () => {
    const story = await api.storyIn('approved', who.reporter!.actor);
    const url = `/api/stories/${story.id}/transitions`;
    const past = await who.editor!.call('POST', url, {
      to: 'scheduled',
      at: '2020-01-01T00:00:00Z',
    });
    assert.equal(past.statusCode, 400);
    assert.equal(past.json<{ field: string }>().field, 'at');
    const kill = await who.chief!.call('POST', `/api/stories/${story.id}/transitions`, {
      to: 'unpublished',
    });
    assert.equal(kill.statusCode, 409, 'an approved story cannot be unpublished');
    const noReason = await api.storyIn('published', who.reporter!.actor);
    const missing = await who.chief!.call('POST', `/api/stories/${noReason.id}/transitions`, {
      to: 'unpublished',
    });
    assert.equal(missing.json<{ field: string }>().field, 'reason');
    const anon = await t.lede.app.inject({ method: 'POST', url, payload: { to: 'draft' } });
    assert.equal(anon.statusCode, 401);
  });
});

describe('create and save', () => {
  test('a page printed by `lede parse crawl` is posted as is', async () => {
    const parsed = parseCrawlPage(await readFile(INTERVIEW_FILE), {
      file: INTERVIEW_FILE,
      timeZone: 'Asia/Baku',
    });
    // The page's rubric is new here: an editor may not add it, a chief may.
    const refused = await who.editor!.call(
      'POST',
      '/api/stories',
      JSON.parse(JSON.stringify(parsed)),
    );
    assert.equal(refused.statusCode, 422, refused.body);
    assert.match(refused.json<{ message: string }>().message, /has no rubric "Энергетика"/);
    const made = await who.chief!.call('POST', '/api/rubrics', {
      edition: 'ru',
      name: 'Энергетика',
    });
    assert.equal(made.statusCode, 201, made.body);
    const res = await who.editor!.call('POST', '/api/stories', JSON.parse(JSON.stringify(parsed)));
    assert.equal(res.statusCode, 201, res.body);
    const story = res.json<StoryView>();
    assert.equal(story.status, 'draft');
    assert.equal(story.type, 'interview');
    assert.equal(res.headers.location, `/api/stories/${story.id}`);
    assert.equal(res.headers.etag, '"1"');
    assert.match(story.url, /^\/ru\/energetika\/direktor-stantsii/);
    const again = await who.editor!.call(
      'POST',
      '/api/stories',
      JSON.parse(JSON.stringify(parsed)),
    );
    assert.equal(again.statusCode, 409, 'the same source twice');
  });

  test('input errors name the field; rights are checked', async () => {
    const res = await who.reporter!.call(
      'POST',
      '/api/stories',
      storyJson({ blocks: [{ type: 'script' }] }),
    );
    assert.equal(res.statusCode, 400);
    assert.match(res.json<{ message: string }>().message, /^blocks\.0/);
    const unknown = await who.reporter!.call('POST', '/api/stories', storyJson({ colour: 'red' }));
    assert.equal(unknown.statusCode, 400);
    assert.match(unknown.json<{ message: string }>().message, /colour/);
    const az = await who.reporter!.call(
      'POST',
      '/api/stories',
      storyJson({ edition: 'az', rubric: 'İqtisadiyyat' }),
    );
    assert.equal(az.statusCode, 403);
    const anon = await t.lede.app.inject({
      method: 'POST',
      url: '/api/stories',
      payload: storyJson(),
    });
    assert.equal(anon.statusCode, 401);
  });

  test('related picks: set by id on create and save, shown with their headlines; six, or the story itself, are refused', async () => {
    const pick = (
      await who.reporter!.call('POST', '/api/stories', storyJson({ title: 'Подобранная' }))
    ).json<StoryView>();
    const res = await who.reporter!.call(
      'POST',
      '/api/stories',
      storyJson({ title: 'С подборкой', related: [pick.id] }),
    );
    assert.equal(res.statusCode, 201, res.body);
    const story = res.json<StoryView>();
    assert.deepEqual(story.related, [{ id: pick.id, edition: 'ru', title: 'Подобранная' }]);
    const six = await who.reporter!.call(
      'PATCH',
      `/api/stories/${story.id}`,
      { related: [1, 2, 3, 4, 5, 6] },
      { 'if-match': '"1"' },
    );
    assert.equal(six.statusCode, 400, six.body);
    assert.match(six.json<{ message: string }>().message, /^related: at most 5/);
    const self = await who.reporter!.call(
      'PATCH',
      `/api/stories/${story.id}`,
      { related: [story.id] },
      { 'if-match': '"1"' },
    );
    assert.equal(self.statusCode, 400, self.body);
    assert.match(self.json<{ message: string }>().message, /not related to itself/);
    const cleared = await who.reporter!.call(
      'PATCH',
      `/api/stories/${story.id}`,
      { related: [] },
      { 'if-match': '"1"' },
    );
    assert.equal(cleared.statusCode, 200, cleared.body);
    assert.deepEqual(cleared.json<StoryView>().related, []);
  });

  test('If-Match: required (428), quoted, weak or bare', async () => {
    const story = await api.storyIn('draft', who.reporter!.actor);
    const url = `/api/stories/${story.id}`;
    const none = await who.reporter!.call('PATCH', url, { lead: 'x' });
    assert.equal(none.statusCode, 428);
    let version = 1;
    for (const tag of ['"1"', 'W/"2"', '3']) {
      const res = await who.reporter!.call(
        'PATCH',
        url,
        { lead: `lead ${tag}` },
        { 'if-match': tag },
      );
      assert.equal(res.statusCode, 200, res.body);
      version += 1;
      assert.equal(res.json<StoryView>().version, version);
      assert.equal(res.headers.etag, `"${version}"`);
    }
    const bad = await who.reporter!.call('PATCH', url, { lead: 'x' }, { 'if-match': 'abc' });
    assert.equal(bad.statusCode, 400);
  });

  test('with a session cookie: a save needs the CSRF token too', async () => {
    const signed = await api.client.signIn('reporter');
    const created = await api.client.asSession(signed, 'POST', '/api/stories', storyJson());
    assert.equal(created.statusCode, 201, created.body);
    const url = `/api/stories/${created.json<StoryView>().id}`;
    const save = (csrf: string | null) =>
      t.lede.app.inject({
        method: 'PATCH',
        url,
        headers: {
          cookie: signed.cookie,
          'if-match': '"1"',
          ...(csrf ? { 'x-csrf-token': csrf } : {}),
        },
        payload: { lead: 'С сессией' },
      });
    assert.equal((await save(null)).statusCode, 403);
    const ok = await save(signed.csrf);
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json<StoryView>().lead, 'С сессией');
  });

  test('two saves from the same version: one wins, the other gets 409 with the current story', async () => {
    const story = await api.storyIn('review', who.reporter!.actor);
    const url = `/api/stories/${story.id}`;
    const [a, b] = await Promise.all([
      who.editor!.call('PATCH', url, { title: 'Заголовок редактора' }, { 'if-match': '"1"' }),
      who.chief!.call('PATCH', url, { lead: 'Лид шеф-редактора' }, { 'if-match': '"1"' }),
    ]);
    const codes = [a.statusCode, b.statusCode].sort();
    assert.deepEqual(codes, [200, 409]);
    const [won, lost] = a.statusCode === 200 ? [a, b] : [b, a];
    const conflict = lost.json<{ error: string; current: StoryView }>();
    assert.equal(conflict.error, 'conflict');
    assert.equal(conflict.current.version, 2);
    assert.deepEqual(conflict.current, won.json<StoryView>());
    // The loser merges onto the current version: both changes stand.
    const loserChange =
      lost === b ? { lead: 'Лид шеф-редактора' } : { title: 'Заголовок редактора' };
    const loser = lost === b ? who.chief! : who.editor!;
    const merged = await loser.call('PATCH', url, loserChange, { 'if-match': '"2"' });
    assert.equal(merged.statusCode, 200);
    const final = merged.json<StoryView>();
    assert.equal(final.title, 'Заголовок редактора');
    assert.equal(final.lead, 'Лид шеф-редактора');
    assert.equal(final.version, 3);
  });

  test('who may save what: reporters their drafts, editors until published, chiefs killed stories', async () => {
    const cases: [StoryStatus, string, number][] = [
      ['draft', 'reporter', 200],
      ['draft', 'other reporter', 403],
      ['review', 'reporter', 403],
      ['review', 'editor', 200],
      ['published', 'editor', 200],
      ['published', 'az editor', 403],
      ['unpublished', 'editor', 403],
      ['unpublished', 'chief', 200],
    ];
    for (const [status, role, code] of cases) {
      const story = await api.storyIn(status, who.reporter!.actor);
      const res = await who[role]!.call(
        'PATCH',
        `/api/stories/${story.id}`,
        { lead: 'Новый лид' },
        { 'if-match': '1' },
      );
      assert.equal(res.statusCode, code, `${role} saving a ${status} story: ${res.body}`);
    }
  });
});

describe('corrections, revisions, translations, presence', () => {
  test('a correction shows its note; editors may, reporters may not', async () => {
    const story = await api.storyIn('published', who.reporter!.actor);
    const url = `/api/stories/${story.id}/corrections`;
    const payload = { note: 'Исправлена дата', story: { lead: 'Верный лид.' } };
    assert.equal((await who.reporter!.call('POST', url, payload)).statusCode, 403);
    const res = await who.editor!.call('POST', url, payload);
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json<StoryView>().corrections, [
      { at: '2025-12-06T09:00:00.000Z', note: 'Исправлена дата' },
    ]);
    const stale = await who.editor!.call('POST', url, payload, { 'if-match': '1' });
    assert.equal(stale.statusCode, 409);
    const draft = await api.storyIn('draft', who.reporter!.actor);
    const notOut = await who.editor!.call('POST', `/api/stories/${draft.id}/corrections`, payload);
    assert.equal(notOut.statusCode, 409);
  });

  test('revisions are listed, read, compared and restored as a new version', async () => {
    const story = await api.storyIn('draft', who.reporter!.actor);
    const base = `/api/stories/${story.id}`;
    await who.reporter!.call(
      'PATCH',
      base,
      { title: 'Вторая версия заголовка' },
      { 'if-match': '1' },
    );
    const list = await who.editor!.call('GET', `${base}/revisions`);
    assert.deepEqual(
      list.json<{ items: { version: number }[] }>().items.map((r) => r.version),
      [2, 1],
    );
    const one = await who.editor!.call('GET', `${base}/revisions/1`);
    assert.equal(one.json<{ story: StoryView }>().story.title, story.title);
    const diff = await who.editor!.call('GET', `${base}/revisions/compare?from=1&to=2`);
    assert.deepEqual(
      diff.json<{ fields: { field: string }[] }>().fields.map((f) => f.field),
      ['title', 'slug'],
    );
    const restored = await who.reporter!.call('POST', `${base}/revisions/1/restore`, undefined, {
      'if-match': '2',
    });
    assert.equal(restored.statusCode, 200, restored.body);
    assert.equal(restored.json<StoryView>().title, story.title);
    assert.equal(restored.json<StoryView>().version, 3);
    assert.equal((await who.editor!.call('GET', `${base}/revisions/9`)).statusCode, 404);
  });

  test('a translation is a linked draft; the status lists missing and stale ones', async () => {
    const source = await api.storyIn('published', who.reporter!.actor);
    const res = await who.editor!.call('POST', `/api/stories/${source.id}/translations`, {
      edition: 'en',
    });
    assert.equal(res.statusCode, 201, res.body);
    const en = res.json<StoryView>();
    assert.deepEqual([en.edition, en.status, en.translatedFromId], ['en', 'draft', source.id]);
    assert.equal(
      (
        await who.reporter!.call('POST', `/api/stories/${source.id}/translations`, {
          edition: 'en',
        })
      ).statusCode,
      403,
    );
    const ru = await who.editor!.call('GET', '/api/translations/status?edition=ru');
    const entry = ru
      .json<{ missing: { story: { id: number }; missingIn: string[] }[] }>()
      .missing.find((m) => m.story.id === source.id);
    assert.deepEqual(entry?.missingIn, ['az']);
    await who.editor!.call(
      'PATCH',
      `/api/stories/${source.id}`,
      { lead: 'Новое' },
      { 'if-match': '1' },
    );
    const status = await who.editor!.call('GET', '/api/translations/status?edition=en');
    assert.deepEqual(
      status.json<{ stale: { story: { id: number } }[] }>().stale.map((s) => s.story.id),
      [en.id],
    );
  });

  test('presence: each editor sees who else has the story open', async () => {
    const story = await api.storyIn('draft', who.reporter!.actor);
    const url = `/api/stories/${story.id}/presence`;
    assert.deepEqual(
      (await who.reporter!.call('POST', url, {})).json<{ others: unknown[] }>().others,
      [],
    );
    const seen = await who.editor!.call('POST', url, {});
    assert.deepEqual(
      seen.json<{ others: { userId: number }[] }>().others.map((o) => o.userId),
      [who.reporter!.actor.id],
    );
    await who.reporter!.call('POST', url, { leave: true });
    assert.deepEqual(
      (await who.editor!.call('POST', url)).json<{ others: unknown[] }>().others,
      [],
    );
  });

  test('desk lists filter over HTTP', async () => {
    const res = await who.reporter!.call('GET', '/api/stories?mine=1&status=draft,review&limit=5');
    assert.equal(res.statusCode, 200);
    const page = res.json<{ items: StoryView[]; total: number }>();
    assert.ok(page.items.length > 0);
    assert.ok(
      page.items.every(
        (s) => s.createdBy === who.reporter!.actor.id && ['draft', 'review'].includes(s.status),
      ),
    );
    assert.equal((await who.reporter!.call('GET', '/api/stories?status=nope')).statusCode, 400);
    assert.equal((await t.lede.app.inject('/api/stories')).statusCode, 401);
  });
});
