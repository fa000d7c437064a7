// The story body as portable HTML for partners and feed readers: well-formed XHTML, absolute URLs.

import type { Block, ParagraphBlock, TextRun } from '../domain/blocks.js';
import { formatDate } from '../domain/dates.js';
import type { Edition, EditionCode } from '../domain/editions.js';
import type { Story } from '../domain/story.js';
import { el, render, type Child, type Markup } from './xml.js';
import { absoluteLink, absoluteMedia } from './urls.js';

/**
 * Why not the site's StoryBody: partners need absolute links and images, markup that is also
 * well-formed XML (NewsML-G2 carries it inline as XHTML) and no site-only attributes. The
 * classes name what matters: "question", "answer", "speaker", "editor-note", "credit".
 */

function styled(run: TextRun): Child {
  const marks = run.marks ?? [];
  let node: Child = run.text;
  if (marks.includes('italic')) node = el('em', null, node);
  if (marks.includes('bold')) node = el('strong', null, node);
  if (marks.includes('editorNote')) node = el('span', { class: 'editor-note' }, node);
  return node;
}

/** Runs in order; neighbouring runs with the same link share one <a>. */
export function runsHtml(origin: string, runs: readonly TextRun[]): Child[] {
  const out: Child[] = [];
  const target = (r: TextRun) => (r.marks?.includes('link') ? absoluteLink(origin, r.href) : null);
  let i = 0;
  while (i < runs.length) {
    const href = target(runs[i]!);
    if (!href) {
      out.push(styled(runs[i]!));
      i += 1;
      continue;
    }
    const group: Child[] = [];
    while (i < runs.length && target(runs[i]!) === href) group.push(styled(runs[i++]!));
    out.push(el('a', { href }, group));
  }
  return out;
}

function paragraph(origin: string, p: ParagraphBlock, cls?: string, lead?: Child): Markup {
  return el('p', cls ? { class: cls } : null, lead, runsHtml(origin, p.content));
}

function blockHtml(origin: string, block: Block): Child {
  switch (block.type) {
    case 'paragraph':
      return paragraph(origin, block);
    case 'heading':
      return el(block.level === 3 ? 'h3' : 'h2', null, runsHtml(origin, block.content));
    case 'question':
    case 'answer': {
      const name = block.speaker?.trim();
      const speaker = name ? [el('strong', { class: 'speaker' }, `${name}:`), ' '] : undefined;
      const [first, ...rest] = block.content;
      if (!first) return speaker ? el('p', { class: block.type }, speaker) : null;
      return [
        paragraph(origin, first, block.type, speaker),
        ...rest.map((p) => paragraph(origin, p, block.type)),
      ];
    }
    case 'quote': {
      const cite = block.cite?.trim();
      return el(
        'blockquote',
        null,
        block.content.map((p) => paragraph(origin, p)),
        cite ? el('p', { class: 'cite' }, el('cite', null, cite)) : null,
      );
    }
    case 'image': {
      const src = absoluteMedia(origin, block.src);
      if (!src) return null;
      const caption = block.caption?.trim();
      const credit = block.credit?.trim();
      return el(
        'figure',
        null,
        el('img', { src, alt: block.alt, width: block.width, height: block.height }),
        caption || credit
          ? el(
              'figcaption',
              null,
              caption,
              caption && credit ? ' ' : null,
              credit ? el('span', { class: 'credit' }, credit) : null,
            )
          : null,
      );
    }
    case 'list':
      return el(
        block.ordered ? 'ol' : 'ul',
        null,
        block.items.map((item) => el('li', null, runsHtml(origin, item))),
      );
    case 'embed': {
      const url = absoluteMedia(origin, block.url);
      const title = block.title?.trim() || block.url;
      return el('p', { class: 'embed' }, url ? el('a', { href: url }, title) : title);
    }
    case 'gallery':
      // Feed readers get each picture as a figure of its own.
      return block.images.map((image) => blockHtml(origin, { type: 'image', ...image }));
    case 'video': {
      // The poster linking to the video's page: no player, no script in a feed.
      const url = absoluteMedia(origin, block.url);
      if (!url) return null;
      const poster = block.poster ? absoluteMedia(origin, block.poster) : null;
      const title = block.title?.trim() || block.url;
      return el(
        'figure',
        { class: 'video' },
        el('a', { href: url }, poster ? el('img', { src: poster, alt: title }) : title),
        el('figcaption', null, block.caption?.trim() || title),
      );
    }
  }
}

/** The body as an HTML fragment, one element per block, newline-separated. */
export function bodyHtml(origin: string, blocks: readonly Block[]): string {
  return blocks
    .map((b) => render(blockHtml(origin, b)))
    .filter((html) => html.length > 0)
    .join('\n');
}

const CORRECTION: Record<EditionCode, string> = {
  az: 'Düzəliş',
  ru: 'Исправление',
  en: 'Correction',
};

/** The body followed by the story's dated corrections, as readers see them on the site. */
export function storyHtml(origin: string, story: Story, edition: Edition): string {
  const notes = (story.corrections ?? []).map((c) =>
    render(
      el(
        'p',
        { class: 'correction' },
        el('strong', null, `${CORRECTION[edition.code]} `),
        el('time', { datetime: c.at }, formatDate(edition.code, new Date(c.at), edition.timeZone)),
        `: ${c.note}`,
      ),
    ),
  );
  return [bodyHtml(origin, story.blocks), ...notes].filter((h) => h.length > 0).join('\n');
}
