// The story body: typed blocks with inline marks, stored as JSON and never as HTML.

export const MARKS = ['bold', 'italic', 'link', 'editorNote'] as const;
export type Mark = (typeof MARKS)[number];

/** A run of text with its marks; a link carries its address in `href`. */
export interface TextRun {
  text: string;
  marks?: Mark[];
  href?: string;
}

export interface ParagraphBlock {
  type: 'paragraph';
  content: TextRun[];
}
export interface HeadingBlock {
  type: 'heading';
  level?: 2 | 3;
  content: TextRun[];
}
/** A question of an interview; it holds its paragraphs. */
export interface QuestionBlock {
  type: 'question';
  speaker?: string;
  content: ParagraphBlock[];
}
/** An answer of an interview; it runs until the next question. */
export interface AnswerBlock {
  type: 'answer';
  speaker?: string;
  content: ParagraphBlock[];
}
export interface QuoteBlock {
  type: 'quote';
  content: ParagraphBlock[];
  cite?: string;
}
export interface ImageBlock {
  type: 'image';
  src: string;
  alt: string;
  caption?: string;
  credit?: string;
  width?: number;
  height?: number;
}
export interface ListBlock {
  type: 'list';
  ordered?: boolean;
  items: TextRun[][];
}
export interface EmbedBlock {
  type: 'embed';
  provider: 'youtube' | 'x' | 'telegram' | 'link';
  url: string;
  title?: string;
}

/** One picture of a gallery: the same fields as an image block. */
export type GalleryImage = Omit<ImageBlock, 'type'>;

/** Several pictures with their captions (photo stories). */
export interface GalleryBlock {
  type: 'gallery';
  images: GalleryImage[];
  caption?: string;
}

export const VIDEO_PROVIDERS = ['youtube', 'vimeo', 'link'] as const;
export type VideoProvider = (typeof VIDEO_PROVIDERS)[number];

/**
 * A video: its poster is shown, and the player (a third party's) is loaded only when the reader
 * asks for it; without scripts the poster links to the video's page.
 */
export interface VideoBlock {
  type: 'video';
  provider: VideoProvider;
  /** The video's page (https). */
  url: string;
  /** The poster picture's address (a Lede upload or https). */
  poster?: string;
  title?: string;
  caption?: string;
  credit?: string;
}

export type Block =
  | ParagraphBlock
  | HeadingBlock
  | QuestionBlock
  | AnswerBlock
  | QuoteBlock
  | ImageBlock
  | ListBlock
  | EmbedBlock
  | GalleryBlock
  | VideoBlock;

export type BlockType = Block['type'];
export const BLOCK_TYPES: readonly BlockType[] = [
  'paragraph',
  'heading',
  'question',
  'answer',
  'quote',
  'image',
  'list',
  'embed',
  'gallery',
  'video',
];

/** Plain text of a run list, marks dropped. */
export function runsText(runs: readonly TextRun[]): string {
  return runs.map((r) => r.text).join('');
}

/** Plain text of one block (paragraphs joined by blank lines). */
export function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return runsText(block.content);
    case 'question':
    case 'answer':
    case 'quote':
      return block.content.map((p) => runsText(p.content)).join('\n\n');
    case 'image':
      return [block.caption, block.alt].filter(Boolean).join(' ');
    case 'list':
      return block.items.map(runsText).join('\n');
    case 'embed':
      return block.title ?? '';
    case 'gallery':
      return [
        block.caption,
        ...block.images.map((i) => [i.caption, i.alt].filter(Boolean).join(' ')),
      ]
        .filter(Boolean)
        .join('\n');
    case 'video':
      return [block.title, block.caption].filter(Boolean).join(' ');
  }
}

/** Plain text of a whole body, for search, feeds and summaries. */
export function bodyText(blocks: readonly Block[]): string {
  return blocks
    .map(blockText)
    .filter((t) => t.length > 0)
    .join('\n\n');
}

/** Every text run of a body, in reading order. */
export function* allRuns(blocks: readonly Block[]): Generator<TextRun> {
  for (const b of blocks) {
    if (b.type === 'paragraph' || b.type === 'heading') yield* b.content;
    else if (b.type === 'question' || b.type === 'answer' || b.type === 'quote')
      for (const p of b.content) yield* p.content;
    else if (b.type === 'list') for (const item of b.items) yield* item;
  }
}
