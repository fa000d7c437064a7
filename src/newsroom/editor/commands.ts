// Editing commands of the story editor: marks, the editor's note, links, interview turns, quotes, lists, blocks.

import { lift, setBlockType, toggleMark } from 'prosemirror-commands';
import type { Attrs, MarkType, Node, NodeType, ResolvedPos } from 'prosemirror-model';
import {
  NodeSelection,
  TextSelection,
  type Command,
  type EditorState,
  type Transaction,
} from 'prosemirror-state';
import { findWrapping } from 'prosemirror-transform';
import { storySchema as schema } from './schema/index.js';

const { nodes, marks } = schema;
export type WrapperName = 'question' | 'answer' | 'quote';

/** The closest ancestor of the selection start of one of `types`, with its position. */
export function findAncestor(
  state: EditorState,
  types: readonly NodeType[],
): { node: Node; pos: number } | null {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth);
    if (types.includes(node.type)) return { node, pos: $from.before(depth) };
  }
  return null;
}

export function isMarkActive(state: EditorState, type: MarkType): boolean {
  const { from, $from, to, empty } = state.selection;
  if (empty) return !!type.isInSet(state.storedMarks ?? $from.marks());
  return state.doc.rangeHasMark(from, to, type);
}

/** Whether the selection is in a block of this type (and level, for headings). */
export function isBlockActive(state: EditorState, name: string, attrs?: Attrs): boolean {
  const { $from } = state.selection;
  if (state.selection instanceof NodeSelection) return state.selection.node.type.name === name;
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth);
    if (node.type.name !== name) continue;
    return !attrs || Object.entries(attrs).every(([k, v]) => (node.attrs[k] ?? 2) === v);
  }
  return false;
}

export const toggleBold: Command = toggleMark(marks.bold);
export const toggleItalic: Command = toggleMark(marks.italic);

export const setParagraph: Command = setBlockType(nodes.paragraph);
export const setHeading = (level: 2 | 3): Command => setBlockType(nodes.heading, { level });

/** Textblocks of the selection become paragraphs, then the range is wrapped in `type`. */
function wrapAsParagraphs(
  state: EditorState,
  wrap: (tr: Transaction, $from: ResolvedPos, $to: ResolvedPos) => boolean,
  dispatch?: (tr: Transaction) => void,
): boolean {
  const { from, to } = state.selection;
  const tr = state.tr.setBlockType(from, to, nodes.paragraph);
  const $from = tr.doc.resolve(tr.mapping.map(from));
  const $to = tr.doc.resolve(tr.mapping.map(to));
  if (!wrap(tr, $from, $to)) return false;
  dispatch?.(tr.scrollIntoView());
  return true;
}

/**
 * Question, answer or quote around the selected paragraphs. Inside one of the same kind it is
 * unwrapped; inside another kind it changes kind (a question becomes an answer, keeping the speaker).
 */
export function toggleWrapper(name: WrapperName): Command {
  const type = nodes[name];
  return (state, dispatch) => {
    const found = findAncestor(state, [nodes.question, nodes.answer, nodes.quote]);
    if (found) {
      const { node, pos } = found;
      if (node.type === type) {
        const $start = state.doc.resolve(pos + 1);
        const $end = state.doc.resolve(pos + node.nodeSize - 1);
        const range = $start.blockRange($end);
        if (!range) return lift(state, dispatch);
        if (dispatch) dispatch(state.tr.lift(range, range.depth - 1).scrollIntoView());
        return true;
      }
      const speaker = (node.attrs.speaker as string | null | undefined) ?? null;
      const attrs = name === 'quote' ? { cite: null } : { speaker };
      if (dispatch) dispatch(state.tr.setNodeMarkup(pos, type, attrs));
      return true;
    }
    return wrapAsParagraphs(
      state,
      (tr, $from, $to) => {
        const range = $from.blockRange($to);
        const wrapping = range && findWrapping(range, type);
        if (!range || !wrapping) return false;
        tr.wrap(range, wrapping);
        return true;
      },
      dispatch,
    );
  };
}

/** Top-level textblocks of the selection as list items (one item per paragraph or heading). */
function wrapTopLevelInList(state: EditorState, listType: NodeType): Transaction | null {
  const { $from, $to } = state.selection;
  if ($from.depth < 1 || $to.depth < 1) return null;
  const start = $from.before(1);
  const end = $to.after(1);
  const items: Node[] = [];
  let ok = true;
  state.doc.nodesBetween(start, end, (node, pos) => {
    if (pos < start) return false;
    if (!node.isTextblock) ok = false;
    else items.push(nodes.list_item.create(null, nodes.paragraph.create(null, node.content)));
    return false;
  });
  if (!ok || items.length === 0) return null;
  const tr = state.tr.replaceWith(start, end, listType.create(null, items));
  const offset = $from.pos - $from.start();
  return tr.setSelection(
    TextSelection.create(tr.doc, Math.min(start + 3 + offset, tr.doc.content.size)),
  );
}

/**
 * The selected items of the list around the selection become paragraphs; the items before and
 * after stay lists of the same kind.
 */
