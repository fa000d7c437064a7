// "Did you mean": the closest frequent word of the index vocabulary to a word typed with a typo.

import { tokenize } from './analysis/tokenize.js';
import type { AnalysisLanguage } from './analysis/language.js';
import type { VocabularyEntry, VocabularyProbe } from './port.js';
import type { QueryNode } from './query/parse-query.js';

export const MAX_EDITS = 2;

/** Edits (insert, delete, replace, swap of neighbours) from a to b; max + 1 once past max. */
export function editDistance(a: string, b: string, max = MAX_EDITS): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[y.length]!;
}

/** The words a reader typed to be found (terms and phrase words, not the excluded ones). */
export function typedWords(node: QueryNode): string[] {
  switch (node.kind) {
    case 'term':
      return [node.text];
    case 'phrase':
      return node.words;
    case 'not':
      return [];
    case 'and':
    case 'or':
      return node.nodes.flatMap(typedWords);
  }
}

/** The vocabulary key of a typed word ("Azərbaycanın" → "azerbaycanin"), or null for a compound. */
export function vocabularyKey(word: string, lang: AnalysisLanguage): string | null {
  const tokens = tokenize(word, lang);
  return tokens.length === 1 && tokens[0]!.length >= 3 ? tokens[0]! : null;
}

/** Where to look for words near `key`: the same first letter, a length within MAX_EDITS (and key itself). */
export function probeFor(key: string, edition: VocabularyProbe['edition']): VocabularyProbe {
  const length = [...key].length;
  return {
    edition,
    key,
    first: String.fromCodePoint(key.codePointAt(0)!),
    minLength: Math.max(1, length - MAX_EDITS),
    maxLength: length + MAX_EDITS,
  };
}

/**
 * The correction of `key` among the candidates: none when the word or another form of it (the
 * same stem) is known; otherwise the most frequent word within MAX_EDITS edits whose stem differs
 * (fewer edits first among equals).
 */
export function correction(
  key: string,
  candidates: VocabularyEntry[],
  stemOf: (word: string) => string,
  own = stemOf(key),
): VocabularyEntry | null {
  let best: { entry: VocabularyEntry; edits: number } | null = null;
  for (const entry of candidates) {
    if (entry.key === key) return null;
    const edits = editDistance(key, entry.key);
    if (edits > MAX_EDITS) continue;
    if (stemOf(entry.word) === own) return null;
    if (
      !best ||
      entry.docs > best.entry.docs ||
      (entry.docs === best.entry.docs && edits < best.edits)
    )
      best = { entry, edits };
  }
  return best?.entry ?? null;
}
