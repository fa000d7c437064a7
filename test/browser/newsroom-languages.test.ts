// The checks of the newsroom's phone-and-speed issue in each interface language (az, ru, en):
// an embargo set in the interface keeps the story off the site until its time, the revision
// comparison shows a question as a question, the translations panel offers only the missing
// editions, and times read with Lede's own month names.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { SYSTEM } from '../../src/domain/actor.js';
import type { User } from '../../src/domain/user.js';
import { addUser } from '../../src/operations/add-user.js';
import { formatTime } from '../../src/newsroom/client/format.js';
import { translator, UI_LANGUAGES, type UiLanguage } from '../../src/newsroom/client/i18n/index.js';
import {
  apiFromPage,
  fetchUntilShown,
  fillAgencyTime,
  PASSWORD,
  signIn,
  useNewsroomInChromium,
  type Newsroom,
} from './newsroom-support.js';

let newsroom: Newsroom;
let browser: Browser;
useNewsroomInChromium((n, b) => {
  newsroom = n;
  browser = b;
});

/** An editor of every edition working in the interface language (made on first use). */
const editors = new Map<UiLanguage, Promise<User>>();
function editorOf(language: UiLanguage): Promise<User> {
  if (!editors.has(language))
    editors.set(
      language,
      addUser(newsroom.t.lede.deps, SYSTEM, {
        email: `editor-${language}@agency.example`,
        name: `Editor ${language}`,
        role: 'editor',
        editions: ['az', 'ru', 'en'],
        uiLanguage: language,
        password: PASSWORD,
      }).then((r) => r.user),
    );
  return editors.get(language)!;
}

const turn = (type: 'question' | 'answer', text: string, speaker?: string) => ({
  type,
  ...(speaker ? { speaker } : {}),
  content: [{ type: 'paragraph', content: [{ text }] }],
});

async function newStory(page: Page, title: string, blocks: unknown[]): Promise<number> {
  const made = await apiFromPage(page, 'POST', '/api/stories', {
    edition: 'ru',
    type: blocks.length > 1 ? 'interview' : 'news',
    title,
    rubric: 'Политика',
    lead: 'Лид.',
    blocks,
  });
  assert.equal(made.status, 201, JSON.stringify(made.body));
  return made.body.id as number;
}

/** A PATCH of the story at `version` from the page (its session and CSRF token). */
function patchStory(page: Page, id: number, version: number, body: object): Promise<number> {
  return page.evaluate(
    async ({ id, version, body }) => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const res = await fetch(`/api/stories/${id}`, {
        method: 'PATCH',
        headers: {
          'content-type': 'application/json',
          'x-csrf-token': me.csrfToken,
          'if-match': `"${version}"`,
        },
        body: JSON.stringify(body),
      });
      return res.status;
    },
    { id, version, body },
  );
}

