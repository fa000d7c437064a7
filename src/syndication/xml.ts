// A tiny XML writer: every text and attribute value is escaped, characters XML forbids are dropped.

/** Whether XML 1.0 allows a code point: tab, LF, CR and the non-control planes, no surrogates. */
function allowed(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/** Text with the characters XML forbids removed (C0 controls, lone surrogates, U+FFFE/F). */
export function xmlSafe(text: string): string {
  let out = '';
  // for..of walks code points, so a lone surrogate arrives on its own and is dropped.
  for (const ch of text) if (allowed(ch.codePointAt(0)!)) out += ch;
  return out;
}

/** Escapes text content (also breaks "]]>", since ">" is escaped). */
export function escapeText(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes an attribute value for either quote style. */
export function escapeAttr(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Markup that is already escaped: only this writer makes it. */
export class Markup {
  constructor(readonly xml: string) {}
  toString(): string {
    return this.xml;
  }
}

export type Attrs = Record<string, string | number | null | undefined | false>;
export type Child = string | Markup | null | undefined | false | readonly Child[];

/** Elements that are empty by nature in HTML and must close themselves ("<img/>"). */
const VOID = new Set(['img', 'br', 'hr']);

function attrsXml(attrs: Attrs | null): string {
  if (!attrs) return '';
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (!/^[A-Za-z_][\w.:-]*$/.test(name)) throw new RangeError(`bad attribute name ${name}`);
    out += ` ${name}="${escapeAttr(String(value))}"`;
  }
  return out;
}

/** Renders children in order: strings are escaped, markup is kept, empty values vanish. */
export function render(child: Child): string {
  if (child === null || child === undefined || child === false) return '';
  if (typeof child === 'string') return escapeText(child);
  if (child instanceof Markup) return child.xml;
  let out = '';
  for (const c of child) out += render(c);
  return out;
}

/** An element; `<name/>` only for HTML void elements, so the output reads the same as HTML. */
export function el(name: string, attrs: Attrs | null, ...children: Child[]): Markup {
  if (!/^[A-Za-z_][\w.:-]*$/.test(name)) throw new RangeError(`bad element name ${name}`);
  if (VOID.has(name)) return new Markup(`<${name}${attrsXml(attrs)}/>`);
  return new Markup(`<${name}${attrsXml(attrs)}>${render(children)}</${name}>`);
}

/** An element that closes itself ("<itemClass qcode="ninat:text"/>"), for XML vocabularies. */
export function empty(name: string, attrs: Attrs | null): Markup {
  if (!/^[A-Za-z_][\w.:-]*$/.test(name)) throw new RangeError(`bad element name ${name}`);
  return new Markup(`<${name}${attrsXml(attrs)}/>`);
}

/** A whole XML document with its declaration. */
export function xmlDocument(root: Markup): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root.xml}\n`;
}
