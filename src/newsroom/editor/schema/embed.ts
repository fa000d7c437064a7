// An embed block: a YouTube, X or Telegram post (or any link) shown as a card, never an iframe.

import type { NodeSpec } from 'prosemirror-model';
import { embedFromUrl, EMBED_PROVIDERS } from '../embed-from-url.js';

const PROVIDER_LABELS: Record<string, string> = {
  youtube: 'YouTube',
  x: 'X',
  telegram: 'Telegram',
  link: 'Link',
};

export const embed: NodeSpec = {
  attrs: {
    provider: {
      validate: (v: unknown) => {
        if (!(EMBED_PROVIDERS as readonly unknown[]).includes(v))
          throw new RangeError(`provider must be one of ${EMBED_PROVIDERS.join(', ')}`);
      },
    },
    url: { validate: 'string' },
    title: { default: null, validate: 'string|null' },
  },
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  parseDOM: [
    {
      tag: '[data-block=embed]',
      getAttrs: (dom: HTMLElement) => {
        const url = dom.getAttribute('data-url') ?? dom.querySelector('a')?.getAttribute('href');
        if (!url) return false;
        const found = embedFromUrl(url);
        return {
          provider: dom.getAttribute('data-provider') ?? found?.provider ?? 'link',
          url: found && !dom.hasAttribute('data-url') ? found.url : url,
          title:
            dom.getAttribute('data-title') ??
            (dom.querySelector('.embed-title')?.textContent?.trim() || null),
        };
      },
    },
    {
      // A YouTube player pasted from another page.
      tag: 'iframe[src]',
      getAttrs: (dom: HTMLElement) => {
        const found = embedFromUrl(dom.getAttribute('src') ?? '');
        return found
          ? { provider: found.provider, url: found.url, title: dom.title || null }
          : false;
      },
    },
  ],
  toDOM: (node) => {
    const { provider, url, title } = node.attrs as {
      provider: string;
      url: string;
      title: string | null;
    };
    const attrs: Record<string, string> = {
      'data-block': 'embed',
      'data-provider': provider,
      'data-url': url,
      class: `pm-embed pm-embed-${provider}`,
    };
    if (title !== null) attrs['data-title'] = title;
    return [
      'div',
      attrs,
      ['span', { class: 'pm-embed-provider' }, PROVIDER_LABELS[provider] ?? provider],
      ['span', { class: 'pm-embed-title' }, title || url],
    ];
  },
};
