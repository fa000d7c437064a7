// The plugin set of the story editor: input rules, shortcuts, history, drop and gap cursors, paste handling.

import { baseKeymap } from 'prosemirror-commands';
import { dropCursor } from 'prosemirror-dropcursor';
import { gapCursor } from 'prosemirror-gapcursor';
import { history } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import type { Plugin } from 'prosemirror-state';
import { storyInputRules } from './input-rules.js';
import { buildKeymap, type KeymapHooks } from './keymap.js';
import { pastePlugin } from './paste-plugin.js';

export function storyPlugins(hooks: KeymapHooks): Plugin[] {
  return [
    storyInputRules(),
    keymap(buildKeymap(hooks)),
    keymap(baseKeymap),
    history(),
    dropCursor(),
    gapCursor(),
    pastePlugin(),
  ];
}
