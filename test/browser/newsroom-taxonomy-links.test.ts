// Linking rubrics and tags across editions on a phone, and their names in the interface language
// wherever the newsroom lists them (desk filter and table, story form), with the demo's links.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { ensureRubric, ensureTag } from '../../src/operations/taxonomy.js';
import { signIn, useNewsroomInChromium, type Newsroom } from './newsroom-support.js';

let newsroom: Newsroom;
let browser: Browser;
useNewsroomInChromium((n, b) => {
  newsroom = n;
  browser = b;
});

/** The names under a row of the taxonomy table, each with its language: "ru Здравоохранение". */
function linkedNames(page: Page, row: string): Promise<string[]> {
  return page.$$eval(`${row} [data-testid=linked-names] [lang]`, (names) =>
    names.map((n) => `${n.getAttribute('lang')} ${n.textContent}`),
  );
}

test('a chief links a rubric and a tag with their counterparts at 390 px, sees the links and unlinks', async () => {
  const { store } = newsroom.t.lede.deps;
  const az = await ensureRubric(store, 'az', 'Səhiyyə');
  const ru = await ensureRubric(store, 'ru', 'Здравоохранение');
  const en = await ensureRubric(store, 'en', 'Health');
  const tagAz = await ensureTag(store, 'az', 'Peyvənd');
  const tagRu = await ensureTag(store, 'ru', 'Вакцинация');

  // The chief's interface is Azerbaijani; the screen opens on the Azerbaijani edition.
  const { context, page, errors } = await signIn(browser, newsroom.origin, newsroom.users.chief);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${newsroom.origin}/newsroom/taxonomy`);
  const row = `tr[data-rubric="${az.slug}"]`;
  await page.locator(row).waitFor();
  assert.deepEqual(await linkedNames(page, row), [], 'not linked yet');
  // A demo rubric is linked already: its Russian and English names show under it.
  assert.deepEqual(await linkedNames(page, 'tr[data-rubric=iqtisadiyyat]'), [
    'ru Экономика',
    'en Economy',
  ]);

  await page.locator(`${row} .guard-actions button`).first().click();
  const dialog = page.locator('[data-testid=links-dialog]');
  await dialog.waitFor();
  assert.match((await dialog.locator('h2').textContent()) ?? '', /Səhiyyə/);
  await dialog.locator(`#link-rubric-${az.id}-ru`).selectOption(String(ru.id));
  await dialog.locator(`#link-rubric-${az.id}-en`).selectOption(String(en.id));
  // The dialog at 390 px: nothing wider than the window, fingertip-sized controls.
  const [scrollWidth, innerWidth] = await page.evaluate(() => [
    document.scrollingElement!.scrollWidth,
    window.innerWidth,
  ]);
  assert.ok(scrollWidth <= innerWidth, `${scrollWidth} px in ${innerWidth} px`);
  for (const control of await dialog.locator('select, button').all()) {
    const box = await control.boundingBox();
    assert.ok(box && box.height >= 43.5, `${await control.innerText()}: ${box?.height} px`);
  }
  await page.screenshot({ path: '/tmp/links-390.png' });
  await dialog.locator('button[type=submit]').click();
  await dialog.waitFor({ state: 'detached' });
  await page.waitForFunction(
    (row) => document.querySelectorAll(`${row} [data-testid=linked-names] li`).length === 2,
    row,
  );
  assert.deepEqual(await linkedNames(page, row), ['ru Здравоохранение', 'en Health']);
  const key = (await store.taxonomy.findRubricById(az.id))?.key;
  assert.ok(key);
  assert.equal((await store.taxonomy.findRubricById(en.id))?.key, key);

  // Unlinking from the English edition's screen leaves the other two linked.
  await page.locator('.taxonomy .segmented button').nth(2).click();
  const enRow = `tr[data-rubric="${en.slug}"]`;
  await page.locator(`${enRow} [data-testid=linked-names]`).waitFor();
  await page.locator(`${enRow} .guard-actions button`).first().click();
  await dialog.locator('button', { hasText: 'Əlaqəni sil' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.locator(`${enRow} [data-testid=linked-names]`).waitFor({ state: 'detached' });
  assert.equal((await store.taxonomy.findRubricById(en.id))?.key, undefined);
  assert.equal((await store.taxonomy.findRubricById(ru.id))?.key, key);

  // A tag: typed by name in the other edition; a name the edition has not is refused.
  await page.locator('.taxonomy .segmented button').nth(0).click();
  await page.locator('.taxonomy [role=tab]').nth(1).click();
  await page.locator('.taxonomy input[type=search]').fill('Peyvənd');
  const tagRow = `tr[data-tag="${tagAz.slug}"]`;
  await page.locator(tagRow).waitFor();
  // The tag's current links come late (a slow line): what the editor types before they arrive
  // stays in its field (it used to be replaced by the loaded links).
  const links = `**/api/tags/${tagAz.id}/links`;
  let release!: () => void;
  const arrived = new Promise<void>((resolve) => (release = resolve));
  await page.route(links, async (route) => {
    if (route.request().method() !== 'GET') return route.continue();
    await arrived;
    await route.continue();
  });
  const loaded = page.waitForResponse(
    (r) => r.url().endsWith(`/api/tags/${tagAz.id}/links`) && r.request().method() === 'GET',
  );
  await page.locator(`${tagRow} .guard-actions button`).first().click();
  await dialog.locator(`#link-tag-${tagAz.id}-ru`).fill('Прививки');
  release();
  await (await loaded).finished();
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  assert.equal(await dialog.locator(`#link-tag-${tagAz.id}-ru`).inputValue(), 'Прививки');
  await page.unroute(links);
  await dialog.locator('button[type=submit]').click();
  await dialog.locator('[role=alert]').waitFor();
  assert.match(
    (await dialog.locator('[role=alert]').textContent()) ?? '',
    /“Rusca” versiyasında “Прививки” teqi yoxdur/,
  );
  await dialog.locator(`#link-tag-${tagAz.id}-ru`).fill('вакцинация');
  await dialog.locator('button[type=submit]').click();
  await dialog.waitFor({ state: 'detached' });
  await page.locator(`${tagRow} [data-testid=linked-names]`).waitFor();
  assert.deepEqual(await linkedNames(page, tagRow), ['ru Вакцинация']);
  assert.equal(
    (await store.taxonomy.findTagById(tagRu.id))?.key,
    (await store.taxonomy.findTagById(tagAz.id))?.key,
  );
  const audit = await store.audit.list({ limit: 5 });
  assert.deepEqual(
    audit.slice(0, 3).map((e) => e.action),
    ['tag.link', 'rubric.link', 'rubric.link'],
  );

  // The screen at 1366 px with the demo's links, for a person to look at.
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.locator('.taxonomy [role=tab]').nth(0).click();
  await page.locator('tr[data-rubric=iqtisadiyyat] [data-testid=linked-names]').waitFor();
  await page.screenshot({ path: '/tmp/links-1366.png' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('in the Russian interface the desk and the story form name linked rubrics and tags in Russian', async () => {
  const { context, page, errors } = await signIn(browser, newsroom.origin, newsroom.users.editor);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${newsroom.origin}/newsroom/`);
  await page.locator('[data-testid=story-table]').waitFor();
  // "All rubrics" across editions: the Russian names, never the Azerbaijani ones.
  const filter = page.locator('.filters select').nth(1);
  await page.waitForFunction(
    () => document.querySelectorAll('.filters select')[1]!.querySelectorAll('option').length > 5,
  );
  const options = await filter.locator('option').allInnerTexts();
  assert.ok(options.includes('Экономика'), options.join(' | '));
  assert.ok(options.includes('— Внешняя политика'), options.join(' | '));
  assert.ok(!options.some((o) => /İqtisadiyyat|Siyasət|Economy/.test(o)), options.join(' | '));

  // An Azerbaijani story on the desk shows its rubric in Russian.
  await page.selectOption('.filters select >> nth=0', 'az');
  const azRow = page.locator('[data-testid=story-table] tbody tr').first();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-testid=story-table] tbody .edition-code')].every(
      (e) => e.textContent === 'az',
    ),
  );
  const rubric = (await azRow.locator('td.clip').first().textContent()) ?? '';
  assert.match(rubric, /^[А-Яа-яЁё /]+$/, `an az story's rubric in Russian: ${rubric}`);

  // The story form of that story: rubric and tag choices say the Russian name beside the value.
  await azRow.locator('.col-headline a').click();
  await page.locator('#story-tag-list').waitFor({ state: 'attached' });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('#story-tag-list option')].some((o) => o.getAttribute('label')),
  );
  const labels = await page.$$eval('#story-tag-list option', (list) =>
    list.map((o) => [o.getAttribute('value'), o.getAttribute('label')]),
  );
  assert.ok(
    labels.some(([value, label]) => value === 'Xəzər dənizi' && label === 'Каспийское море'),
    JSON.stringify(labels.slice(0, 10)),
  );
  const rubricLabels = await page.$$eval(
    '#story-rubric-list option, #story-rubric option',
    (list) => list.map((o) => o.getAttribute('label') ?? o.textContent),
  );
  assert.ok(
    rubricLabels.some((l) => l?.includes('Экономика')),
    JSON.stringify(rubricLabels),
  );
  assert.deepEqual(errors, []);
  await context.close();
});
