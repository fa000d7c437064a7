// Two-step sign-in in Chromium: an admin turns it on from the account page (QR, key, first code,
// recovery codes) at 1366 px and signs in again with a code; a reporter whose role requires it
// enrols on a 390 px phone, in Russian, before anything else.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { SYSTEM } from '../../src/domain/actor.js';
import { addUser } from '../../src/operations/add-user.js';
import { setTwoFactorRoles } from '../../src/operations/two-factor.js';
import { totpCode } from '../../src/platform/totp.js';
import { PASSWORD, useNewsroomInChromium, type Newsroom } from './newsroom-support.js';

let newsroom: Newsroom;
let browser: Browser;
useNewsroomInChromium((n, b) => {
  newsroom = n;
  browser = b;
});

/** The code an authenticator app shows `ahead` steps from now (the step of enrolment is used up). */
const code = (secret: string, ahead = 1) =>
  totpCode(secret, Math.floor(Date.now() / 1000) + 30 * ahead);

async function openAt(width: number, height: number, locale: string) {
  const context = await browser.newContext({ viewport: { width, height }, locale });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

async function password(page: Page, email: string) {
  await page.goto(`${newsroom.origin}/newsroom/`);
  await page.fill('#login-email', email);
  await page.fill('#login-password', PASSWORD);
  await page.click('[data-testid=login-form] button[type=submit]');
}

async function noSidewaysScroll(page: Page, width: number) {
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scroll <= width, `page is ${scroll} px wide at ${width} px`);
}

/** Turns two-step sign-in on in the open enrolment; answers the key and the recovery codes. */
async function enrol(page: Page, labels: { start: string; confirm: string; saved: string }) {
  await page.getByRole('button', { name: labels.start }).click();
  const qr = page.locator('[data-testid=two-factor-qr]');
  await qr.waitFor();
  assert.ok(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0));
  const secret = (await page.locator('[data-testid=two-factor-key]').innerText()).replace(
    /\s/g,
    '',
  );
  assert.match(secret, /^[A-Z2-7]{32}$/);
  await page.fill('#two-factor-code', await code(secret, 0));
  await page.getByRole('button', { name: labels.confirm }).click();
  const list = page.locator('[data-testid=recovery-codes] li');
  await list.first().waitFor();
  const codes = await list.allInnerTexts();
  assert.equal(codes.length, 10);
  return { secret, codes, done: () => page.getByRole('button', { name: labels.saved }).click() };
}

describe('two-step sign-in in the newsroom', () => {
  test('an admin turns it on at 1366 px and signs in with a code from the app', async () => {
    await addUser(newsroom.t.lede.deps, SYSTEM, {
      email: 'admin2fa@agency.example',
      name: 'Rauf Hüseynov',
      role: 'admin',
      editions: [],
      uiLanguage: 'en',
      password: PASSWORD,
    });
    const { context, page, errors } = await openAt(1366, 900, 'en-GB');
    await password(page, 'admin2fa@agency.example');
    // The account is under "More" in the top navigation.
    await page.getByRole('button', { name: 'More', exact: true }).click();
    await page.getByRole('link', { name: 'Account' }).click();
    await page.getByRole('heading', { name: 'Your account' }).waitFor();
    const { secret, done } = await enrol(page, {
      start: 'Turn on two-step sign-in',
      confirm: 'Confirm',
      saved: 'I have saved them',
    });
    await noSidewaysScroll(page, 1366);
    await done();
    await page.getByText('On. Recovery codes left: 10.').waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await password(page, 'admin2fa@agency.example');
    await page.getByRole('heading', { name: 'Two-step sign-in' }).waitFor();
    await page.fill('#login-code', '000000');
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByText('The code is not right, was used already or has expired.').waitFor();
    await page.fill('#login-code', await code(secret));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.waitForSelector('[data-testid=who]');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a reporter whose role requires it enrols on a phone before anything else', async () => {
    await setTwoFactorRoles(newsroom.t.lede.deps, SYSTEM, ['reporter']);
    try {
      const { context, page, errors } = await openAt(390, 844, 'ru-RU');
      await password(page, newsroom.users.reporter.email);
      await page.locator('[data-testid=enrol-required]').waitFor();
      await page.getByText('Для вашей роли нужен двухэтапный вход.', { exact: false }).waitFor();
      assert.equal(await page.locator('[data-testid=who]').count(), 0, 'no desk yet');
      const { codes, done } = await enrol(page, {
        start: 'Включить двухэтапный вход',
        confirm: 'Подтвердить',
        saved: 'Я сохранил(а) коды',
      });
      await noSidewaysScroll(page, 390);
      const saved = page.getByRole('button', { name: 'Я сохранил(а) коды' });
      const box = await saved.boundingBox();
      assert.ok(box && box.height >= 44, `the button is ${box?.height} px high`);
      await done();
      await page.waitForSelector('[data-testid=who]');

      // A recovery code signs in once, on the phone too.
      await page.getByRole('button', { name: 'Выйти' }).click();
      await password(page, newsroom.users.reporter.email);
      await page.fill('#login-code', codes[0]!);
      await page.getByRole('button', { name: 'Подтвердить' }).click();
      await page.waitForSelector('[data-testid=who]');
      await noSidewaysScroll(page, 390);
      assert.deepEqual(errors, []);
      await context.close();
    } finally {
      await setTwoFactorRoles(newsroom.t.lede.deps, SYSTEM, []);
    }
  });
});
