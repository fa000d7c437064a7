// Compact builders for the demo archive: inline markup to text runs, short block constructors, story drafts.

import type {
  AnswerBlock,
  Block,
  EmbedBlock,
  HeadingBlock,
  ListBlock,
  ParagraphBlock,
  QuestionBlock,
  QuoteBlock,
  TextRun,
} from '../../domain/blocks.js';
import type { EditionCode } from '../../domain/editions.js';
import type { DemoStory } from './demo-story.js';

/**
 * The inline markup the demo texts are written in: **bold**, _italic_,
 * [text](https://…) for a link and {(… - ed.)} for an editor's note (the braces
 * are dropped, the parentheses are part of the note). Marks do not nest.
 */
const INLINE = /\*\*(.+?)\*\*|_(.+?)_|\[(.+?)\]\((https:\/\/[^)\s]+)\)|\{(.+?)\}/g;

/** Text runs of one line of demo markup. */
export function runs(source: string): TextRun[] {
  const out: TextRun[] = [];
  let last = 0;
  for (const m of source.matchAll(INLINE)) {
    const at = m.index ?? 0;
    if (at > last) out.push({ text: source.slice(last, at) });
    const [whole, bold, italic, linkText, href, note] = m;
    if (bold !== undefined) out.push({ text: bold, marks: ['bold'] });
    else if (italic !== undefined) out.push({ text: italic, marks: ['italic'] });
    else if (linkText !== undefined && href !== undefined)
      out.push({ text: linkText, marks: ['link'], href });
    else if (note !== undefined) out.push({ text: note, marks: ['editorNote'] });
    last = at + whole.length;
  }
  if (last < source.length) out.push({ text: source.slice(last) });
  return out;
}

export const p = (text: string): ParagraphBlock => ({ type: 'paragraph', content: runs(text) });

export const h2 = (text: string): HeadingBlock => ({
  type: 'heading',
  level: 2,
  content: runs(text),
});

/** A quote of one or more paragraphs, with whom it is by. */
export const quote = (text: string | string[], cite: string): QuoteBlock => ({
  type: 'quote',
  content: (Array.isArray(text) ? text : [text]).map(p),
  cite,
});

export const list = (items: string[], ordered = false): ListBlock =>
  ordered
    ? { type: 'list', ordered, items: items.map(runs) }
    : { type: 'list', items: items.map(runs) };

/** A YouTube embed; the ids of the demo are made up. */
export const youtube = (id: string, title: string): EmbedBlock => ({
  type: 'embed',
  provider: 'youtube',
  url: `https://www.youtube.com/watch?v=${id}`,
  title,
});

/** An interview question (asked by the agency, so no speaker). */
export const q = (...paragraphs: string[]): QuestionBlock => ({
  type: 'question',
  content: paragraphs.map(p),
});

/** An interview answer: who speaks, then the paragraphs of the answer. */
export const a = (speaker: string, ...paragraphs: string[]): AnswerBlock => ({
  type: 'answer',
  speaker,
  content: paragraphs.map(p),
});

/** A story as written in the edition files: the body is blocks, a plain string being a paragraph. */
export interface DemoDraft extends Omit<DemoStory, 'edition' | 'blocks' | 'sourceKey'> {
  body: (string | Block)[];
}

/** The stories of one edition, with their sourceKey derived from the key. */
export function storiesOf(edition: EditionCode, drafts: DemoDraft[]): DemoStory[] {
  return drafts.map(({ body, ...draft }) => ({
    ...draft,
    edition,
    sourceKey: `demo:${draft.key}`,
    blocks: body.map((b) => (typeof b === 'string' ? p(b) : b)),
  }));
}
