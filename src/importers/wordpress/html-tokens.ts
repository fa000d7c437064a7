// Splits a post's HTML into tags, text and comments, entities decoded (no HTML parser is among Lede's dependencies).

export type HtmlToken =
  | { t: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { t: 'close'; name: string }
  | { t: 'text'; text: string }
  | { t: 'comment'; text: string };

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  copy: '©',
  reg: '®',
  trade: '™',
  bull: '•',
  middot: '·',
  deg: '°',
  euro: '€',
  times: '×',
  shy: '\u00ad',
  zwnj: '\u200c',
  zwj: '\u200d',
};

/** Decodes numeric character references and the named ones posts use; unknown names stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,31});/gi,
    (whole, ref: string) => {
      if (ref.startsWith('#')) {
        const code =
          ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
        return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
          ? String.fromCodePoint(code)
          : '\ufffd';
      }
      return NAMED[ref] ?? NAMED[ref.toLowerCase()] ?? whole;
    },
  );
}

const ATTR = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(ATTR))
    attrs[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  return attrs;
}

/** The tokens of an HTML fragment in order; a stray "<" that opens no tag is text. */
export function tokenizeHtml(html: string): HtmlToken[] {
  const out: HtmlToken[] = [];
  let i = 0;
  let text = '';
  const flush = () => {
    if (text) out.push({ t: 'text', text: decodeEntities(text) });
    text = '';
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      text += html.slice(i);
      break;
    }
    text += html.slice(i, lt);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      flush();
      out.push({ t: 'comment', text: html.slice(lt + 4, end < 0 ? html.length : end) });
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/.exec(
      html.slice(lt, lt + 4000),
    );
    if (!m) {
      text += '<';
      i = lt + 1;
      continue;
    }
    flush();
    const name = m[2]!.toLowerCase();
    if (m[1]) out.push({ t: 'close', name });
    else {
      const rest = m[3] ?? '';
      out.push({ t: 'open', name, attrs: parseAttrs(rest), selfClosing: /\/\s*$/.test(rest) });
      // Script and style bodies are not text of the story.
      if (name === 'script' || name === 'style') {
        const close = html.toLowerCase().indexOf(`</${name}`, lt + m[0].length);
        i = close < 0 ? html.length : close;
        continue;
      }
    }
    i = lt + m[0].length;
  }
  flush();
  return out;
}
