// Converts between the story model's blocks (JSON) and the editor's ProseMirror document, both ways.

import { Fragment, type Mark as PmMark, type Node } from 'prosemirror-model';
import type {
  Block,
  GalleryImage,
  Mark,
  ParagraphBlock,
  TextRun,
  VideoProvider,
} from '../../domain/blocks.js';
import { storySchema as schema } from './schema/index.js';

/** A block that cannot become a node of the schema; `index` is its 0-based place in the body. */
export class BlockSchemaError extends Error {
  constructor(
    readonly index: number,
    readonly blockType: string,
    readonly reason: string,
  ) {
    super(index >= 0 ? `block ${index + 1} (${blockType}): ${reason}` : reason);
    this.name = 'BlockSchemaError';
  }
}

function marksOf(run: TextRun): PmMark[] {
  const marks: PmMark[] = [];
  for (const name of run.marks ?? []) {
    if (name === 'link') {
      if (typeof run.href !== 'string' || run.href === '')
        throw new Error('a link mark needs an href');
      marks.push(schema.marks.link.create({ href: run.href }));
    } else {
      const type = schema.marks[name];
      if (!type) throw new Error(`unknown mark "${String(name)}"`);
      marks.push(type.create());
    }
  }
  return marks;
}

/** Whether a value sent as a list is one (without narrowing it to any[]). */
export function isList(value: unknown): boolean {
  return Array.isArray(value);
}

/** Text nodes of a run list; empty runs are dropped, neighbours with the same marks are joined. */
function inline(runs: readonly TextRun[]): Fragment {
  if (!isList(runs)) throw new Error('content must be a list of text runs');
  return Fragment.fromArray(
    runs.filter((r) => r.text !== '').map((r) => schema.text(r.text, marksOf(r))),
  );
}

function paragraphs(content: readonly ParagraphBlock[]): Fragment {
  if (!isList(content)) throw new Error('content must be a list of paragraphs');
  return Fragment.fromArray(
    content.map((p, i) => {
      if ((p as ParagraphBlock | undefined)?.type !== 'paragraph')
        throw new Error(`item ${i + 1} of its content is not a paragraph`);
      return schema.nodes.paragraph.create(null, inline(p.content));
    }),
  );
}

function blockToNode(block: Block): Node {
  const { nodes } = schema;
  switch (block.type) {
    case 'paragraph':
      return nodes.paragraph.create(null, inline(block.content));
    case 'heading':
      return nodes.heading.create({ level: block.level ?? null }, inline(block.content));
    case 'question':
      return nodes.question.create({ speaker: block.speaker ?? null }, paragraphs(block.content));
    case 'answer':
      return nodes.answer.create({ speaker: block.speaker ?? null }, paragraphs(block.content));
    case 'quote':
      return nodes.quote.create({ cite: block.cite ?? null }, paragraphs(block.content));
    case 'image':
      return nodes.image.create({
        src: block.src,
        alt: block.alt,
        caption: block.caption ?? null,
        credit: block.credit ?? null,
        width: block.width ?? null,
        height: block.height ?? null,
      });
    case 'list': {
      if (!Array.isArray(block.items)) throw new Error('a list needs items');
      const items = block.items.map((runs) =>
        nodes.list_item.create(null, nodes.paragraph.create(null, inline(runs))),
      );
      return (block.ordered ? nodes.ordered_list : nodes.bullet_list).create(null, items);
    }
    case 'embed':
      return nodes.embed.create({
        provider: block.provider,
        url: block.url,
        title: block.title ?? null,
      });
    case 'gallery':
      return nodes.gallery.create({ images: block.images, caption: block.caption ?? null });
    case 'video':
      return nodes.video.create({
        provider: block.provider,
        url: block.url,
        poster: block.poster ?? null,
        title: block.title ?? null,
        caption: block.caption ?? null,
        credit: block.credit ?? null,
      });
    default: {
      const type = (block as { type?: unknown }).type;
      throw new Error(`unknown block type "${String(type)}"`);
    }
  }
}

/** A block's type as a name for messages, whatever was sent. */
function typeOf(block: unknown): string {
  const type = (block as { type?: unknown } | null)?.type;
  return typeof type === 'string' ? type : 'unknown';
}

