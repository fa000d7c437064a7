// Tidies clipboard HTML from Word, LibreOffice and Google Docs before the schema's parse rules read it.

/**
 * The parse rules of the schema already drop what the story model has no place for (styles,
 * classes, spans, fonts, colours). This step fixes the structure word processors get wrong:
 * Word's list paragraphs become real lists (their typed bullets removed), Word's Title, Subtitle
 * and Quote styles become headings and quotes, a <br> splits its paragraph, empty paragraphs
 * ("<o:p>&nbsp;</o:p>") and office metadata go away. Runs in the browser (it needs DOMParser).
 */
export function cleanPastedHtml(html: string): string {
  if (typeof DOMParser === 'undefined') return html;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const body = doc.body;
  removeOfficeNoise(body);
  stylesToTags(body);
  renameWordStyles(body);
  buildWordLists(body);
  splitAtLineBreaks(body);
  removeEmptyBlocks(body);
  return body.innerHTML;
}

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote';

function styleOf(el: Element): string {
  return (el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
}

/** One declaration of an inline style, read from the attribute (a parsed-only document has no CSSOM). */
function styleDeclaration(el: Element, property: string): string | null {
  const match = new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]+)`, 'i').exec(
    el.getAttribute('style') ?? '',
  );
  return match ? match[1]!.trim().toLowerCase() : null;
}

function unwrap(el: Element): void {
  el.replaceWith(...Array.from(el.childNodes));
}

function wrapChildren(el: Element, tag: string): void {
  const wrapper = el.ownerDocument.createElement(tag);
  wrapper.append(...Array.from(el.childNodes));
  el.append(wrapper);
}

/**
 * Bold and italic given as styles (Google Docs' spans, LibreOffice) become <strong> and <em>; a
 * <b> or <i> whose style says normal (Google Docs wraps the whole clipboard in one) is unwrapped.
 */
function stylesToTags(body: HTMLElement): void {
  for (const el of Array.from(body.querySelectorAll('[style]'))) {
    const tag = el.tagName;
    const weight = styleDeclaration(el, 'font-weight');
    const slant = styleDeclaration(el, 'font-style');
    if ((tag === 'B' || tag === 'STRONG') && weight && /^(normal|lighter|[1-5]00)$/.test(weight)) {
      unwrap(el);
      continue;
    }
    if ((tag === 'I' || tag === 'EM') && slant === 'normal') {
      unwrap(el);
      continue;
    }
    const heading = /^H[1-6]$/.test(tag);
    if (
      weight &&
      /^(bold|bolder|[6-9]00)$/.test(weight) &&
      !heading &&
      tag !== 'B' &&
      tag !== 'STRONG'
    )
      wrapChildren(el, 'strong');
    if (slant && /^(italic|oblique)/.test(slant) && tag !== 'I' && tag !== 'EM')
      wrapChildren(el, 'em');
  }
}

function removeOfficeNoise(body: HTMLElement): void {
  body
    .querySelectorAll('style, meta, link, title, script, xml, template')
    .forEach((el) => el.remove());
  const walker = body.ownerDocument.createTreeWalker(body, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((c) => c.parentNode?.removeChild(c));
  // Office namespaced elements (<o:p>, <w:sdt>, <v:shape>): keep text containers, drop the rest.
  for (const el of Array.from(body.querySelectorAll('*'))) {
    if (!el.tagName.includes(':')) continue;
    if (/^(o:p|v:|w:drawing)/i.test(el.tagName) && !/^w:sdt/i.test(el.tagName)) el.remove();
    else el.replaceWith(...Array.from(el.childNodes));
  }
}

function rename(el: Element, tag: string): Element {
  const next = el.ownerDocument.createElement(tag);
  for (const attr of Array.from(el.attributes)) next.setAttribute(attr.name, attr.value);
  next.append(...Array.from(el.childNodes));
  el.replaceWith(next);
  return next;
}

/** Word's paragraph styles that mean something in a story. */
function renameWordStyles(body: HTMLElement): void {
  for (const p of Array.from(body.querySelectorAll('p[class]'))) {
    const cls = p.getAttribute('class') ?? '';
    if (/\bMsoTitle\b/i.test(cls)) rename(p, 'h2');
    else if (/\bMsoSubtitle\b/i.test(cls)) rename(p, 'h3');
    else if (/\bMso(Intense)?Quote\b/i.test(cls)) {
      const quote = p.ownerDocument.createElement('blockquote');
      p.replaceWith(quote);
      quote.append(p);
    }
  }
}

/** A Word list paragraph's typed bullet or number ("·", "o", "1.", "a)"), which it then loses. */
function takeMarker(p: Element): string {
  let marker = '';
  for (const el of Array.from(p.querySelectorAll('span, font'))) {
    if (!/mso-list:ignore/.test(styleOf(el))) continue;
    marker += el.textContent ?? '';
    el.remove();
  }
  return marker.replace(/[\s\u00a0]+/g, '');
}

/** Consecutive Word paragraphs with mso-list become one <ul> or <ol> (nesting is flattened). */
function buildWordLists(body: HTMLElement): void {
  const items = Array.from(body.querySelectorAll('p')).filter(
    (p) => /mso-list:l\d/.test(styleOf(p)) || /MsoListParagraph/i.test(p.className),
  );
  let list: Element | null = null;
  let last: Element | null = null;
  for (const p of items) {
    const marker = takeMarker(p);
    const ordered = /^(\(?[0-9]+|[a-zA-Z]|[ivxlcIVXLC]+)[.)]$/.test(marker);
    const adjacent = last !== null && p.previousElementSibling === last;
    if (!list || !adjacent || (list.tagName === 'OL') !== ordered) {
      list = p.ownerDocument.createElement(ordered ? 'ol' : 'ul');
      p.before(list);
    }
    const li = p.ownerDocument.createElement('li');
    li.append(...Array.from(p.childNodes));
    list.append(li);
    p.remove();
    last = list;
  }
}

/** "line one<br>line two" inside a paragraph becomes two paragraphs (the schema has no line break). */
function splitAtLineBreaks(body: HTMLElement): void {
  for (const br of Array.from(body.querySelectorAll('br'))) {
    const block = br.parentElement?.closest(BLOCKS);
    if (!block || !body.contains(block)) {
      br.remove();
      continue;
    }
    const range = body.ownerDocument.createRange();
    range.setStart(block, 0);
    range.setEndBefore(br);
    const before = block.cloneNode(false) as Element;
    before.append(range.extractContents());
    block.before(before);
    br.remove();
  }
}

/** Paragraphs that hold nothing but spaces (Word's "<o:p>&nbsp;</o:p>") go away. */
function removeEmptyBlocks(body: HTMLElement): void {
  for (const el of Array.from(body.querySelectorAll('p, h1, h2, h3, h4, h5, h6'))) {
    if ((el.textContent ?? '').replace(/[\s\u00a0]+/g, '') === '' && !el.querySelector('img'))
      el.remove();
  }
}
