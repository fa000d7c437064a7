// Finds an interview in mapped blocks: bold paragraphs that ask become questions, what follows each becomes its answer.

import type { AnswerBlock, Block, ParagraphBlock, TextRun } from '../../domain/blocks.js';

function isBoldQuestion(block: Block): boolean {
  if (block.type !== 'paragraph') return false;
  const words = block.content.filter((r) => r.text.trim() !== '');
  const text = words
    .map((r) => r.text)
    .join('')
    .trim();
  return (
    words.length > 0 &&
    words.every((r) => r.marks?.includes('bold')) &&
    /[?？]\s*["»”)]?$/.test(text)
  );
}

function unbold(runs: TextRun[]): TextRun[] {
  return runs.map((r) => {
    const marks = (r.marks ?? []).filter((m) => m !== 'bold');
    const { marks: _drop, ...rest } = r;
    return marks.length ? { ...rest, marks } : rest;
  });
}

/**
 * Two or more bold questions make an interview: each becomes a question block (bold dropped, the
 * block says it), the paragraphs up to the next question its answer. What comes before the first
 * question stays as it is; a heading, quote or image between them ends the answer.
 */
export function findInterview(blocks: Block[]): { blocks: Block[]; interview: boolean } {
  if (blocks.filter(isBoldQuestion).length < 2) return { blocks, interview: false };
  const out: Block[] = [];
  let answer: AnswerBlock | null = null;
  for (const block of blocks) {
    if (block.type === 'paragraph' && isBoldQuestion(block)) {
      answer = null;
      const question: ParagraphBlock = { type: 'paragraph', content: unbold(block.content) };
      out.push({ type: 'question', content: [question] });
    } else if (block.type === 'paragraph' && out.at(-1)?.type === 'question') {
      answer = { type: 'answer', content: [block] };
      out.push(answer);
    } else if (block.type === 'paragraph' && answer) answer.content.push(block);
    else {
      answer = null;
      out.push(block);
    }
  }
  return { blocks: out, interview: true };
}