export const liftFromList: Command = (state, dispatch) => {
  const found = findAncestor(state, [nodes.bullet_list, nodes.ordered_list]);
  if (!found) return false;
  const { node: list, pos } = found;
  const depth = state.doc.resolve(pos).depth + 1;
  const { $from, $to } = state.selection;
  const first = $from.index(depth);
  const last = Math.max(first, $to.index(depth));
  if (!dispatch) return true;
  const items: Node[] = [];
  list.forEach((item) => items.push(item));
  const before = items.slice(0, first);
  const after = items.slice(last + 1);
  const lifted = items
    .slice(first, last + 1)
    .map((item) => item.firstChild ?? nodes.paragraph.create());
  const parts: Node[] = [];
  if (before.length) parts.push(list.type.create(list.attrs, before));
  parts.push(...lifted);
  if (after.length) parts.push(list.type.create(list.attrs, after));
  const tr = state.tr.replaceWith(pos, pos + list.nodeSize, parts);
  const start = pos + (before.length ? parts[0]!.nodeSize : 0) + 1;
  const offset = $from.pos - $from.start();
  dispatch(
    tr
      .setSelection(TextSelection.create(tr.doc, start + Math.min(offset, lifted[0]!.content.size)))
      .scrollIntoView(),
  );
  return true;
};

/** Bulleted or numbered list: wraps paragraphs, switches the kind, or lifts items out of a list of this kind. */
export function toggleList(ordered: boolean): Command {
  const listType = ordered ? nodes.ordered_list : nodes.bullet_list;
  return (state, dispatch) => {
    const found = findAncestor(state, [nodes.bullet_list, nodes.ordered_list]);
    if (found?.node.type === listType) return liftFromList(state, dispatch);
    if (found) {
      if (dispatch) dispatch(state.tr.setNodeMarkup(found.pos, listType));
      return true;
    }
    const tr = wrapTopLevelInList(state, listType);
    if (!tr) return false;
    dispatch?.(tr.scrollIntoView());
    return true;
  };
}

/** Sets who speaks in the question or answer around the selection (empty: nobody named). */
export function setSpeaker(speaker: string): Command {
  return (state, dispatch) => {
    const found = findAncestor(state, [nodes.question, nodes.answer]);
    if (!found) return false;
    const value = speaker.trim() || null;
    if (dispatch) dispatch(state.tr.setNodeAttribute(found.pos, 'speaker', value));
    return true;
  };
}

/** Sets the cite of the quote around the selection. */
export function setCite(cite: string): Command {
  return (state, dispatch) => {
    const found = findAncestor(state, [nodes.quote]);
    if (!found) return false;
    if (dispatch) dispatch(state.tr.setNodeAttribute(found.pos, 'cite', cite.trim() || null));
    return true;
  };
}

/** Mod-Enter in an interview: a new answer after a question, a new question after an answer. */
export const nextTurn: Command = (state, dispatch) => {
  const found = findAncestor(state, [nodes.question, nodes.answer]);
  if (!found) return false;
  const nextType = found.node.type === nodes.question ? nodes.answer : nodes.question;
  let speaker: string | null = null;
  state.doc.forEach((block, offset) => {
    if (offset < found.pos && block.type === nextType)
      speaker = (block.attrs.speaker as string | null) ?? null;
  });
  if (dispatch) {
    const at = found.pos + found.node.nodeSize;
    const turn = nextType.create({ speaker }, nodes.paragraph.create());
    const tr = state.tr.insert(at, turn);
    dispatch(tr.setSelection(TextSelection.create(tr.doc, at + 2)).scrollIntoView());
  }
  return true;
};

/** The link around the cursor or selection: its address and extent. */
export function linkAt(state: EditorState): { href: string; from: number; to: number } | null {
  const { $from, from, to } = state.selection;
  const type = marks.link;
  const mark = type.isInSet($from.marks()) ?? type.isInSet($from.nodeAfter?.marks ?? []);
  if (!mark) return null;
  const parent = $from.parent;
  const start = $from.start();
  let linkFrom = from;
  let linkTo = to;
  parent.forEach((child, offset) => {
    const childFrom = start + offset;
    const childTo = childFrom + child.nodeSize;
    if (!mark.isInSet(child.marks)) return;
    if (childTo >= linkFrom && childFrom <= linkFrom) linkFrom = Math.min(linkFrom, childFrom);
    if (childFrom <= linkTo && childTo >= linkTo) linkTo = Math.max(linkTo, childTo);
  });
  return { href: mark.attrs.href as string, from: linkFrom, to: linkTo };
}

/** Links the selection (or the link under the cursor) to href; an empty selection inserts href as text. */
export function setLink(href: string): Command {
  return (state, dispatch) => {
    const type = marks.link;
    const mark = type.create({ href });
    const { empty, from, to } = state.selection;
    const existing = empty ? linkAt(state) : null;
    if (!dispatch) return true;
    if (existing) {
      dispatch(
        state.tr
          .removeMark(existing.from, existing.to, type)
          .addMark(existing.from, existing.to, mark),
      );
    } else if (empty) {
      dispatch(state.tr.insertText(href, from).addMark(from, from + href.length, mark));
    } else {
      dispatch(state.tr.removeMark(from, to, type).addMark(from, to, mark));
    }
    return true;
  };
}

