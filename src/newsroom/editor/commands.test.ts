// Editing commands on editor states in Node: interview turns, the editor's note, lists, inserted blocks, saved bodies.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { EditorState, NodeSelection, TextSelection, type Command } from 'prosemirror-state';
import type { Block, ParagraphBlock } from '../../domain/blocks.js';
import {
  insertBlock,
  liftFromList,
  nextTurn,
  setSpeaker,
  toggleEditorNote,
  toggleList,
  toggleWrapper,
} from './commands.js';
import { docToBlocks } from './convert.js';
import { editableDoc, savedBlocks } from './editable-doc.js';
import { storySchema as schema } from './schema/index.js';

const para = (text: string): ParagraphBlock => ({
  type: 'paragraph',
  content: text ? [{ text }] : [],
});

/** A state over `blocks` with the cursor at `at` (a document position) or a selection from–to. */
function stateOf(blocks: Block[], from: number, to = from): EditorState {
  const doc = editableDoc(blocks);
  return EditorState.create({ doc, selection: TextSelection.create(doc, from, to) });
}

function run(state: EditorState, command: Command): EditorState {
  let next = state;
  assert.equal(
    command(state, (tr) => (next = state.apply(tr))),
    true,
  );
  return next;
}

describe('interview commands', () => {
  test('a paragraph becomes a question, then an answer keeping the speaker, then a paragraph again', () => {
    let state = stateOf([para('Как дела?')], 3);
    state = run(state, toggleWrapper('question'));
    assert.deepEqual(docToBlocks(state.doc), [{ type: 'question', content: [para('Как дела?')] }]);
    state = run(state, setSpeaker('Report'));
    state = run(state, toggleWrapper('answer'));
    assert.deepEqual(docToBlocks(state.doc), [
      { type: 'answer', speaker: 'Report', content: [para('Как дела?')] },
    ]);
    state = run(state, toggleWrapper('answer'));
    assert.deepEqual(docToBlocks(state.doc), [para('Как дела?')]);
  });

  test('a heading is made a paragraph before it is wrapped', () => {
    const state = run(
      stateOf([{ type: 'heading', level: 2, content: [{ text: 'Вопрос' }] }], 2),
      toggleWrapper('question'),
    );
    assert.deepEqual(docToBlocks(state.doc), [{ type: 'question', content: [para('Вопрос')] }]);
  });

  test('Mod-Enter: after a question an answer by the last speaker, after an answer a question', () => {
    const blocks: Block[] = [
      { type: 'answer', speaker: 'Вернон Коакер', content: [para('Первый ответ.')] },
      { type: 'question', content: [para('Второй вопрос?')] },
    ];
    let state = stateOf(blocks, 20);
    state = run(state, nextTurn);
    assert.deepEqual(docToBlocks(state.doc)[2], {
      type: 'answer',
      speaker: 'Вернон Коакер',
      content: [para('')],
    });
    assert.equal(state.selection.$from.node(1).type.name, 'answer');
    state = run(state, nextTurn);
    assert.deepEqual(docToBlocks(state.doc)[3], { type: 'question', content: [para('')] });
  });
});

describe("the editor's note", () => {
  test('on a selection: the note gets its parentheses and the edition suffix', () => {
    // "приезжают в Азербайджан": select "в Азербайджан" (positions 12–25).
    const state = run(
      stateOf([para('приезжают в Азербайджан')], 11, 24),
      toggleEditorNote(' - ред.'),
    );
    assert.deepEqual(docToBlocks(state.doc), [
      {
        type: 'paragraph',
        content: [
          { text: 'приезжают ' },
          { text: '(в Азербайджан - ред.)', marks: ['editorNote'] },
        ],
      },
    ]);
  });

  test('with no selection it opens "( - red.)" with the cursor inside; on a note it removes the mark', () => {
    let state = run(stateOf([para('Bakıya ')], 8), toggleEditorNote(' - red.'));
    assert.equal(state.doc.textContent, 'Bakıya ( - red.)');
    assert.equal(state.selection.from, 9);
    state = state.apply(state.tr.insertText('paytaxt'));
    assert.deepEqual(docToBlocks(state.doc)[0], {
      type: 'paragraph',
      content: [{ text: 'Bakıya ' }, { text: '(paytaxt - red.)', marks: ['editorNote'] }],
    });
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 8, 24)));
    state = run(state, toggleEditorNote(' - red.'));
    assert.deepEqual(docToBlocks(state.doc)[0], para('Bakıya (paytaxt - red.)'));
  });
  test('pressed again inside a note it leaves the note: the cursor goes after it and types plain text', () => {
    let state = run(stateOf([para('Bakıya ')], 8), toggleEditorNote(' - red.'));
    state = state.apply(state.tr.insertText('paytaxt'));
    // The cursor stands inside the note, before " - red.)".
    state = run(state, toggleEditorNote(' - red.'));
    assert.equal(state.selection.from, 24);
    assert.equal(state.doc.textContent, 'Bakıya (paytaxt - red.)');
    state = state.apply(state.tr.insertText(' gəldi'));
    assert.deepEqual(docToBlocks(state.doc)[0], {
      type: 'paragraph',
      content: [
        { text: 'Bakıya ' },
        { text: '(paytaxt - red.)', marks: ['editorNote'] },
        { text: ' gəldi' },
      ],
    });
    // Right after the note the cursor is outside it: the shortcut opens a new note there.
    state = run(stateOf(docToBlocks(state.doc), 24), toggleEditorNote(' - red.'));
    assert.equal(state.doc.textContent, 'Bakıya (paytaxt - red.)( - red.) gəldi');
  });
});

