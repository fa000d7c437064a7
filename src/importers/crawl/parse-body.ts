// Turns the body lines under the date line into paragraphs, and paragraphs into blocks (interviews as question/answer).

import type { AnswerBlock, Block, ParagraphBlock, QuestionBlock } from '../../domain/blocks.js';
import { parseRuns } from './editor-notes.js';

/** A paragraph that starts a turn of speech: "- ", "– " or "— " then the words. */
const TURN = /^[-–—]\s+(?=\S)/u;

/**
 * Groups trimmed lines into paragraphs: blank lines separate them, lines of one
 * group are joined with a space, and a line starting with a dash ("- Как …?")
 * always starts a new paragraph.
 */
export function toParagraphs(lines: readonly string[]): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) paragraphs.push(current.join(' '));
    current = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') flush();
    else {
      if (TURN.test(line)) flush();
      current.push(line);
    }
  }
  flush();
  return paragraphs;
}

export function isTurn(paragraph: string): boolean {
  return TURN.test(paragraph);
}

/** A turn that asks: it has a question mark. */
export function isQuestion(paragraph: string): boolean {
  return isTurn(paragraph) && paragraph.includes('?');
}

/** The paragraph without its leading dash. */
export function stripTurn(paragraph: string): string {
  return paragraph.replace(TURN, '');
}

export function paragraphBlock(text: string): ParagraphBlock {
  return { type: 'paragraph', content: parseRuns(text) };
}

/** Every paragraph as a plain paragraph block. */
export function plainBlocks(paragraphs: readonly string[]): ParagraphBlock[] {
  return paragraphs.map(paragraphBlock);
}

export interface InterviewBlocks {
  blocks: Block[];
  /** Questions directly followed by an answer. */
  pairs: number;
}

/**
 * Reads an interview: a turn that asks is a question; the next turn starts the
 * answer, which holds every paragraph up to the next question. Paragraphs before
 * the first question stay plain paragraphs. A paragraph without a dash right
 * after a question continues the question unless the question already ended
 * with "?", in which case it starts an answer written without a dash.
 */
export function interviewBlocks(paragraphs: readonly string[]): InterviewBlocks {
  const blocks: Block[] = [];
  let question: QuestionBlock | null = null;
  let answer: AnswerBlock | null = null;
  let pairs = 0;

  const startAnswer = (text: string): void => {
    answer = { type: 'answer', content: [paragraphBlock(text)] };
    blocks.push(answer);
    question = null;
    pairs++;
  };

  for (const paragraph of paragraphs) {
    if (isQuestion(paragraph) && question === null) {
      question = { type: 'question', content: [paragraphBlock(stripTurn(paragraph))] };
      blocks.push(question);
      answer = null;
    } else if (question !== null) {
      const asked: QuestionBlock = question;
      const lastText =
        asked.content
          .at(-1)
          ?.content.map((r) => r.text)
          .join('') ?? '';
      if (isTurn(paragraph)) startAnswer(stripTurn(paragraph));
      else if (/\?\s*["»”)]?$/u.test(lastText)) startAnswer(paragraph);
      else asked.content.push(paragraphBlock(paragraph));
    } else if (answer !== null) {
      (answer as AnswerBlock).content.push(paragraphBlock(paragraph));
    } else {
      blocks.push(paragraphBlock(paragraph));
    }
  }
  return { blocks, pairs };
}
