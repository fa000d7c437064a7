// Maps a post's HTML (classic, wpautop-style, or Gutenberg) to Lede's blocks: paragraphs, headings, quotes, lists, images, embeds.

import type {
  Block,
  EmbedBlock,
  ImageBlock,
  Mark,
  ParagraphBlock,
  TextRun,
} from '../../domain/blocks.js';
import { tokenizeHtml } from './html-tokens.js';
import { expandShortcodes } from './shortcodes.js';
import { findInterview } from './interview.js';

/** The embed a URL is, or null when it is not an http(s) address. */
export function embedFor(url: string): EmbedBlock | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.replace(/^www\.|^m\./, '');
  const provider =
    host === 'youtube.com' || host === 'youtu.be'
      ? 'youtube'
      : host === 'twitter.com' || host === 'x.com'
        ? 'x'
        : host === 't.me'
          ? 'telegram'
          : 'link';
  return { type: 'embed', provider, url: parsed.href };
}

const PARAGRAPH_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'center',
  'header',
  'footer',
  'aside',
  'pre',
  'table',
  'tr',
  'dl',
  'dt',
  'dd',
  'address',
  'hr',
]);

function safeHref(href: string | undefined): string | undefined {
  if (!href) return undefined;
  return /^(https?:\/\/|mailto:|\/)/i.test(href) && href.length <= 2000 ? href : undefined;
}

class BlockBuilder {
  readonly blocks: Block[] = [];
  private runs: TextRun[] = [];
  private bold = 0;
  private italic = 0;
  private hrefs: (string | undefined)[] = [];
  private heading: 2 | 3 | null = null;
  private quote: ParagraphBlock[] | null = null;
  private cite = '';
  private list: { ordered: boolean; items: TextRun[][]; depth: number } | null = null;
  private figure: { img: ImageBlock | null; caption: string } | null = null;
  private inCaption = false;
  /** Inside a tag (<p>, <li>, <h2>…) text is one paragraph; outside, blank lines split it. */
  private inBlock = 0;
  private skipUntil: string | null = null;

  text(raw: string): void {
    if (this.inCaption && this.figure) {
      this.figure.caption += raw;
      return;
    }
    if (this.inBlock > 0 || this.list) return this.addRun(raw.replace(/[ \t\r\n]+/g, ' '));
    const parts = raw.split(/\n[ \t\r]*\n/);
    parts.forEach((part, i) => {
      if (i > 0) this.endParagraph();
      this.addRun(part.replace(/[ \t\r\n]+/g, ' '));
    });
  }

  private addRun(text: string): void {
    if (!text) return;
    const marks: Mark[] = [];
    if (this.bold > 0) marks.push('bold');
    if (this.italic > 0) marks.push('italic');
    const href = [...this.hrefs].reverse().find((h) => h !== undefined);
    if (href) marks.push('link');
    const last = this.runs.at(-1);
    if (last && (last.marks ?? []).join() === marks.join() && last.href === href) {
      last.text += text;
      return;
    }
    this.runs.push({ text, ...(marks.length ? { marks } : {}), ...(href ? { href } : {}) });
  }

  private takeRuns(): TextRun[] {
    const runs = this.runs;
    this.runs = [];
    // Trim the paragraph's edges and drop runs left empty.
    if (runs.length) runs[0]!.text = runs[0]!.text.replace(/^\s+/, '');
    if (runs.length) runs.at(-1)!.text = runs.at(-1)!.text.replace(/\s+$/, '');
    return runs.filter((r) => r.text.length > 0 && (r.text.trim().length > 0 || !r.marks));
  }

  endParagraph(): void {
    if (this.list) return;
    const runs = this.takeRuns();
    if (runs.length === 0 || runs.every((r) => r.text.trim() === '')) return;
    if (this.heading) this.blocks.push({ type: 'heading', level: this.heading, content: runs });
    else if (this.quote) this.quote.push({ type: 'paragraph', content: runs });
    else this.blocks.push({ type: 'paragraph', content: runs });
  }

  private push(block: Block): void {
    this.endParagraph();
    this.blocks.push(block);
  }

  open(name: string, attrs: Record<string, string>, selfClosing: boolean): void {
    if (PARAGRAPH_TAGS.has(name)) {
      this.endParagraph();
      if (!selfClosing && name !== 'hr') this.inBlock++;
      return;
    }
    switch (name) {
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        this.endParagraph();
        this.heading = name === 'h1' || name === 'h2' ? 2 : 3;
        this.inBlock++;
        return;
      case 'blockquote':
        this.endParagraph();
        this.quote = [];
        return;
      case 'cite':
        if (this.quote) this.endParagraph();
        return;
      case 'ul':
      case 'ol':
        this.endParagraph();
        if (this.list) this.list.depth++;
        else this.list = { ordered: name === 'ol', items: [], depth: 1 };
        return;
      case 'li':
        if (this.list && this.runs.length) this.list.items.push(this.takeRuns());
        return;
      case 'strong':
      case 'b':
        this.bold++;
        return;
      case 'em':
      case 'i':
        this.italic++;
        return;
      case 'a':
        this.hrefs.push(safeHref(attrs.href));
        return;
      case 'br':
        // A bold question ended by a line break: the answer that follows is its own paragraph.
        if (this.runs.length && this.runs.every((r) => r.marks?.includes('bold') || !r.text.trim()))
          this.endParagraph();
        else this.addRun(' ');
        return;
      case 'figure':
        this.endParagraph();
        this.figure = { img: null, caption: '' };
        return;
      case 'figcaption':
        this.inCaption = true;
        return;
      case 'img': {
        const src = attrs.src ?? '';
        if (!src) return;
        const img: ImageBlock = { type: 'image', src, alt: (attrs.alt ?? '').slice(0, 500) };
        const width = Number(attrs.width);
        const height = Number(attrs.height);
        if (Number.isInteger(width) && width > 0) img.width = width;
        if (Number.isInteger(height) && height > 0) img.height = height;
        if (this.figure && !this.figure.img) this.figure.img = img;
        else if (!this.list) this.push(img);
        return;
      }
      case 'iframe':
      case 'lede-embed': {
        const embed = embedFor(attrs['data-url'] ?? attrs.src ?? '');
        if (embed) this.push(embed);
        return;
      }
    }
  }

