// Turns a news item's body (HTML, XHTML or NITF, as a tree) into Lede's blocks; Lede's own classes (question, answer, editor-note) come back as they left.

import type { Block, ImageBlock, Mark, ParagraphBlock, TextRun } from '../../domain/blocks.js';
import { MARKS } from '../../domain/blocks.js';
import { embedFor } from '../wordpress/html-to-blocks.js';
import { tokenizeHtml } from '../wordpress/html-tokens.js';

/** An element of a body: its local name (lowercase, no namespace), attributes and children in order. */
export interface MarkupNode {
  name: string;
  attrs: Record<string, string>;
  children: MarkupChild[];
}
export type MarkupChild = MarkupNode | string;

const VOID = new Set(['img', 'br', 'hr', 'meta', 'link', 'input', 'source', 'wbr', 'col', 'area']);

/** An HTML fragment as a tree; tags left open are closed by their parent's end. */
export function htmlTree(html: string): MarkupNode {
  const root: MarkupNode = { name: '#root', attrs: {}, children: [] };
  const stack: MarkupNode[] = [root];
  for (const token of tokenizeHtml(html)) {
    const top = stack.at(-1)!;
    if (token.t === 'text') top.children.push(token.text);
    else if (token.t === 'open') {
      const node: MarkupNode = { name: token.name, attrs: token.attrs, children: [] };
      top.children.push(node);
      if (!token.selfClosing && !VOID.has(token.name)) stack.push(node);
    } else if (token.t === 'close') {
      let at = stack.length - 1;
      while (at > 0 && stack[at]!.name !== token.name) at--;
      if (at > 0) stack.length = at;
    }
  }
  return root;
}

const classes = (node: MarkupNode) => (node.attrs.class ?? '').split(/\s+/).filter(Boolean);
const hasClass = (node: MarkupNode, name: string) => classes(node).includes(name);

/** Plain text of a subtree, whitespace folded. */
export function textOf(child: MarkupChild): string {
  const raw = (c: MarkupChild): string =>
    typeof c === 'string' ? c : c.children.map(raw).join('');
  return raw(child).replace(/\s+/g, ' ').trim();
}

function safeHref(href: string | undefined): string | undefined {
  if (!href) return undefined;
  return /^(https?:\/\/|mailto:|\/)/i.test(href) && href.length <= 2000 ? href : undefined;
}

interface RunContext {
  marks: Set<Mark>;
  href: string | undefined;
}

function pushRun(runs: TextRun[], text: string, ctx: RunContext): void {
  if (!text) return;
  const marks = MARKS.filter((m) => ctx.marks.has(m) && (m !== 'link' || ctx.href));
  const last = runs.at(-1);
  if (last && (last.marks ?? []).join() === marks.join() && last.href === ctx.href) {
    last.text += text;
    return;
  }
  runs.push({
    text,
    ...(marks.length ? { marks } : {}),
    ...(ctx.href && marks.includes('link') ? { href: ctx.href } : {}),
  });
}

/** The text runs of inline content, marks from <strong>, <em>, <a> and Lede's editor notes. */
function collectRuns(
  children: MarkupChild[],
  ctx: RunContext,
  runs: TextRun[],
  skip?: (n: MarkupNode) => boolean,
): void {
  for (const child of children) {
    if (typeof child === 'string') {
      pushRun(runs, child.replace(/\s+/g, ' '), ctx);
      continue;
    }
    if (skip?.(child)) continue;
    const marks = new Set(ctx.marks);
    let href = ctx.href;
    switch (child.name) {
      case 'br':
        pushRun(runs, ' ', ctx);
        continue;
      case 'strong':
      case 'b':
        marks.add('bold');
        break;
      case 'em':
      case 'i':
        marks.add('italic');
        break;
      case 'a': {
        const target = safeHref(child.attrs.href?.trim());
        if (target) {
          marks.add('link');
          href = target;
        }
        break;
      }
      case 'script':
      case 'style':
        continue;
      default:
        if (hasClass(child, 'editor-note')) marks.add('editorNote');
    }
    collectRuns(child.children, { marks, href }, runs, skip);
  }
}

