// Tests of body reading: paragraphs, editor's notes and interview question/answer blocks.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { blockText, type Block } from '../../domain/blocks.js';
import { parseRuns } from './editor-notes.js';
import { interviewBlocks, toParagraphs } from './parse-body.js';

const shape = (blocks: Block[]): string[] => blocks.map((b) => `${b.type}: ${blockText(b)}`);

describe('toParagraphs', () => {
  it('splits on blank lines, joins wrapped lines and starts a paragraph at each dash line', () => {
    assert.deepEqual(
      toParagraphs(['', 'Один', 'два', '', '', '- Вопрос?', '- Ответ.', 'Ещё', '']),
      ['Один два', '- Вопрос?', '- Ответ. Ещё'],
    );
  });
});

describe('parseRuns', () => {
  it('marks notes in each language and keeps the text around them', () => {
    assert.deepEqual(parseRuns('Он приехал (в Баку - ред.) вчера.'), [
      { text: 'Он приехал ' },
      { text: '(в Баку - ред.)', marks: ['editorNote'] },
      { text: ' вчера.' },
    ]);
    assert.deepEqual(parseRuns('(Bakıya – red.)'), [
      { text: '(Bakıya – red.)', marks: ['editorNote'] },
    ]);
    assert.deepEqual(parseRuns('We met (the minister — ed.).'), [
      { text: 'We met ' },
      { text: '(the minister — ed.)', marks: ['editorNote'] },
      { text: '.' },
    ]);
    assert.deepEqual(parseRuns('договор (подписан в 2024 (в мае) - прим. ред.)')[1], {
      text: '(подписан в 2024 (в мае) - прим. ред.)',
      marks: ['editorNote'],
    });
  });

  it('leaves ordinary parentheses alone', () => {
    assert.deepEqual(parseRuns('Курс (в манатах) вырос (на 2%).'), [
      { text: 'Курс (в манатах) вырос (на 2%).' },
    ]);
    assert.deepEqual(parseRuns('the red (edited) version'), [{ text: 'the red (edited) version' }]);
  });
});

describe('interviewBlocks', () => {
  it('makes question and answer blocks; answers run until the next question', () => {
    const { blocks, pairs } = interviewBlocks([
      'Вступление.',
      '- Без вопроса, просто реплика.',
      '- Как дела?',
      '- Хорошо. А у вас?',
      'Второй абзац ответа.',
      '- Что дальше?',
      '– Дальше работа.',
    ]);
    assert.equal(pairs, 2);
    assert.deepEqual(shape(blocks), [
      'paragraph: Вступление.',
      'paragraph: - Без вопроса, просто реплика.',
      'question: Как дела?',
      'answer: Хорошо. А у вас?\n\nВторой абзац ответа.',
      'question: Что дальше?',
      'answer: Дальше работа.',
    ]);
  });

  it('continues an unfinished question and starts a dashless answer after a finished one', () => {
    const { blocks } = interviewBlocks([
      '- Вы сказали: «ставки растут»? Почему так',
      'и что будет дальше',
      '- Потому что спрос высок.',
      '- А налоги?',
      'Налоги не изменятся.',
    ]);
    assert.deepEqual(shape(blocks), [
      'question: Вы сказали: «ставки растут»? Почему так\n\nи что будет дальше',
      'answer: Потому что спрос высок.',
      'question: А налоги?',
      'answer: Налоги не изменятся.',
    ]);
  });

  it('counts no pairs in a text without turns', () => {
    const { blocks, pairs } = interviewBlocks(['Один.', 'Два?']);
    assert.equal(pairs, 0);
    assert.deepEqual(shape(blocks), ['paragraph: Один.', 'paragraph: Два?']);
  });
});
