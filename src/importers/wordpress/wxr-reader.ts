// Reads a WordPress export (WXR 1.0-1.2) as a stream: strict XML, no DTD, no entity expansion, one item at a time.

import { createReadStream } from 'node:fs';
import { SaxesParser, type SaxesTagNS } from 'saxes';

/** One element of an item or channel term, names normalised to "wp:post_id", "content:encoded", "title". */
export interface WxrNode {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: WxrNode[];
}

/** What the reader hands on, in file order: the site's facts and terms first, then its items. */
export type WxrEvent =
  | { kind: 'channel'; name: string; text: string }
  | { kind: 'term'; node: WxrNode }
  | { kind: 'item'; node: WxrNode };

/** A file that is not a readable WordPress export; the message names the file and the reason. */
export class WxrRefused extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

const PREFIXES: [RegExp, string][] = [
  [/^https?:\/\/wordpress\.org\/export\/[\d.]+\/excerpt\/?$/, 'excerpt'],
  [/^https?:\/\/wordpress\.org\/export\/[\d.]+\/?$/, 'wp'],
  [/^http:\/\/purl\.org\/rss\/1\.0\/modules\/content\/?$/, 'content'],
  [/^http:\/\/purl\.org\/dc\/elements\/1\.1\/?$/, 'dc'],
];

function nameOf(tag: SaxesTagNS): string {
  if (!tag.uri) return tag.local;
  for (const [re, prefix] of PREFIXES) if (re.test(tag.uri)) return `${prefix}:${tag.local}`;
  return `{${tag.uri}}${tag.local}`;
}

const TERMS = new Set(['wp:author', 'wp:category', 'wp:tag', 'wp:term']);
/** Longest text kept of one element (a post body); longer ones are refused, not buffered forever. */
const MAX_TEXT = 16 * 1024 * 1024;
/** Deepest element nesting in a file (WordPress writes five levels); deeper files are refused. */
export const MAX_DEPTH = 64;
/** Most elements in one item or term (a post with its comments and meta); more are refused. */
export const MAX_NODES = 100_000;

/**
 * Streams the events of one file. The file is refused (WxrRefused) when it is not well-formed, has
 * a DOCTYPE (the only way to declare entities), is not an RSS document with WordPress's namespace,
 * or an element's text, nesting or size is beyond reason. Memory holds one item at a time.
 */
export async function* readWxr(file: string): AsyncGenerator<WxrEvent> {
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 });
  try {
    yield* readWxrChunks(file, stream as AsyncIterable<string>);
  } catch (error) {
    if (error instanceof WxrRefused) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new WxrRefused(file, code ? `cannot read the file (${code})` : (error as Error).message);
  } finally {
    stream.destroy();
  }
}

/**
 * The reader over text arriving in pieces (`file` names it in refusals): what readWxr does with a
 * file's chunks, and what the fuzz test feeds split anywhere. Each piece's work is bounded by the
 * limits above, so no input makes it hang.
 */
export async function* readWxrChunks(
  file: string,
  chunks: AsyncIterable<string> | Iterable<string>,
): AsyncGenerator<WxrEvent> {
  const parser = new SaxesParser({ xmlns: true, fileName: file, position: true });
  const pending: WxrEvent[] = [];
  let failure: WxrRefused | null = null;
  const refuse = (reason: string) => {
    failure ??= new WxrRefused(file, reason);
  };
  // Read through a call: the parser's callbacks set it, which the compiler cannot see.
  const failed = (): WxrRefused | null => failure;
  let depth = 0;
  let rootSeen = false;
  let wpSeen = false;
  let inChannel = false;
  // The element being built (an item or a term) and its open path.
  let stack: WxrNode[] = [];
  let channelText: { name: string; text: string } | null = null;

  parser.on('doctype', () =>
    refuse('a DOCTYPE is not allowed in a WordPress export (entities are never expanded)'),
  );
  parser.on('error', (e) => refuse(`not well-formed XML (${e.message.replace(`${file}:`, '')})`));
  let nodes = 0;
  // Once refused, the rest of the chunk is only parsed through: nothing more is built.
  parser.on('opentag', (tag) => {
    if (failed()) return;
    depth++;
    if (depth > MAX_DEPTH) {
      refuse(`elements nested deeper than ${MAX_DEPTH} levels`);
      return;
    }
    const name = nameOf(tag);
    if (depth === 1) {
      rootSeen = true;
      if (name !== 'rss') refuse(`not a WordPress export (the root element is <${tag.name}>)`);
      wpSeen = Object.values(tag.ns ?? {}).some((uri) =>
        /^https?:\/\/wordpress\.org\/export\/[\d.]+\/?$/.test(uri),
      );
      if (!wpSeen) refuse('not a WordPress export (no WordPress export namespace)');
      return;
    }
    if (depth === 2 && name === 'channel') inChannel = true;
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) attrs[a.local] = a.value;
    const node: WxrNode = { name, attrs, text: '', children: [] };
    if (stack.length > 0) {
      if (++nodes > MAX_NODES) {
        refuse(`an <${stack[0]!.name}> has more than ${MAX_NODES} elements`);
        return;
      }
      stack.at(-1)!.children.push(node);
      stack.push(node);
    } else if (inChannel && depth === 3 && (name === 'item' || TERMS.has(name))) {
      stack = [node];
      nodes = 1;
    } else if (inChannel && depth === 3) channelText = { name, text: '' };
  });
  const onText = (text: string) => {
    if (failed()) return;
    const top = stack.at(-1);
    if (top) {
      if (top.text.length + text.length > MAX_TEXT)
        refuse(`an element of <${top.name}> is too long`);
      else top.text += text;
    } else if (channelText && channelText.text.length < 10_000) channelText.text += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    if (failed()) return;
    depth--;
    if (stack.length > 0) {
      const node = stack.pop()!;
      if (stack.length === 0)
        pending.push(node.name === 'item' ? { kind: 'item', node } : { kind: 'term', node });
    } else if (channelText && depth === 2) {
      pending.push({ kind: 'channel', ...channelText });
      channelText = null;
    }
  });

  // The parser itself may throw on some broken text (saxes: a lone surrogate at the end of the
  // input is a RangeError, not an error event): that too is a file that is not well-formed.
  const parse = (step: () => void) => {
    try {
      step();
    } catch (error) {
      refuse(`not well-formed XML (${error instanceof Error ? error.message : String(error)})`);
    }
  };
  for await (const chunk of chunks) {
    parse(() => parser.write(chunk));
    const refused = failed();
    if (refused) throw refused;
    while (pending.length > 0) yield pending.shift()!;
  }
  parse(() => parser.close());
  const refused = failed();
  if (refused) throw refused;
  if (!rootSeen) throw new WxrRefused(file, 'not a WordPress export (the file is empty)');
  while (pending.length > 0) yield pending.shift()!;
}

/** The text of the first child of that name ("" when absent). */
export function childText(node: WxrNode, name: string): string {
  return node.children.find((c) => c.name === name)?.text ?? '';
}

/** Every child of that name. */
export function childrenNamed(node: WxrNode, name: string): WxrNode[] {
  return node.children.filter((c) => c.name === name);
}
