// Share links of a story page: plain addresses of each service's share page, the story's URL encoded; no script of theirs.

import type { EditionCode } from '../domain/editions.js';
import type { ShareLinkView } from './view-models.js';
import { readerStrings } from './views/reader-strings.js';

/** Links to share `url` (absolute) titled `title` on Telegram, WhatsApp, Facebook, X and by e-mail. */
export function shareLinks(edition: EditionCode, url: string, title: string): ShareLinkView[] {
  const r = readerStrings(edition);
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const on = (service: ShareLinkView['service'], name: string, href: string): ShareLinkView => ({
    service,
    name,
    label: r.shareOn(name),
    url: href,
  });
  return [
    on('telegram', 'Telegram', `https://t.me/share/url?url=${u}&text=${t}`),
    on('whatsapp', 'WhatsApp', `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`),
    on('facebook', 'Facebook', `https://www.facebook.com/sharer/sharer.php?u=${u}`),
    on('x', 'X', `https://x.com/intent/post?url=${u}&text=${t}`),
    {
      service: 'email',
      name: r.email,
      label: r.sendByEmail,
      url: `mailto:?subject=${t}&body=${encodeURIComponent(`${title}\n\n${url}`)}`,
    },
  ];
}