function trimRuns(runs: TextRun[]): TextRun[] {
  if (runs.length) runs[0]!.text = runs[0]!.text.replace(/^\s+/, '');
  if (runs.length) runs.at(-1)!.text = runs.at(-1)!.text.replace(/\s+$/, '');
  return runs.filter((r) => r.text.length > 0);
}

function runsOf(children: MarkupChild[], skip?: (n: MarkupNode) => boolean): TextRun[] {
  const runs: TextRun[] = [];
  collectRuns(children, { marks: new Set(), href: undefined }, runs, skip);
  return trimRuns(runs);
}

const BLOCK_ELEMENTS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'ul',
  'ol',
  'figure',
  'img',
  'div',
  'section',
  'article',
  'body',
  'html',
  'head',
  'body.content',
  'body.head',
  'body.end',
  'nitf',
  'block',
  'table',
  'tr',
  'td',
  'pre',
  'hr',
  'header',
  'footer',
  'aside',
  'main',
  'dl',
  'dt',
  'dd',
  'iframe',
  'hl1',
  'hl2',
  'media',
  'title',
  'script',
  'style',
  'tbody',
  'thead',
]);

function imageOf(img: MarkupNode): ImageBlock | null {
  const src = (img.attrs.src ?? img.attrs.source ?? '').trim();
  if (!src || src.length > 2000) return null;
  const block: ImageBlock = { type: 'image', src, alt: (img.attrs.alt ?? '').slice(0, 500) };
  const width = Number(img.attrs.width);
  const height = Number(img.attrs.height);
  if (Number.isInteger(width) && width > 0) block.width = width;
  if (Number.isInteger(height) && height > 0) block.height = height;
  return block;
}

function findAll(node: MarkupNode, name: string, out: MarkupNode[] = []): MarkupNode[] {
  for (const c of node.children)
    if (typeof c !== 'string') {
      if (c.name === name) out.push(c);
      else findAll(c, name, out);
    }
  return out;
}

class Blocks {
  readonly out: Block[] = [];
  private inline: MarkupChild[] = [];

  private flushInline(): void {
    const runs = runsOf(this.inline);
    this.inline = [];
    if (runs.length) this.out.push({ type: 'paragraph', content: runs });
  }

  /** A paragraph of an interview: a speaker opens a new block, else it joins the one before. */
  private interviewParagraph(p: MarkupNode, kind: 'question' | 'answer'): void {
    const speakerNode = p.children.find(
      (c): c is MarkupNode => typeof c !== 'string' && hasClass(c, 'speaker'),
    );
    const speaker = speakerNode ? textOf(speakerNode).replace(/:$/, '').trim() : '';
    const runs = runsOf(p.children, (n) => n === speakerNode);
    const paragraph: ParagraphBlock[] = runs.length ? [{ type: 'paragraph', content: runs }] : [];
    const last = this.out.at(-1);
    if (!speakerNode && last?.type === kind && this.lastWasInterview) {
      last.content.push(...paragraph);
      return;
    }
    this.out.push({
      type: kind,
      ...(speaker ? { speaker: speaker.slice(0, 200) } : {}),
      content: paragraph,
    });
  }

  private lastWasInterview = false;

  add(children: MarkupChild[]): void {
    for (const child of children) {
      if (typeof child === 'string' || !BLOCK_ELEMENTS.has(child.name)) {
        this.inline.push(child);
        continue;
      }
      this.flushInline();
      const interview = this.element(child);
      this.lastWasInterview = interview;
    }
    this.flushInline();
  }