export const removeLink: Command = (state, dispatch) => {
  const found = state.selection.empty ? linkAt(state) : state.selection;
  if (!found) return false;
  if (dispatch) dispatch(state.tr.removeMark(found.from, found.to, marks.link));
  return true;
};

/** The end of the editor's note the cursor stands inside (not at its edges), or null. */
function endOfNoteAround($pos: ResolvedPos): number | null {
  const type = marks.editorNote;
  const start = $pos.start();
  let offset = 0;
  let runStart = -1;
  for (let i = 0; i < $pos.parent.childCount; i++) {
    const child = $pos.parent.child(i);
    const inNote = type.isInSet(child.marks) !== undefined;
    if (inNote && runStart < 0) runStart = offset;
    if (!inNote) runStart = -1;
    offset += child.nodeSize;
    const runEnds =
      inNote && (i === $pos.parent.childCount - 1 || !type.isInSet($pos.parent.child(i + 1).marks));
    if (runEnds && runStart < $pos.parentOffset && $pos.parentOffset < offset)
      return start + offset;
  }
  return null;
}

/**
 * The editor's note. On a selection: marks it, adding the parentheses and the edition's suffix
 * (" - ред.") when the text has none; on a note: removes the mark. With no selection: inside a
 * note, leaves it (the cursor goes after its closing parenthesis); elsewhere inserts "( - ред.)"
 * as a note and puts the cursor after the opening parenthesis.
 */
export function toggleEditorNote(suffix: string): Command {
  return (state, dispatch) => {
    const type = marks.editorNote;
    const { empty, from, to, $from } = state.selection;
    if (!$from.parent.inlineContent) return false;
    if (!empty && state.doc.rangeHasMark(from, to, type)) {
      if (dispatch) dispatch(state.tr.removeMark(from, to, type));
      return true;
    }
    const noteEnd = empty ? endOfNoteAround($from) : null;
    if (noteEnd !== null) {
      if (dispatch) {
        const tr = state.tr.setSelection(TextSelection.create(state.doc, noteEnd));
        const outside = state.doc
          .resolve(noteEnd)
          .marks()
          .filter((m) => m.type !== type);
        dispatch(tr.setStoredMarks(outside).scrollIntoView());
      }
      return true;
    }
    if (!dispatch) return true;
    const keep = ($from.marks() ?? []).filter((m) => m.type !== type && m.type !== marks.link);
    if (empty) {
      const text = `(${suffix})`;
      const tr = state.tr.insert(from, schema.text(text, [...keep, type.create()]));
      dispatch(tr.setSelection(TextSelection.create(tr.doc, from + 1)).scrollIntoView());
      return true;
    }
    const selected = state.doc.textBetween(from, to);
    if (/^\(.*\)$/s.test(selected.trim())) {
      dispatch(state.tr.addMark(from, to, type.create()));
      return true;
    }
    const text = `(${selected}${suffix})`;
    const tr = state.tr.replaceWith(from, to, schema.text(text, [...keep, type.create()]));
    dispatch(tr.setSelection(TextSelection.create(tr.doc, from + text.length)).scrollIntoView());
    return true;
  };
}

/**
 * Inserts a block (image, gallery, video, embed) where the cursor is: in place of an empty
 * top-level paragraph, or after the top-level block (after a selected picture or video too: a
 * selected block is never replaced); the new block is selected.
 */
export function insertBlock(block: Node): Command {
  return (state, dispatch) => {
    const { selection } = state;
    const { $from } = selection;
    let tr = state.tr;
    let at: number;
    if (selection instanceof NodeSelection && $from.depth === 0) {
      at = selection.to;
      tr = tr.insert(at, block);
    } else if (
      $from.depth === 1 &&
      $from.parent.type === nodes.paragraph &&
      $from.parent.content.size === 0
    ) {
      at = $from.before(1);
      tr = tr.replaceWith(at, $from.after(1), block);
    } else if ($from.depth === 0) {
      at = $from.pos;
      tr = tr.insert(at, block);
    } else {
      at = $from.after(1);
      tr = tr.insert(at, block);
    }
    if (!dispatch) return true;
    const after = at + block.nodeSize;
    if (after >= tr.doc.content.size) tr = tr.insert(after, nodes.paragraph.create());
    dispatch(tr.setSelection(NodeSelection.create(tr.doc, at)).scrollIntoView());
    return true;
  };
}

/** Changes the attributes of the selected image or embed. */
export function updateSelectedNode(attrs: Attrs): Command {
  return (state, dispatch) => {
    const { selection } = state;
    if (!(selection instanceof NodeSelection)) return false;
    if (dispatch)
      dispatch(
        state.tr.setNodeMarkup(selection.from, undefined, { ...selection.node.attrs, ...attrs }),
      );
    return true;
  };
}
