// The audit log screen in Chromium: an admin reads who did what (a story an editor made, a sign-in), filters and pages it; a reporter cannot.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { SYSTEM } from '../../src/domain/actor.js';
import type { User } from '../../src/domain/user.js';
import { addUser } from '../../src/operations/add-user.js';
import { launchChromium } from './browser-support.js';
import { apiFromPage, PASSWORD, signIn, startNewsroom, type Newsroom } from './newsroom-support.js';

const TITLE = 'Журнал: министр посетил Гянджу';

let newsroom: Newsroom;
let browser: Browser;
let admin: User;
let storyId = 0;

before(async () => {
  newsroom = await startNewsroom();
  browser = await launchChromium();
  admin = (
    await addUser(newsroom.t.lede.deps, SYSTEM, {
      email: 'admin@agency.example',
      name: 'Rauf Hüseynov',
      role: 'admin',
      editions: [],
      uiLanguage: 'en',
      password: PASSWORD,
    })
  ).user;
});

after(async () => {
  await browser?.close();
  await newsroom?.stop();
});

const table = (page: Page) => page.locator('[data-testid=audit-table]');
const rows = (page: Page) => table(page).locator('tbody tr');
const auditIds = (page: Page) =>
  rows(page).evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-audit-id'))));

/** How the screen shows an instant in English: "06 December 23:04:05", in Baku, the year when not this one. */
function bakuTime(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Baku',
    year: 'numeric',
    month: 'long',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const thisYear = new Date().toLocaleString('en-GB', { timeZone: 'Asia/Baku', year: 'numeric' });
  const day = `${part('day')} ${part('month')}${part('year') === thisYear ? '' : `, ${part('year')}`}`;
  return `${day} ${part('hour')}:${part('minute')}:${part('second')}`;
}

describe('the audit log', () => {
  test('an editor makes a story through the API', async () => {
    const { page, context, errors } = await signIn(browser, newsroom.origin, newsroom.users.editor);
    // More stories than one page holds, for the paging below; the one the test follows comes last.
    const statuses = await page.evaluate(async () => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const out: number[] = [];
      for (let i = 1; i <= 55; i++) {
        const res = await fetch('/api/stories', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
          body: JSON.stringify({
            edition: 'az',
            type: 'news',
            title: `Jurnal ${i}`,
            rubric: 'Siyasət',
            lead: '',
            blocks: [],
          }),
        });
        out.push(res.status);
      }
      return out;
    });
    assert.deepEqual(
      [...new Set(statuses)],
      [201],
      `story creation answered ${statuses.join(',')}`,
    );
    const made = await apiFromPage(page, 'POST', '/api/stories', {
      edition: 'ru',
      type: 'news',
      title: TITLE,
      rubric: 'Политика',
      lead: '',
      blocks: [],
    });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    storyId = made.body.id as number;
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the admin finds it on the audit screen, with their own sign-in', async () => {
    const { page, context, errors } = await signIn(browser, newsroom.origin, admin, 'en-GB');
    const link = page.locator('.main-nav a[href="/newsroom/audit"]');
    assert.equal(await link.textContent(), 'Audit log');
    // The audit log is under "More" in the top navigation.
    await page.click('[data-testid=nav-more]');
    await link.click();
    await page.waitForURL(`${newsroom.origin}/newsroom/audit`);
    assert.equal(await link.getAttribute('aria-current'), 'page');
    await table(page).waitFor();
    assert.equal(await page.locator('h1').textContent(), 'Audit log');

    const created = rows(page).filter({
      has: page.locator(`a[href="/newsroom/stories/${storyId}"]`),
    });
    assert.equal(await created.count(), 1);
    assert.equal(await created.getAttribute('data-action'), 'story.create');
    const cells = (await created.locator('td').allTextContents()).map((s) => s.trim());
    const at = (await created.locator('time').getAttribute('datetime'))!;
    assert.deepEqual(cells, [
      bakuTime(at),
      'Тимур Алиханов',
      'Created the story',
      `#${storyId} ${TITLE}`,
      'ru',
      '—',
    ]);
    assert.ok(Math.abs(Date.parse(at) - Date.now()) < 120_000, at);

    const login = rows(page)
      .filter({ hasText: 'Rauf Hüseynov' })
      .and(page.locator('[data-action=login]'));
    assert.equal(await login.count(), 1);
    assert.match((await login.textContent()) ?? '', /Signed in/);

    // Newest first.
    const ids = await auditIds(page);
    assert.deepEqual(
      ids,
      [...ids].sort((a, b) => b - a),
    );

    // The action in the interface language.
    await page.selectOption('[data-testid=language-picker]', 'az');
    await created.locator('td', { hasText: 'Material yaratdı' }).waitFor();
    await page.selectOption('[data-testid=language-picker]', 'en');
    await created.locator('td', { hasText: 'Created the story' }).waitFor();

    // The story link opens the story in the newsroom.
    await created.locator('a').click();
    await page.waitForURL(`${newsroom.origin}/newsroom/stories/${storyId}`);
    await page.locator('[data-testid=body-editor]').waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('filters by action, story and edition, and pages to older entries', async () => {
    const { page, context, errors } = await signIn(browser, newsroom.origin, admin, 'en-GB');
    await page.goto(`${newsroom.origin}/newsroom/audit`);
    await table(page).waitFor();

    await page.selectOption('[data-testid=audit-action]', 'story.create');
    await page.waitForURL(/\/newsroom\/audit\?action=story\.create$/);
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid=audit-table] tbody tr').length === 50,
    );
    const actions = await rows(page).evaluateAll((trs) =>
      trs.map((tr) => tr.getAttribute('data-action')),
    );
    assert.deepEqual([...new Set(actions)], ['story.create']);
    const first = await auditIds(page);

    await page.click('[data-testid=audit-older]');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid=audit-table] tbody tr').length > 50,
    );
    const all = await auditIds(page);
    assert.deepEqual(all.slice(0, 50), first);
    assert.equal(new Set(all).size, all.length);
    assert.deepEqual(
      all,
      [...all].sort((a, b) => b - a),
    );
    assert.ok(all.length >= 56, `${all.length} story.create entries`);

    await page.fill('[data-testid=audit-story-id]', String(storyId));
    await page.press('[data-testid=audit-story-id]', 'Enter');
    await page.waitForURL(new RegExp(`storyId=${storyId}`));
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid=audit-table] tbody tr').length === 1,
    );
    assert.equal(await page.locator('[data-testid=audit-older]').count(), 0);

    await page.selectOption('[data-testid=audit-edition]', 'az');
    await page.locator('.audit .empty-state', { hasText: 'No entries match.' }).waitFor();

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForURL(`${newsroom.origin}/newsroom/audit`);
    await table(page).waitFor();
    assert.equal(await page.locator('[data-testid=audit-action]').inputValue(), '');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a reporter has no link to it, the screen says so, and the API answers 403', async () => {
    const { page, context, errors } = await signIn(
      browser,
      newsroom.origin,
      newsroom.users.reporter,
    );
    assert.equal(await page.locator('a[href="/newsroom/audit"]').count(), 0);
    const answer = await apiFromPage(page, 'GET', '/api/audit');
    assert.equal(answer.status, 403);
    assert.equal(answer.body.error, 'forbidden');
    await page.goto(`${newsroom.origin}/newsroom/audit`);
    await page
      .locator('.empty-state', { hasText: 'Журнал действий доступен только администраторам.' })
      .waitFor();
    assert.equal(await page.locator('[data-testid=audit-table]').count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
