// Imports crawled pages from files and folders: each file read and parsed, stored by importCrawlPage, reported.

import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { EDITION_CODES, type EditionCode } from '../domain/editions.js';
import { LedeError } from '../domain/errors.js';
import { paths } from '../domain/urls.js';
import { editionOf, type Deps } from '../operations/deps.js';
import { CRAWL_IMPORTER, importCrawlPage } from '../operations/import-crawl-page.js';
import { parseCrawlPage } from './crawl/parse-crawl.js';

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

export async function importCrawlFile(deps: Deps, file: string): Promise<CrawlFileResult> {
  try {
    const bytes = await readFile(file).catch((e: NodeJS.ErrnoException) => {
      throw new LedeError('parse_failed', `${file}: cannot read the file (${e.code ?? e.message})`);
    });
    const parsed = parseCrawlPage(bytes, {
      file,
      knownTags: await knownTags(deps),
      timeZone: editionOf(deps, 'az').timeZone,
    });
    const { story } = await importCrawlPage(deps, CRAWL_IMPORTER, parsed);
    const rubric = await deps.store.taxonomy.findRubricById(story.rubricId);
    const url = paths.story(editionOf(deps, story.edition), rubric!.slug, story.slug);
    return { file, ok: true, id: story.id, url, error: null };
  } catch (error) {
    const detail = error instanceof LedeError ? error.detail : (error as Error).message;
    const message = detail.startsWith(file) ? detail : `${file}: ${detail}`;
    return { file, ok: false, id: null, url: null, error: message };
  }
}

export async function importCrawlFiles(deps: Deps, inputs: string[]): Promise<CrawlFileResult[]> {
  const results: CrawlFileResult[] = [];
  for (const file of await collectFiles(inputs)) results.push(await importCrawlFile(deps, file));
  return results;
}