test('revisions, translations and dates read in each interface language', async () => {
  for (const language of UI_LANGUAGES) {
    const t = translator(language);
    const { page, errors, context } = await signIn(
      browser,
      newsroom.origin,
      await editorOf(language),
    );
    await page.setViewportSize({ width: 390, height: 844 });

    // The revision comparison: a question stays a question, named in the interface language.
    const id = await newStory(page, `Интервью ${language}`, [
      turn('question', 'Каковы планы?'),
      turn('answer', 'Большие.', 'Иван Петров'),
    ]);
    const blocks = [
      turn('question', 'Каковы планы на год?'),
      turn('answer', 'Большие.', 'Иван Петров'),
    ];
    assert.equal(await patchStory(page, id, 1, { title: `Интервью ${language}!`, blocks }), 200);
    await page.goto(`${newsroom.origin}/newsroom/stories/${id}`);
    await page.click('[data-testid=open-revisions]');
    const dialog = page.locator('[data-testid=revisions-dialog]');
    await dialog.locator('tr[data-version="2"]').waitFor();
    await dialog.locator('tr[data-version="1"] input').check();
    await dialog.locator('tr[data-version="2"] input').check();
    await dialog.getByRole('button', { name: t('revisions.compare') }).click();
    const diff = dialog.locator('[data-testid=revision-diff]');
    await diff.waitFor();
    const labels = await diff.locator('.diff-label').allTextContents();
    assert.ok(labels.includes(t('story.headline')), `${language}: ${labels.join(', ')}`);
    assert.equal(
      await diff.locator('ins [data-block-type=question] .diff-block-kind').textContent(),
      t('toolbar.question'),
    );
    assert.equal(
      await diff.locator('ins [data-block-type=question] .diff-block-text').textContent(),
      'Каковы планы на год?',
    );
    await dialog.locator('.dialog-head button').click();

    // The translations panel: the stale translation says since which version, only the missing
    // edition is offered.
    const translated = await apiFromPage(page, 'POST', `/api/stories/${id}/translations`, {
      edition: 'az',
    });
    assert.equal(translated.status, 201, JSON.stringify(translated.body));
    assert.equal(await patchStory(page, id, 2, { lead: 'Новый лид.' }), 200);
    await page.goto(`${newsroom.origin}/newsroom/stories/${id}`);
    const panel = page.locator('[data-testid=translations-panel]');
    await panel.locator('li[data-edition=az]').waitFor();
    const azRow = panel.locator('li[data-edition=az]');
    assert.equal(await azRow.getAttribute('data-state'), 'stale');
    const staleSince = t('translate.staleSince', { n: '{n}' })
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace('\\{n\\}', '\\d+');
    assert.match((await azRow.textContent()) ?? '', new RegExp(staleSince), language);
    assert.deepEqual(
      await panel
        .locator('[data-translate]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-translate'))),
      ['en'],
    );

    // Dates on the desk: Lede's month names of the language, never the browser's "M12".
    const story = (await apiFromPage(page, 'GET', `/api/stories/${id}`)).body;
    await page.goto(`${newsroom.origin}/newsroom/`);
    const updated = page.locator(`tr[data-story-id="${id}"] td`).last();
    await updated.waitFor();
    const shown = (await updated.textContent()) ?? '';
    assert.equal(shown, formatTime(story.updatedAt as string, language));
    assert.match(shown, /^\d{2} \p{L}+ \d{2}:\d{2}$/u, `${language}: ${shown}`);
    assert.deepEqual(errors, [], language);
    await context.close();
  }
});

test('an embargo set in each interface language keeps its story off the site until its time', async () => {
  const until = new Date(Math.ceil((Date.now() + 30_000) / 1000) * 1000);
  const urls: string[] = [];
  for (const language of UI_LANGUAGES) {
    const t = translator(language);
    const { page, errors, context } = await signIn(
      browser,
      newsroom.origin,
      await editorOf(language),
    );
    await page.setViewportSize({ width: 390, height: 844 });
    const title = `Эмбарго ${language}`;
    const id = await newStory(page, title, [
      { type: 'paragraph', content: [{ text: 'Текст под эмбарго.' }] },
    ]);
    for (const to of ['review', 'approved'])
      assert.equal(
        (await apiFromPage(page, 'POST', `/api/stories/${id}/transitions`, { to })).status,
        200,
      );
    await page.goto(`${newsroom.origin}/newsroom/stories/${id}`);
    const panel = page.locator('[data-testid=workflow-panel]');
    await panel.waitFor();
    await fillAgencyTime(page, 'embargo-at', until);
    await panel.getByRole('button', { name: t('embargo.set'), exact: true }).click();
    await panel.locator('.embargo-state.is-active').waitFor();
    await page.click('[data-transition=publish]');
    const confirm = page.locator('[data-testid=publish-dialog]');
    await confirm.waitFor();
    await confirm.getByRole('button', { name: t('workflow.publishConfirm'), exact: true }).click();
    await panel.locator('[data-status=published]').waitFor();
    const story = (await apiFromPage(page, 'GET', `/api/stories/${id}`)).body;
    assert.equal(story.embargoUntil, until.toISOString(), language);
    const url = `${newsroom.origin}${story.url as string}`;
    assert.equal((await fetch(url)).status, 404, `${language}: under embargo the site hides it`);
    urls.push(url);

    await page.goto(`${newsroom.origin}/newsroom/`);
    assert.equal(
      await page.locator(`tr[data-story-id="${id}"] [data-testid=desk-embargo]`).textContent(),
      ` · ${t('desk.embargo', { time: formatTime(until.toISOString(), language) })}`,
    );
    assert.deepEqual(errors, [], language);
    await context.close();
  }
  // The app's clock moves on past the embargo's end rather than the test waiting for it.
  newsroom.passTime(new Date(until.getTime() + 1000));
  for (const url of urls) assert.equal((await fetchUntilShown(url)).status, 200, url);
});
