// Tokenizer: normalised words of letters and digits, with inner hyphens and apostrophes resolved.

import type { AnalysisLanguage } from './language.js';
import { foldAzerbaijani, normalizeUnfolded } from './normalize.js';
import { isSuffixChain } from './stem-azerbaijani.js';

/** A run of letters and digits, possibly joined by inner apostrophes or hyphens. */
const WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;
const SEPARATOR = /(['-])/;
const DIGITS = /^\p{N}+$/u;

/**
 * Splits a compound like "ABŞ-ın", "Azərbaycan'la", "Azerbaijan's", "COVID-19", "5-го":
 * - an apostrophe joins its parts ("o'neill" → "oneill", "azerbaijan's" → "azerbaijans"), except
 *   in Azerbaijani where a part that is only suffixes is dropped ("Azərbaycan'la" → "azərbaycan");
 * - a hyphen separates words ("азербайджано-российский" → two), but in Azerbaijani a part that is
 *   only suffixes ("ABŞ-ın", "BMT-nin", "2025-ci") is dropped, and in Russian the short ending
 *   after a number ("5-го", "2025-й", "90-х") too.
 */
function splitCompound(word: string, lang: AnalysisLanguage, out: string[]): void {
  const pieces = word.split(SEPARATOR);
  let current = pieces[0]!;
  for (let i = 1; i + 1 < pieces.length; i += 2) {
    const separator = pieces[i]!;
    const part = pieces[i + 1]!;
    if (lang === 'az' && isSuffixChain(part)) continue;
    if (lang === 'ru' && separator === '-' && part.length <= 3 && DIGITS.test(current)) continue;
    if (separator === "'") {
      current += part;
    } else {
      out.push(current);
      current = part;
    }
  }
  out.push(current);
}

/**
 * The words of a text in order, normalised as by `normalize` (lowercase, ё→е, accents and az
 * letters folded). Words are runs of letters and digits; punctuation, dashes and symbols separate
 * them. Stopwords are kept (analyze drops them).
 */
export function tokenize(text: string, lang: AnalysisLanguage): string[] {
  return tokenizeUnfolded(text, lang).map(foldAzerbaijani);
}

/** The tokens before the Azerbaijani letters are folded, for the stemmers. */
export function tokenizeUnfolded(text: string, lang: AnalysisLanguage): string[] {
  const normalised = normalizeUnfolded(text, lang);
  const words = normalised.match(WORD);
  if (words === null) return [];
  const tokens: string[] = [];
  for (const word of words) {
    if (word.includes("'") || word.includes('-')) splitCompound(word, lang, tokens);
    else tokens.push(word);
  }
  return tokens;
}
