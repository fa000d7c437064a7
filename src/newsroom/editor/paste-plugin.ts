// Paste handling: a YouTube/X/Telegram link pasted alone becomes an embed; a URL pasted on a selection links it.

import { Plugin } from 'prosemirror-state';
import { insertBlock, setLink } from './commands.js';
import { embedFromUrl } from './embed-from-url.js';
import { cleanPastedHtml } from './paste-html.js';
import { isAllowedHref } from './safe-url.js';
import { storySchema as schema } from './schema/index.js';

export function pastePlugin(): Plugin {
  return new Plugin({
    props: {
      transformPastedHTML: (html) => cleanPastedHtml(html),
      handlePaste(view, event) {
        const text = event.clipboardData?.getData('text/plain')?.trim() ?? '';
        if (text === '' || /\s/.test(text)) return false;
        const { state } = view;
        if (!state.selection.empty && isAllowedHref(text) && /^(https?:|mailto:)/i.test(text))
          return setLink(text)(state, view.dispatch);
        const embed = embedFromUrl(text);
        if (!embed) return false;
        const node = schema.nodes.embed.create({ provider: embed.provider, url: embed.url });
        return insertBlock(node)(state, view.dispatch);
      },
    },
  });
}
