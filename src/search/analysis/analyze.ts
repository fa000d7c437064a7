// analyze: text → stems in order, the one function used for indexing stories and for queries.

import type { AnalysisLanguage } from './language.js';
import { foldAzerbaijani } from './normalize.js';
import { stemUnfolded, tokenLanguage } from './stem.js';
import { isStopword } from './stopwords.js';
import { tokenizeUnfolded } from './tokenize.js';

/**
 * The index terms of a text, in order: its tokens (see tokenize) without the stopwords of the
 * token's language (see stopwords.ts), stemmed (see stem) and folded (ə→e, ş→s ...). Azerbaijani
 * is stemmed before folding, English and Russian after; either way the output is folded.
 * An index stores the array positions for phrase search; a dropped stopword leaves no gap, on the
 * index side and the query side alike, so "Ministry of Foreign Affairs" finds "ministry foreign
 * affairs" and "Ministry for Foreign Affairs".
 */
export function analyze(text: string, lang: AnalysisLanguage): string[] {
  const stems: string[] = [];
  for (const token of tokenizeUnfolded(text, lang)) {
    if (isStopword(foldAzerbaijani(token), tokenLanguage(token, lang))) continue;
    stems.push(stemUnfolded(token, lang));
  }
  return stems;
}
