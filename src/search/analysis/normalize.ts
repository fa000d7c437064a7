// Normalisation for search: NFC, lowercase (Turkic for az), ё→е, accents and az letters folded.

import type { AnalysisLanguage } from './language.js';

/**
 * Characters other than printable ASCII, tab, newlines and the plain lowercase Cyrillic letters а-я
 * (U+0430-U+044F), plus the backtick: only these need folding, so the common case (ASCII, Russian)
 * costs one scan.
 */
const NEEDS_FOLD = /[^\t\n\r -_a-~\u0430-\u044f]/g;
const APOSTROPHE = /'/g;
const COMBINING_MARK = /\p{M}/gu;
const AZ_LETTER = /[əığşçöü]/g;
const HAS_AZ_LETTER = /[əığşçöü]/;
const AZ_FOLDS: Record<string, string> = {
  ə: 'e',
  ı: 'i',
  ğ: 'g',
  ş: 's',
  ç: 'c',
  ö: 'o',
  ü: 'u',
};

/**
 * Folds that Unicode decomposition does not give, and the lowercase Azerbaijani letters, which stay
 * as they are until after stemming (see foldAzerbaijani). Apostrophes all become "'".
 */
const FIXED_FOLDS: ReadonlyArray<readonly [string, string]> = [
  ['ə', 'ə'],
  ['ı', 'ı'],
  ['ğ', 'ğ'],
  ['ş', 'ş'],
  ['ç', 'ç'],
  ['ö', 'ö'],
  ['ü', 'ü'],
  ['ё', 'е'],
  ['ß', 'ss'],
  ['æ', 'ae'],
  ['œ', 'oe'],
  ['ø', 'o'],
  ['đ', 'd'],
  ['ł', 'l'],
  ['þ', 'th'],
  ['’', "'"],
  ['ʼ', "'"],
  ['‘', "'"],
  ['`', "'"],
  ['´', "'"],
  ['ʻ', "'"],
  ['′', "'"],
  ['\u2010', '-'],
  ['\u2011', '-'],
  ['\u00ad', ''], // soft hyphen
  ['\u200b', ''], // zero-width space, non-joiner, joiner, word joiner, BOM
  ['\u200c', ''],
  ['\u200d', ''],
  ['\u2060', ''],
  ['\ufeff', ''],
];

/** Per-character fold results; grows with the distinct characters seen (a few hundred at most). */
const foldCache = new Map<string, string>(FIXED_FOLDS);

function foldChar(ch: string): string {
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    if (/\s/.test(ch)) {
      folded = ' ';
    } else {
      // Accented letters decompose into a base letter and marks; a lone mark (a Russian stress
      // accent, the dot left by lowercasing İ outside az) becomes nothing.
      folded = ch.normalize('NFD').replace(COMBINING_MARK, '');
    }
    foldCache.set(ch, folded);
  }
  return folded;
}

/** Lowercase with the Turkic rules for az (I→ı, İ→i), the default rules otherwise. */
export function foldCase(text: string, lang: AnalysisLanguage): string {
  if (lang === 'az' && (text.includes('I') || text.includes('İ'))) {
    return text.replace(/I/g, 'ı').replace(/İ/g, 'i').toLowerCase();
  }
  return text.toLowerCase();
}

/** The Azerbaijani letters folded to their ASCII stand-ins: ə→e, ı→i, ğ→g, ş→s, ç→c, ö→o, ü→u. */
export function foldAzerbaijani(text: string): string {
  return HAS_AZ_LETTER.test(text) ? text.replace(AZ_LETTER, (ch) => AZ_FOLDS[ch]!) : text;
}

/**
 * The normalisation the tokenizer and the stemmers work on: like `normalize`, but the Azerbaijani
 * letters are kept (the az suffix rules need them: "görüşü" is görüş+ü, "ölkəsi" is ölkə+si) and
 * every apostrophe is kept as "'" because in Azerbaijani it marks where a suffix starts
 * ("Azərbaycan'la").
 */
export function normalizeUnfolded(text: string, lang: AnalysisLanguage): string {
  const lower = foldCase(text.normalize('NFC'), lang);
  return lower.replace(NEEDS_FOLD, foldChar);
}

/**
 * Normalises text for search in every language the same way, so a word typed in any spelling
 * finds its stories:
 * - NFC, then lowercase (Turkic rules for az: "İlham" → "ilham", "I" → "ı");
 * - ё → е ("ЁЛКА" → "елка"); й is kept;
 * - accents and marks dropped ("café" → "cafe", stress accents in Russian text);
 * - the Azerbaijani letters folded to their ASCII stand-ins, in every language: ə→e, ı→i, ğ→g,
 *   ş→s, ç→c, ö→o, ü→u ("Azərbaycan" → "azerbaycan", the same as a reader typing ASCII);
 * - apostrophes, soft hyphens and zero-width characters removed; other spaces become " ".
 */
export function normalize(text: string, lang: AnalysisLanguage): string {
  return foldAzerbaijani(normalizeUnfolded(text, lang)).replace(APOSTROPHE, '');
}
