// Shared by the newsroom browser tests: a fresh bundle, the app with demo data and accounts, signing in in Chromium.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SYSTEM, type Role } from '../../src/domain/actor.js';
import type { Block } from '../../src/domain/blocks.js';
import type { EditionCode } from '../../src/domain/editions.js';
import type { User } from '../../src/domain/user.js';
import { addUser } from '../../src/operations/add-user.js';
import { bootTestApp, type TestApp } from '../support/test-app.js';
import { launchChromium } from './browser-support.js';

export const PASSWORD = 'correct horse battery';

/** Builds dist/newsroom when a source is newer than it (one build even when test files run in parallel). */
export function ensureClientBuilt(): void {
  const result = spawnSync(process.execPath, ['scripts/build-client.js', '--if-stale'], {
    cwd: new URL('../..', import.meta.url).pathname,
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, `client build failed:\n${result.stdout}\n${result.stderr}`);
}

export interface Newsroom {
  t: TestApp;
  origin: string;
  users: Record<'reporter' | 'editor' | 'chief', User>;
  /**
   * Moves the app's clock (the browser's stays) on to `at` at once, as if the wait were over; it
   * follows real time from there. The scheduler sees it within its second of sleep.
   */
  passTime(at: Date): void;
  stop(): Promise<void>;
}

/**
 * The demo archive, a reporter and an editor of the Russian edition and a chief, on a free port.
 * The test clock follows real time (or runs ahead of it after passTime), so the scheduler
 * publishes a scheduled story at its time.
 */
export async function startNewsroom(): Promise<Newsroom> {
  ensureClientBuilt();
  const t = await bootTestApp({ demo: true });
  let ahead = 0;
  const tick = setInterval(() => t.clock.set(new Date(Date.now() + ahead)), 100);
  tick.unref();
  try {
    const add = (role: Role, name: string, editions: EditionCode[], uiLanguage: EditionCode) =>
      addUser(t.lede.deps, SYSTEM, {
        email: `${role}@agency.example`,
        name,
        role,
        editions,
        uiLanguage,
        password: PASSWORD,
      }).then((r) => r.user);
    const users = {
      reporter: await add('reporter', 'Анна Керимова', ['ru'], 'ru'),
      editor: await add('editor', 'Тимур Алиханов', ['ru', 'az'], 'ru'),
      chief: await add('chief', 'Leyla Məmmədova', [], 'az'),
    };
    const address = await t.lede.app.listen({ port: 0, host: '127.0.0.1' });
    return {
      t,
      origin: address.replace(/\/$/, ''),
      users,
      passTime(at) {
        ahead = Math.max(ahead, at.getTime() - Date.now());
        t.clock.set(new Date(Date.now() + ahead));
      },
      async stop() {
        clearInterval(tick);
        await t.dispose();
      },
    };
  } catch (error) {
    clearInterval(tick);
    await t.dispose();
    throw error;
  }
}

/**
 * Fetches the URL every 100 ms until it answers 200 or `ms` have passed; the last answer (after
 * passTime the scheduler lifts an embargo or publishes within its second of sleep).
 */
export async function fetchUntilShown(url: string, ms = 10_000): Promise<Response> {
  const deadline = Date.now() + ms;
  for (;;) {
    const res = await fetch(url);
    if (res.status === 200 || Date.now() > deadline) return res;
    await res.arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A fresh browser context at 1280 px, signed in as the user (the login form, as a person would). */
export async function signIn(
  browser: Browser,
  origin: string,
  user: User,
  locale = 'ru-RU',
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/newsroom/`);
  await page.fill('#login-email', user.email);
  await page.fill('#login-password', PASSWORD);
  await page.click('[data-testid=login-form] button[type=submit]');
  await page.waitForSelector('[data-testid=who]');
  return { context, page, errors };
}

/** Waits until the autosave says everything is saved. */
export async function waitSaved(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid=save-state][data-state=saved]', { timeout: 15_000 });
}

/** Does something to the story, then waits until a newer version is saved with everything in it. */
export async function savedAfter(page: Page, action: () => Promise<void>): Promise<void> {
  const screen = page.locator('.story-screen');
  const before = Number(await screen.getAttribute('data-version'));
  await action();
  await page.waitForFunction(
    (version) => {
      const el = document.querySelector('.story-screen');
      const state = document.querySelector('[data-testid=save-state]')?.getAttribute('data-state');
      return Number(el?.getAttribute('data-version')) > version && state === 'saved';
    },
    before,
    { timeout: 15_000 },
  );
}

/** Calls the API from inside the page with the session's cookie and CSRF token; answers status and body. */
export function apiFromPage(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const res = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return {
        status: res.status,
        body: (await res.json().catch(() => ({}))) as Record<string, unknown>,
      };
    },
    { method, path, body },
  );
}

/** A new Russian news draft made through the API from inside the page; answers its id. */
export async function newDraft(page: Page, title: string, lead = ''): Promise<number> {
  const made = await apiFromPage(page, 'POST', '/api/stories', {
    edition: 'ru',
    type: 'news',
    title,
    rubric: 'Политика',
    lead,
    blocks: [],
  });
  assert.equal(made.status, 201, JSON.stringify(made.body));
  return made.body.id as number;
}

/** A new Russian draft made through the API from inside the page, opened in the editor; answers its id. */
export async function openNewDraft(page: Page, origin: string, title: string): Promise<number> {
  const id = await newDraft(page, title);
  await page.goto(`${origin}/newsroom/stories/${id}`);
  await page.locator('[data-testid=body-editor]').waitFor();
  return id;
}

/** The story's body as the API has it. */
export async function blocksOf(page: Page, id: number): Promise<Block[]> {
  return ((await apiFromPage(page, 'GET', `/api/stories/${id}`)).body as { blocks: Block[] })
    .blocks;
}

/**
 * Starts the newsroom and Chromium before a file's tests and stops both after them; `use`
 * receives them once they run.
 */
export function useNewsroomInChromium(use: (newsroom: Newsroom, browser: Browser) => void): void {
  let newsroom: Newsroom | undefined;
  let browser: Browser | undefined;
  before(async () => {
    newsroom = await startNewsroom();
    browser = await launchChromium();
    use(newsroom, browser);
  });
  after(async () => {
    await browser?.close();
    await newsroom?.stop();
  });
}

/**
 * Types a UTC instant into a newsroom date-and-time field as the agency writes Baku wall-clock
 * time: "dd.mm.yyyy" in the field `#id`, "hh:mm:ss" in `#id-time` (components/date-time-input.tsx).
 */
export async function fillAgencyTime(page: Page, id: string, at: Date): Promise<void> {
  const baku = new Date(at.getTime() + 4 * 3600_000).toISOString();
  const [date, time] = [baku.slice(0, 10), baku.slice(11, 19)];
  const [y, m, d] = date.split('-');
  await page.fill(`#${id}`, `${d}.${m}.${y}`);
  await page.fill(`#${id}-time`, time);
}
