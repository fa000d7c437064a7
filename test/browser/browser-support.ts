// Shared by the browser tests: the demo site with a crawled interview page imported, served on 127.0.0.1, and Chromium.

import assert from 'node:assert/strict';
import { chromium, type Browser } from 'playwright-core';
import { importCrawlFile } from '../../src/importers/import-crawl-files.js';
import { INTERVIEW_FILE } from '../support/crawl-pages.js';
import { bootTestApp, type TestApp } from '../support/test-app.js';

/** The flags Debian Chromium needs to run headless as root (as the project's STACK.md gives them). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** The crawled interview (test/fixtures/crawl/ru-interview.txt) is dated 05 December 2025, 00:00 in Baku. */
export const INTERVIEW_PUBLISHED_AT = '2025-12-04T20:00:00.000Z';

/**
 * The clock stands 30 seconds after the interview's publication. The demo archive is dated
 * relative to the clock (its freshest Russian story is 0.7 h old), so the interview is the freshest
 * Russian page and its hot-tags strip becomes the edition's current one, as the crawl importer
 * intends; and the import, 30 s after publication, does not count as an update.
 */
export const SITE_NOW = '2025-12-04T20:00:30.000Z';

export interface Site {
  t: TestApp;
  /** http://127.0.0.1:PORT, without a trailing slash. */
  origin: string;
  /** Path of the imported interview. */
  interviewPath: string;
}

/** Boots the app with the demo archive, imports the crawled interview page and listens on a free port. */
export async function startSite(): Promise<Site> {
  const t = await bootTestApp({ demo: true, now: SITE_NOW });
  try {
    const result = await importCrawlFile(t.lede.deps, INTERVIEW_FILE);
    assert.equal(result.ok, true, result.error ?? '');
    const address = await t.lede.app.listen({ port: 0, host: '127.0.0.1' });
    return { t, origin: address.replace(/\/$/, ''), interviewPath: result.url! };
  } catch (error) {
    await t.dispose();
    throw error;
  }
}
