// The editor's note: an insertion by the editors inside someone's words, "(в Азербайджан - ред.)".

import type { MarkSpec } from 'prosemirror-model';

export const editorNote: MarkSpec = {
  inclusive: false,
  parseDOM: [{ tag: 'span[data-mark=editor-note]' }, { tag: 'span.editor-note' }],
  toDOM: () => ['span', { class: 'editor-note', 'data-mark': 'editor-note' }, 0],
};