describe('lists and inserted blocks', () => {
  test('paragraphs become a bulleted list, then a numbered one, then paragraphs again', () => {
    let state = stateOf([para('один'), para('два')], 1, 10);
    state = run(state, toggleList(false));
    assert.deepEqual(docToBlocks(state.doc), [
      { type: 'list', items: [[{ text: 'один' }], [{ text: 'два' }]] },
    ]);
    state = run(state, toggleList(true));
    assert.deepEqual(docToBlocks(state.doc), [
      { type: 'list', ordered: true, items: [[{ text: 'один' }], [{ text: 'два' }]] },
    ]);
    state = state.apply(
      state.tr.setSelection(TextSelection.create(state.doc, 3, state.doc.content.size - 3)),
    );
    state = run(state, toggleList(true));
    assert.deepEqual(docToBlocks(state.doc), [para('один'), para('два')]);
  });

  test('the last, empty item leaves the list as a paragraph (Enter on an empty item)', () => {
    const list: Block = { type: 'list', items: [[{ text: 'один' }], []] };
    // list 0, item 1, paragraph 2, "один" 3–7; the second item's paragraph opens at 10.
    const state = run(stateOf([list], 11), liftFromList);
    assert.deepEqual(docToBlocks(state.doc), [
      { type: 'list', items: [[{ text: 'один' }]] },
      para(''),
    ]);
    assert.equal(state.selection.$from.parent.type.name, 'paragraph');
    assert.equal(state.selection.$from.depth, 1);
  });

  test('an image replaces the empty paragraph it is inserted in; an empty place to type follows', () => {
    const image = schema.nodes.image.create({ src: '/media/a.jpg', alt: 'Баку' });
    const state = run(stateOf([para('Текст'), para('')], 8), insertBlock(image));
    assert.deepEqual(docToBlocks(state.doc), [
      para('Текст'),
      { type: 'image', src: '/media/a.jpg', alt: 'Баку' },
      para(''),
    ]);
    assert.deepEqual(savedBlocks(state.doc), [
      para('Текст'),
      { type: 'image', src: '/media/a.jpg', alt: 'Баку' },
    ]);
  });

  test('a video inserted while a gallery is selected goes after it; the gallery stays', () => {
    const gallery: Block = {
      type: 'gallery',
      images: [{ src: '/media/a.jpg', alt: 'Баку' }],
      caption: 'Баку',
    };
    const video: Block = { type: 'video', provider: 'link', url: 'https://example.com/clip' };
    const doc = editableDoc([para('Текст'), gallery, para('')]);
    // "Текст" is 0–7; the gallery starts at 7.
    const selected = EditorState.create({ doc, selection: NodeSelection.create(doc, 7) });
    const node = schema.nodes.video.create({ provider: 'link', url: 'https://example.com/clip' });
    const state = run(selected, insertBlock(node));
    assert.deepEqual(savedBlocks(state.doc), [para('Текст'), gallery, video]);
    assert.equal((state.selection as NodeSelection).node.type.name, 'video');
  });

  test('an empty body opens as one paragraph and saves as none; a stored empty question is filled', () => {
    const doc = editableDoc([]);
    assert.equal(doc.childCount, 1);
    assert.deepEqual(savedBlocks(doc), []);
    const filled = editableDoc([{ type: 'question', content: [] }]);
    filled.check();
    assert.deepEqual(docToBlocks(filled), [{ type: 'question', content: [para('')] }]);
  });
});
