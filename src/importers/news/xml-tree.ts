// Parses a small XML document (a NewsML-G2 item, a feed) into a tree: strict, no DTD, no entities from anywhere, bounded.

import { SaxesParser } from 'saxes';
import type { MarkupNode } from './markup-blocks.js';

/** An element: local name as written, its namespace, attributes by qualified name, children in order. */
export interface XmlNode extends MarkupNode {
  uri: string;
  children: (XmlNode | string)[];
}

/** The document was refused: not well-formed, a DOCTYPE, or beyond the limits. */
export class XmlRefused extends Error {}

/** Longest document read whole (a news item or a feed page, never an archive). */
export const MAX_XML = 32 * 1024 * 1024;
const MAX_DEPTH = 200;
const MAX_NODES = 2_000_000;

/**
 * The document's root element. A DOCTYPE is refused before anything is read past it (it is the
 * only way to declare entities, so none is ever expanded and no file or URL is ever read through
 * one); only XML's five predefined entities and character references are known.
 */
export function parseXml(text: string): XmlNode {
  if (text.length > MAX_XML) throw new XmlRefused(`the document is larger than ${MAX_XML} bytes`);
  const parser = new SaxesParser({ xmlns: true });
  let failure: string | null = null;
  const fail = (reason: string) => {
    failure ??= reason;
  };
  const failed = (): string | null => failure;
  const stack: XmlNode[] = [];
  let root: XmlNode | null = null;
  let nodes = 0;
  parser.on('doctype', () => fail('a DOCTYPE is not allowed (entities are never expanded)'));
  parser.on('error', (e) => fail(`not well-formed XML (${e.message})`));
  parser.on('opentag', (tag) => {
    if (++nodes > MAX_NODES || stack.length >= MAX_DEPTH)
      return fail('the document is too deep or too large');
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) attrs[a.name] = a.value;
    const node: XmlNode = { name: tag.local ?? tag.name, uri: tag.uri ?? '', attrs, children: [] };
    if (stack.length) stack.at(-1)!.children.push(node);
    else root ??= node;
    stack.push(node);
  });
  const onText = (t: string) => {
    const top = stack.at(-1);
    if (top) top.children.push(t);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    stack.pop();
  });
  try {
    // In slices, so a DOCTYPE stops the reading before what follows it is parsed.
    for (let i = 0; i < text.length && !failed(); i += 64 * 1024)
      parser.write(text.slice(i, i + 64 * 1024));
    if (!failed()) parser.close();
  } catch (error) {
    fail(`not well-formed XML (${(error as Error).message})`);
  }
  const reason = failed();
  if (reason) throw new XmlRefused(reason);
  if (!root) throw new XmlRefused('the document is empty');
  return root;
}

export const elements = (node: XmlNode, name?: string): XmlNode[] =>
  node.children.filter((c): c is XmlNode => typeof c !== 'string' && (!name || c.name === name));

export const child = (node: XmlNode | undefined, name: string): XmlNode | undefined =>
  node ? elements(node, name)[0] : undefined;

/** The text of an element (its descendants' text joined), trimmed; "" when absent. */
export function text(node: XmlNode | undefined): string {
  if (!node) return '';
  const all = (n: XmlNode | string): string =>
    typeof n === 'string' ? n : n.children.map(all).join('');
  return all(node).trim();
}
