// Snippets and highlights built in the app: the words of a story's own text whose stems the query matched.

import { analyze } from './analysis/analyze.js';
import type { AnalysisLanguage } from './analysis/language.js';
import { normalize } from './analysis/normalize.js';
import type { AnalyzedQuery } from './query/analyze-query.js';

/** A piece of text, marked when it is a word the query matched. */
export interface TextPart {
  text: string;
  mark: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’ʼ`-][\p{L}\p{N}]+)*/gu;
/** Only this much of a long body is looked through for the best passage. */
const SCAN_CHARS = 4000;

/** The stems a story must have to match: terms and phrases outside `not`. */
export function positiveStems(query: AnalyzedQuery): Set<string> {
  const stems = new Set<string>();
  const walk = (node: AnalyzedQuery) => {
    if (node.kind === 'term' || node.kind === 'phrase') for (const s of node.stems) stems.add(s);
    else if (node.kind === 'and' || node.kind === 'or') node.nodes.forEach(walk);
  };
  walk(query);
  return stems;
}

interface Word {
  start: number;
  end: number;
  /** The query stem the word matched, or null. */
  hit: string | null;
}

/** The words of a text in order, as they are asked for. */
function* words(
  text: string,
  lang: AnalysisLanguage,
  stems: ReadonlySet<string>,
): Generator<Word, void, undefined> {
  // A stem starts like the normalised word it comes from: only words that start like one of the
  // stems are analysed (analysis costs ten times more than normalisation).
  const heads = new Set([...stems].map((s) => s.slice(0, 2)));
  for (const m of text.matchAll(WORD)) {
    const head = normalize(m[0].slice(0, 4), lang).slice(0, 2);
    const hit = heads.has(head) ? (analyze(m[0], lang).find((s) => stems.has(s)) ?? null) : null;
    yield { start: m.index, end: m.index + m[0].length, hit };
  }
}

function parts(text: string, list: Word[], from: number, to: number): TextPart[] {
  const out: TextPart[] = [];
  let at = from;
  for (const w of list) {
    if (w.hit === null || w.start < from || w.end > to) continue;
    if (w.start > at) out.push({ text: text.slice(at, w.start), mark: false });
    out.push({ text: text.slice(w.start, w.end), mark: true });
    at = w.end;
  }
  if (at < to) out.push({ text: text.slice(at, to), mark: false });
  return out;
}

/** The whole text with its matched words marked (headlines). */
export function highlight(text: string, lang: AnalysisLanguage, stems: ReadonlySet<string>) {
  return parts(text, [...words(text, lang, stems)], 0, text.length);
}

/**
 * The passage of about `size` words with the most different matched stems (the earliest of
 * equals), with those words marked and "…" where it cuts the text; the start of the text when
 * nothing matches.
 */
export function snippet(
  text: string,
  lang: AnalysisLanguage,
  stems: ReadonlySet<string>,
  size = 30,
): TextPart[] {
  const scanned = text.length > SCAN_CHARS ? text.slice(0, SCAN_CHARS) : text;
  // Words are read as far as the search needs them: it stops at the first passage holding every
  // stem, which no later passage can beat (most often in the lead).
  const reader = words(scanned, lang, stems);
  const list: Word[] = [];
  /** Reads words until the list has `count` (false when the text has fewer). */
  const readTo = (count: number): boolean => {
    while (list.length < count) {
      const next = reader.next();
      if (next.done) return false;
      list.push(next.value);
    }
    return true;
  };
  let best = 0;
  let bestScore = -1;
  for (let i = 0; readTo(i + 1); i++) {
    if (list[i]!.hit === null && i > 0) continue;
    readTo(i + size);
    const distinct = new Set<string>();
    for (let j = i; j < Math.min(list.length, i + size); j++) {
      const hit = list[j]!.hit;
      if (hit !== null) distinct.add(hit);
    }
    if (distinct.size > bestScore) {
      bestScore = distinct.size;
      best = i;
      if (bestScore === stems.size) break;
    }
  }
  if (list.length === 0) return [];
  // Start a few words before the first match, so the reader sees what leads up to it.
  const first = bestScore > 0 ? Math.max(0, best - 4) : 0;
  // One word past the passage tells whether it reaches the end of the text.
  readTo(first + size + 1);
  const last = Math.min(list.length, first + size) - 1;
  const from = first === 0 ? 0 : list[first]!.start;
  const to = last === list.length - 1 && scanned === text ? text.length : list[last]!.end;
  const out = parts(scanned, list, from, to);
  if (from > 0) out.unshift({ text: '… ', mark: false });
  if (to < text.length) out.push({ text: ' …', mark: false });
  return out;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text parts as HTML: the text escaped, matched words in <mark>. */
export function partsToHtml(list: readonly TextPart[]): string {
  return list
    .map((p) => {
      const text = p.text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
      return p.mark ? `<mark>${text}</mark>` : text;
    })
    .join('');
}
