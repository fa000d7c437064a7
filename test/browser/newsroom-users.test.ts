// The Users screen in Chromium: an administrator adds an account and hands over its set-password
// link, the person sets a password and signs in, the admin changes the role and disables the
// account (which signs the person out for good); editors see no Users entry.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { SYSTEM } from '../../src/domain/actor.js';
import type { User } from '../../src/domain/user.js';
import { formatTime } from '../../src/newsroom/client/format.js';
import { addUser } from '../../src/operations/add-user.js';
import {
  apiFromPage,
  PASSWORD,
  signIn,
  useNewsroomInChromium,
  type Newsroom,
} from './newsroom-support.js';

let newsroom: Newsroom;
let browser: Browser;
let admin: User;
useNewsroomInChromium((n, b) => {
  newsroom = n;
  browser = b;
});

/** The administrator of these tests, added once. */
async function theAdmin(): Promise<User> {
  admin ??= (
    await addUser(newsroom.t.lede.deps, SYSTEM, {
      email: 'admin@agency.example',
      name: 'Rəşad Quliyev',
      role: 'admin',
      editions: [],
      uiLanguage: 'en',
      password: PASSWORD,
    })
  ).user;
  return admin;
}

/** LEDE_SHOTS=folder keeps pictures of the screen, to look at while working on the layout. */
async function shot(page: Page, name: string): Promise<void> {
  if (process.env.LEDE_SHOTS)
    await page.screenshot({ path: `${process.env.LEDE_SHOTS}/users-${name}.png`, fullPage: true });
}

/** The error sentence shown under a field of the account dialog. */
function fieldError(page: Page, id: string) {
  return page.locator(`[data-testid=user-dialog] .field:has(#${id}) .error`);
}

function row(page: Page, email: string) {
  return page.locator(`[data-testid=users-table] tr[data-user="${email}"]`);
}

