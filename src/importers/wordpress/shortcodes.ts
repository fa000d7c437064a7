// WordPress shortcodes that Lede has a block for ([caption], [embed], [video]) turned into HTML it maps; others stay as text.

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function shortcodeAttr(attrs: string, name: string): string | null {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s\\]]+))`, 'i').exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : null;
}

/**
 * [caption ...]<img …> text[/caption] becomes a figure with its caption; [embed]URL[/embed],
 * [video src=URL] and [audio src=URL] become an embed marker the block mapper reads.
 */
export function expandShortcodes(html: string): string {
  if (!html.includes('[')) return html;
  return html
    .replace(
      /\[(caption|wp_caption)([^\]]*)\]([\s\S]*?)\[\/\1\]/gi,
      (_all, _name: string, attrs: string, inner: string) => {
        const img = /<img\b[^>]*>/i.exec(inner);
        const wrapped = /<a\b[^>]*>\s*<img\b[^>]*>\s*<\/a>/i.exec(inner);
        const caption =
          shortcodeAttr(attrs, 'caption') ??
          inner.replace(wrapped?.[0] ?? img?.[0] ?? '', '').trim();
        return img ? `<figure>${img[0]}<figcaption>${caption}</figcaption></figure>` : inner;
      },
    )
    .replace(
      /\[embed[^\]]*\]\s*(https?:\/\/[^\s[\]<>"]+)\s*\[\/embed\]/gi,
      (_all, url: string) => `<lede-embed data-url="${escapeAttr(url)}"></lede-embed>`,
    )
    .replace(
      /\[(?:video|audio)\b([^\]]*)\](?:\s*\[\/(?:video|audio)\])?/gi,
      (all, attrs: string) => {
        const src = shortcodeAttr(attrs, 'src') ?? shortcodeAttr(attrs, 'mp4');
        return src && /^https?:\/\//i.test(src)
          ? `<lede-embed data-url="${escapeAttr(src)}"></lede-embed>`
          : all;
      },
    );
}
