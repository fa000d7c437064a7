// Keyboard shortcuts of the story editor; the same table labels the toolbar's tooltips.

import { chainCommands } from 'prosemirror-commands';
import { redo, undo } from 'prosemirror-history';
import { splitListItem } from 'prosemirror-schema-list';
import type { Command } from 'prosemirror-state';
import {
  liftFromList,
  nextTurn,
  setHeading,
  setParagraph,
  toggleBold,
  toggleEditorNote,
  toggleItalic,
  toggleList,
  toggleWrapper,
} from './commands.js';
import { storySchema as schema } from './schema/index.js';

/** Shortcut of each toolbar action, in prosemirror-keymap notation ("Mod" is Ctrl, or Cmd on a Mac). */
export const SHORTCUTS = {
  bold: 'Mod-b',
  italic: 'Mod-i',
  link: 'Mod-k',
  editorNote: 'Mod-Shift-e',
  question: 'Mod-Alt-q',
  answer: 'Mod-Alt-a',
  nextTurn: 'Mod-Enter',
  heading2: 'Mod-Alt-2',
  heading3: 'Mod-Alt-3',
  paragraph: 'Mod-Alt-0',
  quote: 'Mod-Alt-c',
  bulletList: 'Mod-Shift-8',
  orderedList: 'Mod-Shift-7',
  undo: 'Mod-z',
  redo: 'Mod-Shift-z',
  shortcuts: 'Mod-/',
} as const;
export type ShortcutAction = keyof typeof SHORTCUTS;

/** "Mod-Shift-e" as a person reads it: "Ctrl+Shift+E" (or "⌘⇧E" on a Mac). */
export function shortcutLabel(action: ShortcutAction, mac = false): string {
  const parts = SHORTCUTS[action].split('-');
  const key = parts.pop()!;
  const names: Record<string, string> = mac
    ? { Mod: '⌘', Shift: '⇧', Alt: '⌥' }
    : { Mod: 'Ctrl', Shift: 'Shift', Alt: 'Alt' };
  const mods = parts.map((p) => names[p] ?? p);
  const label = key.length === 1 ? key.toUpperCase() : key;
  return mac ? [...mods, label].join('') : [...mods, label].join('+');
}

export interface KeymapHooks {
  /** Opens the link dialog (the toolbar owns it). */
  requestLink: () => void;
  /** Opens the list of keyboard shortcuts (the toolbar owns it). */
  requestShortcuts: () => void;
  /** The suffix of an editor's note in the story's edition: " - ред.", " - red.", " - ed.". */
  noteSuffix: () => string;
}

/** The editor's own bindings; baseKeymap comes after them. */
export function buildKeymap(hooks: KeymapHooks): Record<string, Command> {
  const item = schema.nodes.list_item;
  return {
    [SHORTCUTS.bold]: toggleBold,
    [SHORTCUTS.italic]: toggleItalic,
    [SHORTCUTS.link]: () => {
      hooks.requestLink();
      return true;
    },
    [SHORTCUTS.shortcuts]: () => {
      hooks.requestShortcuts();
      return true;
    },
    [SHORTCUTS.editorNote]: (state, dispatch) =>
      toggleEditorNote(hooks.noteSuffix())(state, dispatch),
    [SHORTCUTS.question]: toggleWrapper('question'),
    [SHORTCUTS.answer]: toggleWrapper('answer'),
    [SHORTCUTS.nextTurn]: nextTurn,
    [SHORTCUTS.heading2]: setHeading(2),
    [SHORTCUTS.heading3]: setHeading(3),
    [SHORTCUTS.paragraph]: setParagraph,
    [SHORTCUTS.quote]: toggleWrapper('quote'),
    [SHORTCUTS.bulletList]: toggleList(false),
    [SHORTCUTS.orderedList]: toggleList(true),
    [SHORTCUTS.undo]: undo,
    [SHORTCUTS.redo]: redo,
    'Mod-y': redo,
    // Enter in a list item splits it; in an empty last item it leaves the list.
    Enter: chainCommands(splitListItem(item), (state, dispatch) => {
      const { $from, empty } = state.selection;
      if (!empty || $from.depth < 2 || $from.node(-1).type !== item) return false;
      return $from.parent.content.size === 0 && liftFromList(state, dispatch);
    }),
    'Shift-Tab': liftFromList,
    // Backspace at the start of a list item's text lifts it out of the list.
    Backspace: chainCommands((state, dispatch) => {
      const { $from, empty } = state.selection;
      if (!empty || $from.parentOffset > 0 || $from.depth < 2) return false;
      if ($from.node(-1).type !== item) return false;
      return liftFromList(state, dispatch);
    }),
  };
}
