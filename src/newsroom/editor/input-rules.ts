// Markdown-like shortcuts typed at the start of a paragraph: "## " heading, "> " quote, "* " and "1. " lists.

import { inputRules, textblockTypeInputRule, wrappingInputRule } from 'prosemirror-inputrules';
import type { Plugin } from 'prosemirror-state';
import { storySchema as schema } from './schema/index.js';

/** The schema keeps them where they belong: a "* " inside an answer stays text (no list in an answer). */
export function storyInputRules(): Plugin {
  const { nodes } = schema;
  return inputRules({
    rules: [
      textblockTypeInputRule(/^(#{2,3})\s$/, nodes.heading, (m) => ({ level: m[1]!.length })),
      wrappingInputRule(/^\s*>\s$/, nodes.quote),
      wrappingInputRule(/^\s*([*•])\s$/, nodes.bullet_list),
      wrappingInputRule(/^(\d+)\.\s$/, nodes.ordered_list),
    ],
  });
}