for (const width of [1366, 390])
  test(`at ${width} px an admin adds a user, who sets a password by the link; the role changes; disabled, the user cannot sign in`, async () => {
    const email = `nigar-${width}@agency.example`;
    const { context, page, errors } = await signIn(
      browser,
      newsroom.origin,
      await theAdmin(),
      'en-GB',
    );
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: newsroom.origin,
    });
    await page.setViewportSize({ width, height: 844 });

    // From the navigation ("More") to the screen; the list holds every account.
    await page.click('[data-testid=nav-more]');
    await page.click('.main-nav a:text-is("Users")');
    await page.locator('[data-testid=users-table]').waitFor();
    assert.equal(new URL(page.url()).pathname, '/newsroom/users');
    assert.match((await row(page, 'editor@agency.example').textContent()) ?? '', /Editor/);
    await shot(page, `list-${width}`);

    // The API's objections, one at a time, beside the field they concern.
    await page.click('[data-testid=add-user]');
    const dialog = page.locator('[data-testid=user-dialog]');
    await dialog.waitFor();
    await page.fill('#user-email', 'nigar at agency');
    await dialog.locator('button[type=submit]').click();
    await fieldError(page, 'user-email').waitFor();
    assert.match((await fieldError(page, 'user-email').textContent()) ?? '', /whole email address/);
    await page.fill('#user-email', email);
    await dialog.locator('button[type=submit]').click();
    await fieldError(page, 'user-name').waitFor();
    assert.equal(await fieldError(page, 'user-name').textContent(), 'Write the person’s name.');
    assert.equal(await fieldError(page, 'user-email').count(), 0);
    await page.fill('#user-name', 'Nigar Həsənova');
    await page.selectOption('#user-role', 'reporter');
    await dialog.locator('button[type=submit]').click();
    await page
      .locator('.user-editions .error:text("Reporters and editors need at least one edition.")')
      .waitFor();
    await shot(page, `add-errors-${width}`);
    await page.check('.user-editions input[value=ru]');
    await page.fill('#user-email', 'editor@agency.example');
    await dialog.locator('button[type=submit]').click();
    await page
      .locator(
        '[data-testid=user-dialog] .error:text("An account with this email exists already.")',
      )
      .waitFor();
    await page.fill('#user-email', email);
    await page.selectOption('#user-language', 'az');
    await dialog.locator('button[type=submit]').click();

    // The one-time link, with a copy button and when it stops working.
    const linkDialog = page.locator('[data-testid=set-password-link-dialog]');
    await linkDialog.waitFor();
    const link = await page.inputValue('#set-password-link');
    assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/newsroom\/set-password\?token=.+/);
    assert.match(
      (await page.textContent('[data-testid=link-expires]')) ?? '',
      /^It works until \d\d (January|February|March|April|May|June|July|August|September|October|November|December)/,
    );
    await shot(page, `link-${width}`);
    await page.click('[data-testid=copy-link]');
    await linkDialog.locator('[role=status]:text("The link is copied.")').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
    await linkDialog.locator('button[type=submit]').click();
    await linkDialog.waitFor({ state: 'detached' });
    const added = row(page, email);
    assert.match(
      (await added.textContent()) ?? '',
      /Reporter.*ru.*Azərbaycanca.*Active.*Password not set yet/s,
    );

    // The person opens the link, chooses a password and signs in.
    const guest = await browser.newContext({ viewport: { width, height: 844 }, locale: 'az-AZ' });
    const person = await guest.newPage();
    await person.goto(link);
    await person.fill('#new-password', 'bir iki üç dörd beş');
    await person.fill('#new-password-repeat', 'bir iki üç dörd');
    await person.click('[data-testid=set-password-form] button[type=submit]');
    await person.locator('.field:has(#new-password-repeat) .error').waitFor();
    await person.fill('#new-password-repeat', 'bir iki üç dörd beş');
    await person.click('[data-testid=set-password-form] button[type=submit]');
    await person.locator('[data-testid=set-password-done]').waitFor();
    await person.click('a[href="/newsroom/login"]');
    await person.fill('#login-email', email);
    await person.fill('#login-password', 'bir iki üç dörd beş');
    await person.click('[data-testid=login-form] button[type=submit]');
    await person.locator('[data-testid=who]:has-text("Nigar Həsənova")').waitFor();
    // A reporter has no Users entry; the interface speaks the language the admin chose.
    assert.equal(await person.locator('.main-nav a[href="/newsroom/users"]').count(), 0);
    assert.equal(await person.getAttribute('html', 'lang'), 'az');

    // The role changes to editor.
    await page.click(`[data-testid=users-table] tr[data-user="${email}"] [data-testid=edit-user]`);
    await dialog.waitFor();
    assert.equal(await page.inputValue('#user-email'), email);
    await page.selectOption('#user-role', 'editor');
    await shot(page, `edit-${width}`);
    await dialog.locator('button[type=submit]').click();
    await page.locator('[data-testid=users-notice]:text("Saved: Nigar Həsənova.")').waitFor();
    assert.equal(await added.locator('[data-testid=user-role]').textContent(), 'Editor');
    assert.doesNotMatch((await added.textContent()) ?? '', /Password not set yet/);

    // Disabling says it signs the person out, and does.
    await added.locator('[data-testid=disable-user]').click();
    const confirm = page.locator('[data-testid=disable-user-dialog]');
    await confirm.waitFor();
    assert.match((await confirm.textContent()) ?? '', /signed out at once on every device/);
    await shot(page, `disable-${width}`);
    await confirm.locator('button[type=submit]').click();
    await page.locator('[data-testid=users-notice]:text("is disabled and signed out")').waitFor();
    assert.equal(await added.locator('[data-testid=user-state] .chip').textContent(), 'Disabled');

    await person.reload();
    await person.locator('[data-testid=login-form]').waitFor();
    await person.fill('#login-email', email);
    await person.fill('#login-password', 'bir iki üç dörd beş');
    await person.click('[data-testid=login-form] button[type=submit]');
    await person.locator('[data-testid=login-form] [role=alert]').waitFor();
    assert.equal(await person.locator('[data-testid=who]').count(), 0);

    // The filters: disabled editors only, then found by a piece of the email.
    await page.selectOption('[data-testid=users-role]', 'editor');
    await page.selectOption('[data-testid=users-state]', 'disabled');
    const shown = page.locator('[data-testid=users-table] tbody tr');
    for (const text of await shown.allTextContents()) assert.match(text, /Editor.*Disabled/s);
    await page.fill('[data-testid=users-search]', `NIGAR-${width}@`);
    assert.deepEqual(
      await shown.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-user'))),
      [email],
    );
    await shot(page, `filtered-${width}`);
    await page.fill('[data-testid=users-search]', 'nobody-of-that-name');
    await page.locator('.users .empty-state').waitFor();

    assert.deepEqual(errors, []);
    await guest.close();
    await context.close();
  });