  close(name: string): void {
    if (PARAGRAPH_TAGS.has(name)) {
      this.endParagraph();
      this.inBlock = Math.max(0, this.inBlock - 1);
      return;
    }
    switch (name) {
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        this.endParagraph();
        this.heading = null;
        this.inBlock = Math.max(0, this.inBlock - 1);
        return;
      case 'blockquote': {
        this.endParagraph();
        const paragraphs = this.quote ?? [];
        const cite = this.cite.slice(0, 300);
        this.quote = null;
        this.cite = '';
        if (paragraphs.length)
          this.blocks.push({ type: 'quote', content: paragraphs, ...(cite ? { cite } : {}) });
        return;
      }
      case 'cite':
        if (this.quote)
          this.cite = this.takeRuns()
            .map((r) => r.text)
            .join('')
            .trim();
        return;
      case 'li':
        if (this.list) {
          const runs = this.takeRuns();
          if (runs.length) this.list.items.push(runs);
        }
        return;
      case 'ul':
      case 'ol':
        if (!this.list) return;
        if (--this.list.depth > 0) return;
        {
          const runs = this.takeRuns();
          if (runs.length) this.list.items.push(runs);
          const { ordered, items } = this.list;
          this.list = null;
          if (items.length)
            this.blocks.push({ type: 'list', ...(ordered ? { ordered } : {}), items });
        }
        return;
      case 'strong':
      case 'b':
        this.bold = Math.max(0, this.bold - 1);
        return;
      case 'em':
      case 'i':
        this.italic = Math.max(0, this.italic - 1);
        return;
      case 'a':
        this.hrefs.pop();
        return;
      case 'figcaption':
        this.inCaption = false;
        return;
      case 'figure': {
        const figure = this.figure;
        this.figure = null;
        this.inCaption = false;
        if (figure?.img) {
          const caption = figure.caption
            .replace(/<[^>]*>/g, '')
            .replace(/\s+/g, ' ')
            .trim();
          this.push(caption ? { ...figure.img, caption: caption.slice(0, 2000) } : figure.img);
        }
        return;
      }
    }
  }

  comment(text: string): void {
    // Gutenberg: an embed block names its URL in its attributes; its inner HTML repeats it.
    const m = /^\s*wp:(?:core-embed\/[\w-]+|embed)\s+(\{.*\})\s*$/s.exec(text);
    if (m) {
      try {
        const attrs = JSON.parse(m[1]!) as { url?: unknown };
        const embed = typeof attrs.url === 'string' ? embedFor(attrs.url) : null;
        if (embed) {
          this.push(embed);
          this.skipUntil = '/wp:';
        }
      } catch {
        // Not JSON: the inner HTML is mapped as it is.
      }
    }
  }

  skipping(token: { t: string; text?: string }): boolean {
    if (!this.skipUntil) return false;
    if (token.t === 'comment' && token.text!.trim().startsWith(this.skipUntil))
      this.skipUntil = null;
    return true;
  }
}

/** A paragraph that is only a link to YouTube, X or Telegram is that post embedded (WordPress's oEmbed). */
function bareEmbed(block: Block): Block {
  if (block.type !== 'paragraph' || block.content.length !== 1) return block;
  const text = block.content[0]!.text.trim();
  if (!/^https?:\/\/\S+$/.test(text)) return block;
  const embed = embedFor(text);
  return embed && embed.provider !== 'link' ? embed : block;
}

/** The blocks of a post body; `interview` tells whether bold questions and their answers were found. */
export function htmlToBlocks(html: string): { blocks: Block[]; interview: boolean } {
  const builder = new BlockBuilder();
  for (const token of tokenizeHtml(expandShortcodes(html))) {
    if (builder.skipping(token)) continue;
    if (token.t === 'text') builder.text(token.text);
    else if (token.t === 'open') {
      builder.open(token.name, token.attrs, token.selfClosing);
      if (token.selfClosing) builder.close(token.name);
    } else if (token.t === 'close') builder.close(token.name);
    else builder.comment(token.text);
  }
  builder.endParagraph();
  return findInterview(builder.blocks.map(bareEmbed));
}
