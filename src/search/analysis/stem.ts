// Stemming per language, with a small memo of recent stems: Snowball en/ru, own rules for az.

import { newStemmer, type Stemmer } from 'snowball-stemmers';

import type { AnalysisLanguage } from './language.js';
import { foldAzerbaijani, normalizeUnfolded } from './normalize.js';
import { stemAzerbaijani } from './stem-azerbaijani.js';
import { stemRussian } from './stem-russian.js';

let english: Stemmer | undefined;

function stemEnglish(word: string): string {
  english ??= newStemmer('english');
  return english.stem(word);
}

/**
 * The stems of recently seen tokens, in two generations: when the newer one is full it becomes the
 * older one, and a token found in the older one moves back to the newer one. So the frequent
 * words of news stay known; Snowball (snowball-stemmers) costs about 10 µs a word, a hit 0.1 µs.
 */
class RecentStems {
  private newer = new Map<string, string>();
  private older = new Map<string, string>();
  private readonly limit: number;

  constructor(limit: number) {
    this.limit = limit;
  }

  get(token: string): string | undefined {
    const stem = this.newer.get(token);
    if (stem !== undefined) return stem;
    const old = this.older.get(token);
    if (old !== undefined) this.set(token, old);
    return old;
  }

  set(token: string, stem: string): void {
    if (this.newer.size >= this.limit) {
      this.older = this.newer;
      this.newer = new Map();
    }
    this.newer.set(token, stem);
  }
}

/** At most twice this many stems are kept per language (a few MB). */
const MEMO_GENERATION = 50_000;
const memo: Record<AnalysisLanguage, RecentStems> = {
  az: new RecentStems(MEMO_GENERATION),
  ru: new RecentStems(MEMO_GENERATION),
  en: new RecentStems(MEMO_GENERATION),
};

function isCyrillic(code: number): boolean {
  return code >= 0x0400 && code <= 0x04ff;
}

/**
 * The language whose rules fit a normalised token of a text in `lang`: a Cyrillic word is Russian
 * wherever it stands (a quote in an az story), a Latin word (or a number) in Russian text is
 * English ("Azercell", "Baku Energy Week"); otherwise the text's language.
 */
export function tokenLanguage(token: string, lang: AnalysisLanguage): AnalysisLanguage {
  const code = token.charCodeAt(0);
  if (lang !== 'ru' && isCyrillic(code)) return 'ru';
  if (lang === 'ru' && !isCyrillic(code)) return 'en';
  return lang;
}

/**
 * The folded stem of a token from `normalizeUnfolded` (lowercase, az letters kept, no apostrophes).
 * Azerbaijani is stemmed before folding (its rules need ş apart from s), English and Russian after.
 */
export function stemUnfolded(token: string, lang: AnalysisLanguage): string {
  const rules = tokenLanguage(token, lang);
  const recent = memo[rules];
  const known = recent.get(token);
  if (known !== undefined) return known;
  const stem =
    rules === 'az'
      ? foldAzerbaijani(stemAzerbaijani(token))
      : rules === 'ru'
        ? stemRussian(foldAzerbaijani(token))
        : stemEnglish(foldAzerbaijani(token));
  recent.set(token, stem);
  return stem;
}

/**
 * The stem of one word as typed: normalised first (lowercase, ё→е, accents off), then the
 * Azerbaijani suffix rules, or Snowball english or russian (with the fix in stem-russian.ts).
 * Stems are folded (ə→e, ş→s ...), like everything `analyze` returns.
 */
export function stem(word: string, lang: AnalysisLanguage): string {
  return stemUnfolded(normalizeUnfolded(word, lang).replace(/'/g, '').trim(), lang);
}