test('an admin is offered no way to disable themselves or give up their own role', async () => {
  const { context, page } = await signIn(browser, newsroom.origin, await theAdmin(), 'en-GB');
  await page.goto(`${newsroom.origin}/newsroom/users`);
  const own = row(page, admin.email);
  await own.waitFor();
  assert.equal(await own.locator('[data-testid=disable-user]').count(), 0);
  await own.locator('[data-testid=edit-user]').click();
  assert.equal(await page.locator('#user-role').isDisabled(), true);
  await context.close();
});

test('a set-password link works once: opened again it says to ask for a new one', async () => {
  const { context, page } = await signIn(browser, newsroom.origin, await theAdmin(), 'en-GB');
  await page.goto(`${newsroom.origin}/newsroom/users`);
  await row(page, 'reporter@agency.example').locator('[data-testid=new-link]').click();
  const link = await page.inputValue('#set-password-link');
  const guest = await browser.newContext({ locale: 'ru-RU' });
  const person = await guest.newPage();
  await person.goto(`${link}x`);
  await person.fill('#new-password', 'длинный новый пароль');
  await person.fill('#new-password-repeat', 'длинный новый пароль');
  await person.click('[data-testid=set-password-form] button[type=submit]');
  assert.match(
    (await person.locator('[data-testid=set-password-form] [role=alert]').textContent()) ?? '',
    /Ссылка недействительна/,
  );
  await guest.close();
  await context.close();
});

test('an editor sees no Users entry, and the address says only administrators manage accounts', async () => {
  const { context, page } = await signIn(browser, newsroom.origin, newsroom.users.editor);
  assert.equal(await page.locator('.main-nav a[href="/newsroom/users"]').count(), 0);
  await page.goto(`${newsroom.origin}/newsroom/users`);
  await page
    .locator('.empty-state:text("Учётными записями управляют только администраторы.")')
    .waitFor();
  await context.close();
});

test('the list tells whether two-step sign-in is on and when each account last signed in, in the interface language', async () => {
  const deps = newsroom.t.lede.deps;
  const azAdmin = (
    await addUser(deps, SYSTEM, {
      email: 'admin-az@agency.example',
      name: 'Aytən Məmmədova',
      role: 'admin',
      editions: [],
      uiLanguage: 'az',
      password: PASSWORD,
    })
  ).user;
  const enrolled = (
    await addUser(deps, SYSTEM, {
      email: 'enrolled@agency.example',
      name: 'Kamran Cəfərov',
      role: 'editor',
      editions: ['az'],
    })
  ).user;
  await deps.store.twoFactor.putPending(enrolled.id, 'JBSWY3DPEHPK3PXP', new Date().toISOString());
  await deps.store.twoFactor.confirm(enrolled.id, new Date().toISOString(), 1);

  const { context, page, errors } = await signIn(browser, newsroom.origin, azAdmin, 'az-AZ');
  await page.goto(`${newsroom.origin}/newsroom/users`);
  const mine = row(page, azAdmin.email);
  await mine.waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'az');
  const listed = (await apiFromPage(page, 'GET', '/api/users')).body.items as {
    email: string;
    lastSignInAt: string | null;
  }[];
  const signedInAt = listed.find((u) => u.email === azAdmin.email)?.lastSignInAt;
  assert.ok(signedInAt, 'this sign-in is recorded');
  // "07 dekabr 14:47": Lede's month names, the agency's zone.
  assert.equal(
    (await mine.locator('[data-testid=user-last-sign-in] time').textContent())?.trim(),
    formatTime(signedInAt, 'az'),
  );
  assert.match(formatTime(signedInAt, 'az'), /^\d\d [a-zəğıöşüç]+ \d\d:\d\d$/);
  assert.match(
    (await mine.locator('[data-testid=user-two-factor]').textContent()) ?? '',
    /Deaktivdir/,
  );
  const other = row(page, enrolled.email);
  assert.match(
    (await other.locator('[data-testid=user-two-factor]').textContent()) ?? '',
    /Aktivdir/,
  );
  assert.match(
    (await other.locator('[data-testid=user-last-sign-in]').textContent()) ?? '',
    /Heç vaxt/,
  );
  await shot(page, 'sign-ins-az');
  assert.deepEqual(errors, []);
  await context.close();
});
