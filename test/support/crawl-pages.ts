// Where the tests find crawled pages: the project's own invented interview, and the real seed page beside the repository.

import { existsSync } from 'node:fs';

/**
 * The project's own crawled interview, invented for the tests, in the seed page's format: a Russian
 * interview dated 05 December 2025 (midnight in Baku) with a hot-tags strip of four tags, a rubric
 * that is a sub-rubric of the demo archive ("Экономика / Энергетика"), a lead, four questions each
 * followed by its answer, and five editor's notes. The tests import this page.
 */
export const INTERVIEW_FILE = new URL('../fixtures/crawl/ru-interview.txt', import.meta.url)
  .pathname;

/**
 * The reference agency's real seed page, beside the repository in ../shared/ when it is there
 * (it is never copied into the repository). Tests that also check it skip with SEED_SKIP without it.
 */
export const SEED_FILE = new URL('../../../shared/seed/000_3f7c7f16e0a4792b.txt', import.meta.url)
  .pathname;
export const SEED_SKIP: string | false =
  !existsSync(SEED_FILE) && 'no ../shared/seed beside the repository';
