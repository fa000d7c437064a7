// Parses one crawled page (the seed's text format) into the story JSON shape; pure: no I/O, no logging.

import type { Block } from '../../domain/blocks.js';
import { isoInZone, zonedToUtc } from '../../domain/dates.js';
import type { EditionCode } from '../../domain/editions.js';
import { LedeError } from '../../domain/errors.js';
import type { StoryInput, StoryType } from '../../domain/story.js';
import { parseFailed, UNNAMED_FILE } from './crawl-error.js';
import { decodeCrawlBytes } from './decode-text.js';
import { detectEdition } from './detect-edition.js';
import { readLayout } from './page-layout.js';
import { interviewBlocks, plainBlocks, toParagraphs } from './parse-body.js';
import { crawlSourceKey } from './source-key.js';
import { splitHotTags } from './split-hot-tags.js';
import { splitTitle } from './split-title.js';

export interface ParsedCrawlPage extends StoryInput {
  hotTags: string[];
  publishedAt: string;
}

export interface ParseCrawlOptions {
  /** Named in error messages. */
  file?: string;
  /** Tags the edition already has: used to split the hot-tags strip better. */
  knownTags?: Partial<Record<EditionCode, string[]>>;
  /** Zone of the page's wall-clock date; default 'Asia/Baku'. */
  timeZone?: string;
}

export const DEFAULT_TIME_ZONE = 'Asia/Baku';

/**
 * Reads a crawled page: first line " date YYYY-MM-DD <hot tags>", the headline
 * with an optional type label, the rubric, the date line in the edition's month
 * names, then paragraphs separated by blank lines. Throws
 * LedeError('parse_failed', '<file>: <reason>') for input it cannot read.
 */
export function parseCrawlPage(
  bytes: Uint8Array,
  options: ParseCrawlOptions = {},
): ParsedCrawlPage {
  const file = options.file ?? UNNAMED_FILE;
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  checkTimeZone(timeZone);

  const { text } = decodeCrawlBytes(bytes, file);
  const layout = readLayout(text, file);
  const paragraphs = toParagraphs(layout.bodyLines);
  const [lead, ...rest] = paragraphs;
  if (lead === undefined) throw parseFailed(file, 'no body: nothing follows the date line');

  const { title, type: labelled } = splitTitle(layout.headline);
  if (title === '')
    throw parseFailed(file, 'no headline: the headline line holds only a type label');
  const edition = detectEdition(
    [title, layout.rubric, ...paragraphs].join('\n'),
    layout.dateLine.editions,
  );

  let type: StoryType = labelled ?? 'news';
  let blocks: Block[];
  if (type === 'interview' || type === 'news') {
    const interview = interviewBlocks(rest);
    if (type === 'interview' || interview.pairs > 0) {
      type = 'interview';
      blocks = interview.blocks;
    } else blocks = plainBlocks(rest);
  } else blocks = plainBlocks(rest);

  const { year, month, day, hour, minute, hasTime, localDay } = layout.dateLine;
  const publishedAt = isoInZone(zonedToUtc(year, month, day, hour, minute, timeZone), timeZone);

  return {
    edition,
    type,
    title,
    rubric: layout.rubric,
    lead,
    blocks,
    tags: [],
    hotTags: splitHotTags(layout.hotTagsStrip, options.knownTags?.[edition] ?? []),
    publishedAt,
    // A date line without a time: readers see the day only, never a made-up "00:00".
    ...(hasTime ? {} : { publishedDateOnly: true }),
    sourceKey: crawlSourceKey(edition, title, localDay),
  };
}

function checkTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new LedeError('invalid_input', `unknown time zone "${timeZone}"`);
  }
}