  /** One block-level element; true when it was a question or answer paragraph. */
  private element(node: MarkupNode): boolean {
    switch (node.name) {
      case 'p': {
        if (hasClass(node, 'lead') || hasClass(node, 'correction')) return false;
        if (hasClass(node, 'question') || hasClass(node, 'answer')) {
          this.interviewParagraph(node, hasClass(node, 'question') ? 'question' : 'answer');
          return true;
        }
        if (hasClass(node, 'embed')) {
          const a = findAll(node, 'a')[0];
          const embed = a ? embedFor(a.attrs.href ?? '') : null;
          if (embed) {
            const title = textOf(a!);
            this.out.push(
              title && title !== embed.url ? { ...embed, title: title.slice(0, 500) } : embed,
            );
            return false;
          }
        }
        const images = findAll(node, 'img');
        for (const img of images) {
          const block = imageOf(img);
          if (block) this.out.push(block);
        }
        const runs = runsOf(node.children);
        if (runs.length) this.out.push({ type: 'paragraph', content: runs });
        return false;
      }
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
      case 'hl2': {
        const runs = runsOf(node.children);
        const level = node.name === 'h1' || node.name === 'h2' ? 2 : 3;
        if (runs.length)
          this.out.push({ type: 'heading', ...(level === 3 ? { level } : {}), content: runs });
        return false;
      }
      case 'blockquote': {
        let cite = '';
        const paragraphs: ParagraphBlock[] = [];
        const loose: MarkupChild[] = [];
        const flush = () => {
          const runs = runsOf(loose.splice(0));
          if (runs.length) paragraphs.push({ type: 'paragraph', content: runs });
        };
        for (const c of node.children) {
          if (
            typeof c !== 'string' &&
            (hasClass(c, 'cite') || c.name === 'cite' || c.name === 'footer')
          ) {
            flush();
            cite = textOf(c);
          } else if (typeof c !== 'string' && c.name === 'p') {
            flush();
            const runs = runsOf(c.children);
            if (runs.length) paragraphs.push({ type: 'paragraph', content: runs });
          } else loose.push(c);
        }
        flush();
        if (paragraphs.length)
          this.out.push({
            type: 'quote',
            content: paragraphs,
            ...(cite ? { cite: cite.slice(0, 300) } : {}),
          });
        return false;
      }
      case 'ul':
      case 'ol': {
        const items = node.children
          .filter((c): c is MarkupNode => typeof c !== 'string' && c.name === 'li')
          .map((li) => runsOf(li.children))
          .filter((runs) => runs.length > 0);
        if (items.length)
          this.out.push({ type: 'list', ...(node.name === 'ol' ? { ordered: true } : {}), items });
        return false;
      }
      case 'figure': {
        const img = findAll(node, 'img')[0];
        const image = img ? imageOf(img) : null;
        if (!image) {
          this.add(node.children.filter((c) => typeof c === 'string' || c.name !== 'figcaption'));
          return false;
        }
        const caption = findAll(node, 'figcaption')[0];
        if (caption) {
          const credit = findAll(caption, 'span').find((s) => hasClass(s, 'credit'));
          const text = textOf({
            ...caption,
            children: caption.children.filter((c) => c !== credit),
          });
          if (text) image.caption = text.slice(0, 2000);
          if (credit && textOf(credit)) image.credit = textOf(credit).slice(0, 300);
        }
        this.out.push(image);
        return false;
      }
      case 'img': {
        const image = imageOf(node);
        if (image) this.out.push(image);
        return false;
      }
      case 'iframe': {
        const embed = embedFor(node.attrs.src ?? '');
        if (embed) this.out.push(embed);
        return false;
      }
      case 'head':
      case 'title':
      case 'script':
      case 'style':
      case 'body.head':
      case 'hl1':
      case 'media':
      case 'hr':
        return false;
      default:
        this.add(node.children);
        return false;
    }
  }
}

/** The blocks of a body tree. */
export function markupBlocks(root: MarkupNode): Block[] {
  const blocks = new Blocks();
  blocks.add(root.children);
  return blocks.out;
}

/** The blocks of an HTML body. */
export function htmlBlocks(html: string): Block[] {
  return markupBlocks(htmlTree(html));
}

/** The blocks of a plain-text body: blank lines part paragraphs. */
export function textBlocks(text: string): Block[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((p) => ({ type: 'paragraph', content: [{ text: p }] }));
}