/**
 * The editor document of a story body. Nodes are built as given and not checked (see
 * validateBlocksWithSchema); a block that has no node at all throws a BlockSchemaError.
 */
export function blocksToDoc(blocks: readonly Block[]): Node {
  const children = blocks.map((block, index) => {
    try {
      return blockToNode(block);
    } catch (error) {
      const type = typeOf(block);
      throw new BlockSchemaError(index, type, (error as Error).message);
    }
  });
  return schema.nodes.doc.create(null, children);
}

function runsOf(node: Node): TextRun[] {
  const runs: TextRun[] = [];
  node.forEach((child) => {
    if (!child.isText || !child.text) return;
    const run: TextRun = { text: child.text };
    if (child.marks.length > 0) run.marks = child.marks.map((m) => m.type.name as Mark);
    const link = child.marks.find((m) => m.type === schema.marks.link);
    if (link) run.href = link.attrs.href as string;
    runs.push(run);
  });
  return runs;
}

function paragraphsOf(node: Node): ParagraphBlock[] {
  const out: ParagraphBlock[] = [];
  node.forEach((p) => out.push({ type: 'paragraph', content: runsOf(p) }));
  return out;
}

/** Sets `key` on `target` only when the attribute has a value (the story model omits absent fields). */
function withOptional<T extends object>(
  target: T,
  attrs: Record<string, unknown>,
  keys: string[],
): T {
  for (const key of keys) {
    const value = attrs[key];
    if (value !== null && value !== undefined) (target as Record<string, unknown>)[key] = value;
  }
  return target;
}

function nodeToBlock(node: Node): Block {
  const attrs = node.attrs as Record<string, unknown>;
  switch (node.type.name) {
    case 'paragraph':
      return { type: 'paragraph', content: runsOf(node) };
    case 'heading':
      return attrs.level === null
        ? { type: 'heading', content: runsOf(node) }
        : { type: 'heading', level: attrs.level as 2 | 3, content: runsOf(node) };
    case 'question':
    case 'answer': {
      const kind = node.type.name;
      const content = paragraphsOf(node);
      return typeof attrs.speaker === 'string'
        ? { type: kind, speaker: attrs.speaker, content }
        : { type: kind, content };
    }
    case 'quote':
      return withOptional({ type: 'quote', content: paragraphsOf(node) }, attrs, ['cite']);
    case 'image':
      return withOptional(
        { type: 'image', src: attrs.src as string, alt: attrs.alt as string },
        attrs,
        ['caption', 'credit', 'width', 'height'],
      );
    case 'bullet_list':
    case 'ordered_list': {
      const items: TextRun[][] = [];
      node.forEach((item) => items.push(item.firstChild ? runsOf(item.firstChild) : []));
      return node.type.name === 'ordered_list'
        ? { type: 'list', ordered: true, items }
        : { type: 'list', items };
    }
    case 'embed':
      return withOptional(
        {
          type: 'embed',
          provider: attrs.provider as 'youtube' | 'x' | 'telegram' | 'link',
          url: attrs.url as string,
        },
        attrs,
        ['title'],
      );
    case 'gallery':
      return withOptional(
        {
          type: 'gallery',
          images: (attrs.images as GalleryImage[]).map((img) => {
            const { src, alt, ...rest } = img;
            return withOptional({ src, alt }, rest as Record<string, unknown>, [
              'caption',
              'credit',
              'width',
              'height',
            ]);
          }),
        },
        attrs,
        ['caption'],
      );
    case 'video':
      return withOptional(
        {
          type: 'video',
          provider: attrs.provider as VideoProvider,
          url: attrs.url as string,
        },
        attrs,
        ['poster', 'title', 'caption', 'credit'],
      );
    default:
      throw new Error(`node ${node.type.name} is not a block`);
  }
}

/** The story body of an editor document, in the story model's canonical JSON shape. */
export function docToBlocks(doc: Node): Block[] {
  const blocks: Block[] = [];
  doc.forEach((node) => blocks.push(nodeToBlock(node)));
  return blocks;
}
