// The speaker attribute shared by questions and answers: who is talking, shown before the turn.

import type { Attrs, AttributeSpec, DOMOutputSpec } from 'prosemirror-model';

export const speakerAttr: AttributeSpec = { default: null, validate: 'string|null' };

/** Reads the speaker back from the editor's own HTML (data-speaker), so copy and paste keep it. */
export function speakerFromDom(dom: HTMLElement): Attrs {
  return { speaker: dom.getAttribute('data-speaker') || null };
}

/** A turn of an interview as a div; the speaker is drawn by CSS from data-speaker. */
export function turnToDom(kind: 'question' | 'answer', speaker: unknown): DOMOutputSpec {
  const attrs: Record<string, string> = { 'data-block': kind, class: `pm-turn pm-${kind}` };
  if (typeof speaker === 'string' && speaker !== '') attrs['data-speaker'] = speaker;
  return ['div', attrs, 0];
}
