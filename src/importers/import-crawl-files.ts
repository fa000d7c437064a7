// Imports crawled pages from files and folders: each file read and parsed, the pages stored in batches (one transaction each), reported.

import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { EDITION_CODES, type EditionCode } from '../domain/editions.js';
import { LedeError } from '../domain/errors.js';
import { paths } from '../domain/urls.js';
import { editionOf, type Deps } from '../operations/deps.js';
import {
  CRAWL_IMPORTER,
  importCrawlPage,
  importCrawlPages,
  type CrawlPageInput,
} from '../operations/import-crawl-page.js';
import type { Story } from '../domain/story.js';
import { parseCrawlPage } from './crawl/parse-crawl.js';

/** Pages written per transaction, as the WordPress import's posts. */
const BATCH_SIZE = 500;

export interface CrawlFileResult {
  file: string;
  ok: boolean;
  id: number | null;
  url: string | null;
  error: string | null;
}

/** Files named directly, and every regular file below the folders named, in a stable order. */
export async function collectFiles(inputs: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      const entries = await readdir(input, { recursive: true, withFileTypes: true });
      out.push(
        ...entries
          .filter((e) => e.isFile() && !e.name.startsWith('.'))
          .map((e) => path.join(e.parentPath, e.name))
          .sort(),
      );
    } else out.push(input);
  }
  return out;
}

async function knownTags(deps: Deps): Promise<Record<EditionCode, string[]>> {
  const entries = await Promise.all(
    EDITION_CODES.map(
      async (e) => [e, (await deps.store.taxonomy.listTags(e)).map((t) => t.name)] as const,
    ),
  );
  return Object.fromEntries(entries) as Record<EditionCode, string[]>;
}

function failed(file: string, error: unknown): CrawlFileResult {
  const detail = error instanceof LedeError ? error.detail : (error as Error).message;
  const message = detail.startsWith(file) ? detail : `${file}: ${detail}`;
  return { file, ok: false, id: null, url: null, error: message };
}

/** Reads and parses one file, splitting its hot-tags strip by the tags known so far. */
async function parseFile(
  deps: Deps,
  file: string,
  known: Record<EditionCode, string[]>,
): Promise<CrawlPageInput> {
  const bytes = await readFile(file).catch((e: NodeJS.ErrnoException) => {
    throw new LedeError('parse_failed', `${file}: cannot read the file (${e.code ?? e.message})`);
  });
  return parseCrawlPage(bytes, {
    file,
    knownTags: known,
    timeZone: editionOf(deps, 'az').timeZone,
  });
}

/** The file's result for its stored story, with its URL (rubrics read once per run). */
async function stored(
  deps: Deps,
  file: string,
  story: Story,
  rubrics: Map<number, Promise<string>>,
): Promise<CrawlFileResult> {
  let slug = rubrics.get(story.rubricId);
  if (!slug)
    rubrics.set(
      story.rubricId,
      (slug = deps.store.taxonomy.findRubricById(story.rubricId).then((r) => r!.slug)),
    );
  const url = paths.story(editionOf(deps, story.edition), await slug, story.slug);
  return { file, ok: true, id: story.id, url, error: null };
}

export async function importCrawlFile(deps: Deps, file: string): Promise<CrawlFileResult> {
  try {
    const parsed = await parseFile(deps, file, await knownTags(deps));
    const { story } = await importCrawlPage(deps, CRAWL_IMPORTER, parsed);
    return await stored(deps, file, story, new Map());
  } catch (error) {
    return failed(file, error);
  }
}

/**
 * Every file in turn, read and parsed, then stored in batches through importCrawlPages. The
 * tags are read once; each parsed page's tags and strip are known to the pages after it, as
 * they would be read back had it been stored alone.
 */
export async function importCrawlFiles(deps: Deps, inputs: string[]): Promise<CrawlFileResult[]> {
  const results: (CrawlFileResult | null)[] = [];
  const known = await knownTags(deps);
  const knownSets = new Map(EDITION_CODES.map((e) => [e, new Set(known[e])]));
  const rubrics = new Map<number, Promise<string>>();
  let batch: { at: number; file: string; page: CrawlPageInput }[] = [];
  const flush = async () => {
    const outcomes = await importCrawlPages(
      deps,
      CRAWL_IMPORTER,
      batch.map((b) => b.page),
    );
    for (const [i, { at, file }] of batch.entries()) {
      const outcome = outcomes[i]!;
      results[at] =
        'error' in outcome
          ? failed(file, new Error(outcome.error))
          : await stored(deps, file, outcome.story, rubrics);
    }
    batch = [];
  };
  for (const file of await collectFiles(inputs)) {
    let page: CrawlPageInput;
    try {
      page = await parseFile(deps, file, known);
    } catch (error) {
      results.push(failed(file, error));
      continue;
    }
    const names = knownSets.get(page.edition)!;
    for (const name of [...(page.tags ?? []), ...(page.hotTags ?? [])])
      if (!names.has(name)) {
        names.add(name);
        known[page.edition].push(name);
      }
    // The same page twice (one source) is stored in order: the first in the batch before it.
    if (page.sourceKey && batch.some((b) => b.page.sourceKey === page.sourceKey)) await flush();
    batch.push({ at: results.length, file, page });
    results.push(null);
    if (batch.length >= BATCH_SIZE) await flush();
  }
  if (batch.length > 0) await flush();
  return results as CrawlFileResult[];
}
