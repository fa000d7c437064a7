// The live box's plain text and an entry's blocks: paragraphs split by blank lines, "> " quotes, a lone link an embed or image.

import type { Block, ParagraphBlock } from '../../../domain/blocks.js';
import { embedFromUrl } from '../../editor/embed-from-url.js';

const IMAGE = /^(https?:\/\/\S+|\/media\/\S+)\.(jpe?g|png|webp|gif|avif)(\?\S*)?$/i;

const paragraph = (text: string): ParagraphBlock => ({
  type: 'paragraph',
  content: [{ text }],
});

/** The blocks of what was typed; nothing for blank text. */
export function textToBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const part = chunk.trim();
    if (!part) continue;
    if (/^>\s?/.test(part)) {
      const lines = part.split('\n').map((l) => l.replace(/^>\s?/, ''));
      const cite =
        lines.length > 1 && /^[—–-]\s*\S/.test(lines.at(-1)!.trim())
          ? lines
              .pop()!
              .trim()
              .replace(/^[—–-]\s*/, '')
          : undefined;
      blocks.push({
        type: 'quote',
        content: [paragraph(lines.join(' ').trim())],
        ...(cite ? { cite } : {}),
      });
      continue;
    }
    if (!/\s/.test(part)) {
      const embed = embedFromUrl(part);
      if (embed) {
        blocks.push(embed);
        continue;
      }
      if (IMAGE.test(part)) {
        blocks.push({ type: 'image', src: part, alt: '' });
        continue;
      }
    }
    blocks.push(
      paragraph(
        part
          .split('\n')
          .map((l) => l.trim())
          .join(' '),
      ),
    );
  }
  return blocks;
}

/** An entry's blocks as the box shows them for a correction (the inverse of textToBlocks). */
export function blocksToText(blocks: readonly Block[]): string {
  return blocks
    .map((b) => {
      switch (b.type) {
        case 'paragraph':
        case 'heading':
          return b.content.map((r) => r.text).join('');
        case 'quote': {
          const text = b.content
            .map((p) => `> ${p.content.map((r) => r.text).join('')}`)
            .join('\n');
          return b.cite ? `${text}\n> — ${b.cite}` : text;
        }
        case 'embed':
          return b.url;
        case 'image':
          return b.src;
        case 'list':
          return b.items.map((i) => `- ${i.map((r) => r.text).join('')}`).join('\n');
        case 'gallery':
          return b.images.map((i) => i.src).join('\n');
        case 'video':
          return b.url;
        default:
          return b.content.map((p) => p.content.map((r) => r.text).join('')).join('\n');
      }
    })
    .join('\n\n');
}
