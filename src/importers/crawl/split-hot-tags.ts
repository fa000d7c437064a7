// Splits the hot-tags strip ("Ильхам Алиев WUF13 Бюджетный пакет …") into tags: known tags first, then a heuristic.

import { cleanTagName } from '../../domain/taxonomy.js';

/** Longest run of capitalised words read as one name ("Lord Vernon Coaker"). */
const MAX_NAME_WORDS = 3;

type Piece = { kind: 'known'; tag: string } | { kind: 'words'; words: string[] };

/**
 * Splits a strip of tags written one after another with spaces. Tags the
 * edition already has are matched first (longest first, case-insensitive, on
 * whole words) and given in the edition's spelling; the words between them are
 * split by `splitUnknownWords`. Duplicates are dropped, order kept.
 */
export function splitHotTags(strip: string, knownTags: readonly string[] = []): string[] {
  const words = strip.split(/\s+/u).filter((w) => w.length > 0);
  if (words.length === 0) return [];
  const claimed: (string | null)[] = matchKnownTags(words, knownTags);

  const pieces: Piece[] = [];
  for (let i = 0; i < words.length;) {
    const tag = claimed[i];
    if (tag) {
      pieces.push({ kind: 'known', tag });
      i += tagWords(tag).length;
      continue;
    }
    const last = pieces.at(-1);
    if (last?.kind === 'words') last.words.push(words[i]!);
    else pieces.push({ kind: 'words', words: [words[i]!] });
    i++;
  }

  const tags = pieces.flatMap((p) => (p.kind === 'known' ? [p.tag] : splitUnknownWords(p.words)));
  const seen = new Set<string>();
  return tags.filter((t) => {
    const key = wordKey(t);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Comparison form of a word: lowercase, dotted and dotless i alike, ё as е, outer quotes off. */
function wordKey(word: string): string {
  return word
    .normalize('NFC')
    .replace(/[İI]/g, 'i')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/\u0307/g, '')
    .replace(/ё/g, 'е');
}

function tagWords(tag: string): string[] {
  return tag.split(/\s+/u).filter((w) => w.length > 0);
}

/**
 * For each word position that starts a known tag, the tag (in its known
 * spelling); the tag's other words are marked with ''. Longer tags claim
 * their words first, so "Ильхам Алиев" wins over "Алиев".
 */
function matchKnownTags(words: string[], knownTags: readonly string[]): (string | null)[] {
  const claimed: (string | null)[] = words.map(() => null);
  const keys = words.map(wordKey);
  const known = [...new Set(knownTags.map(cleanTagName).filter((t) => t.length > 0))]
    .map((tag) => ({ tag, keys: tagWords(tag).map(wordKey) }))
    .sort((a, b) => b.keys.length - a.keys.length || b.tag.length - a.tag.length);
  for (const { tag, keys: tagKeys } of known) {
    for (let i = 0; i + tagKeys.length <= words.length; i++) {
      const fits = tagKeys.every((k, j) => claimed[i + j] === null && keys[i + j] === k);
      if (!fits) continue;
      claimed[i] = tag;
      for (let j = 1; j < tagKeys.length; j++) claimed[i + j] = '';
      i += tagKeys.length - 1;
    }
  }
  return claimed;
}

type WordKind = 'code' | 'capital' | 'lower' | 'other';

/** ALLCAPS and words with digits ("WUF13", "NATO", "COP29") are codes; then capitalised or lowercase words. */
function wordKind(word: string): WordKind {
  const letters = word.match(/\p{L}/gu) ?? [];
  if (/\p{N}/u.test(word)) return 'code';
  if (letters.length === 0) return 'other';
  const upper = letters.filter((l) => /\p{Lu}/u.test(l)).length;
  if (letters.length >= 2 && upper === letters.length) return 'code';
  const first = letters[0]!;
  if (/\p{Lu}/u.test(first)) return 'capital';
  // "iPhone", "eBay": a lowercase start with capitals inside is a brand, a tag of its own.
  return upper > 0 ? 'code' : 'lower';
}

/** Joining punctuation left at either end of a tag ("Азербайджан -"). */
const DANGLING = /^[\s\-–—&+,;:|/]+|[\s\-–—&+,;:|/]+$/gu;

const OPENING_QUOTES = /^[«"“„'‘]/u;
const CLOSING_QUOTES = /[»"”“'’]$/u;

/**
 * Heuristic split of words no known tag claimed:
 * - a code (ALLCAPS or with digits) stands alone;
 * - a quoted run («Формула 1») stays one tag;
 * - capitalised words after a tag of only capitalised words continue a name of up to 3 words;
 * - a capitalised word after a tag with lowercase words starts a new tag;
 * - lowercase words continue the current tag; when they follow a name of two or
 *   more capitalised words, the last capitalised word starts the new tag with them
 *   ("Ильхам Алиев Неделя волонтёров" → "Ильхам Алиев", "Неделя волонтёров").
 */
export function splitUnknownWords(words: readonly string[]): string[] {
  const tags: string[][] = [];
  let current: string[] = [];
  let currentKinds: WordKind[] = [];
  const flush = (): void => {
    if (current.length > 0) tags.push(current);
    current = [];
    currentKinds = [];
  };
  const start = (word: string, kind: WordKind): void => {
    flush();
    current = [word];
    currentKinds = [kind];
  };

  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (OPENING_QUOTES.test(word) && !(word.length > 1 && CLOSING_QUOTES.test(word))) {
      // A quoted title runs to the word that closes the quote (or to the end).
      let j = i;
      while (j + 1 < words.length && !CLOSING_QUOTES.test(words[j]!)) j++;
      flush();
      tags.push(words.slice(i, j + 1));
      i = j;
      continue;
    }
    const kind = wordKind(word);
    const onlyCapitals = currentKinds.length > 0 && currentKinds.every((k) => k === 'capital');
    switch (kind) {
      case 'code':
        flush();
        tags.push([word]);
        break;
      case 'capital':
        if (onlyCapitals && current.length < MAX_NAME_WORDS) {
          current.push(word);
          currentKinds.push(kind);
        } else start(word, kind);
        break;
      case 'lower':
        if (current.length === 0) start(word, kind);
        else if (onlyCapitals && current.length >= 2) {
          const head = current.pop()!;
          currentKinds.pop();
          flush();
          current = [head, word];
          currentKinds = ['capital', kind];
        } else {
          current.push(word);
          currentKinds.push(kind);
        }
        break;
      case 'other':
        // Dashes, ampersands and the like join the words around them.
        if (current.length === 0) start(word, kind);
        else {
          current.push(word);
          currentKinds.push(kind);
        }
        break;
    }
  }
  flush();
  return tags
    .map((t) => cleanTagName(t.join(' ').replace(DANGLING, '')))
    .filter((t) => /[\p{L}\p{N}]/u.test(t));
}
