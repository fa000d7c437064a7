// Builds the index entry of a story: filter fields, public and sort times, stems of its text and its words.

import { blockText, type Block } from '../domain/blocks.js';
import type { EditionCode } from '../domain/editions.js';
import type { StoryStatus, StoryType } from '../domain/story.js';
import { foldAzerbaijani } from './analysis/normalize.js';
import { stemUnfolded, tokenLanguage } from './analysis/stem.js';
import { isStopword } from './analysis/stopwords.js';
import { tokenizeUnfolded } from './analysis/tokenize.js';
import type { SearchDoc, VocabularyWord } from './port.js';

/** The fields of a story the index needs (a Story has them all, plus the ids of its tags). */
export interface SearchSource {
  id: number;
  edition: EditionCode;
  status: StoryStatus;
  type: StoryType;
  rubricId: number;
  authorId: number | null;
  title: string;
  lead: string;
  blocks: Block[];
  publishedAt: string | null;
  updatedAt: string;
  embargoUntil: string | null;
}

const DIGITS = /^\d+$/;

/** UTC seconds of an ISO time. */
export function toSec(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000);
}

/** The searchable text of a body: every block's text, with the speakers of questions and answers. */
export function searchBodyText(blocks: readonly Block[]): string {
  const parts: string[] = [];
  for (const block of blocks) {
    if ((block.type === 'question' || block.type === 'answer') && block.speaker)
      parts.push(block.speaker);
    const text = blockText(block);
    if (text) parts.push(text);
  }
  return parts.join('\n\n');
}

/**
 * The stems of a text exactly as `analyze` gives them, and its distinct words into `words` (if given)
 * (normalised key → the first lowercase form seen), in one pass over the tokens.
 */
export function stemsAndWords(
  text: string,
  lang: EditionCode,
  words: Map<string, string> | null,
): string[] {
  const stems: string[] = [];
  for (const token of tokenizeUnfolded(text, lang)) {
    const key = foldAzerbaijani(token);
    if (words && key.length >= 3 && key.length <= 40 && !DIGITS.test(key) && !words.has(key))
      words.set(key, token);
    if (isStopword(key, tokenLanguage(token, lang))) continue;
    stems.push(stemUnfolded(token, lang));
  }
  return stems;
}

/**
 * When the public may find a story: published, from its publication time or the end of its
 * embargo, whichever is later (the same rule as the public site's isVisible); null otherwise.
 */
export function publicSecOf(source: Pick<SearchSource, 'status' | 'publishedAt' | 'embargoUntil'>) {
  if (source.status !== 'published' || source.publishedAt === null) return null;
  // Rounded up: a story is public from the first whole second at which isVisible holds.
  const published = Math.ceil(Date.parse(source.publishedAt) / 1000);
  return source.embargoUntil === null
    ? published
    : Math.max(published, Math.ceil(Date.parse(source.embargoUntil) / 1000));
}

export function searchDocOf(source: SearchSource, tagIds: readonly number[]): SearchDoc {
  const words = new Map<string, string>();
  const lang = source.edition;
  const publicSec = publicSecOf(source);
  const wordList: VocabularyWord[] = [];
  const doc: SearchDoc = {
    id: source.id,
    edition: source.edition,
    status: source.status,
    type: source.type,
    rubricId: source.rubricId,
    authorId: source.authorId,
    tagIds: [...new Set(tagIds)],
    publicSec,
    sortSec: publicSec ?? toSec(source.publishedAt ?? source.updatedAt),
    titleStems: stemsAndWords(source.title, lang, words),
    leadStems: stemsAndWords(source.lead, lang, words),
    // The vocabulary takes the words of headlines and leads only: the names and terms readers
    // search for, at a fifth of the cost of every word of every body.
    bodyStems: stemsAndWords(searchBodyText(source.blocks), lang, null),
    words: wordList,
  };
  for (const [key, word] of words) wordList.push({ key, word });
  return doc;
}

/** Characters of body text analysed between two pauses of searchDocSliced. */
const SLICE_CHARS = 20_000;

/**
 * searchDocOf in slices: the body is analysed a few blocks at a time, `pause` awaited between
 * them (the indexer gives the event loop back so readers are served meanwhile). The same entry:
 * blocks are analysed apart as they are joined (a blank line, which no token crosses).
 */
export async function searchDocSliced(
  source: SearchSource,
  tagIds: readonly number[],
  pause: () => Promise<void>,
): Promise<SearchDoc> {
  const doc = searchDocOf({ ...source, blocks: [] }, tagIds);
  const stems: string[] = [];
  let chunk: string[] = [];
  let size = 0;
  const flush = async () => {
    if (chunk.length === 0) return;
    for (const stem of stemsAndWords(chunk.join('\n\n'), source.edition, null)) stems.push(stem);
    chunk = [];
    size = 0;
    await pause();
  };
  for (const block of source.blocks) {
    const text = searchBodyText([block]);
    if (!text) continue;
    chunk.push(text);
    size += text.length;
    if (size >= SLICE_CHARS) await flush();
  }
  await flush();
  return { ...doc, bodyStems: stems };
}
