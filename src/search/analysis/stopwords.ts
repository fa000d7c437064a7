// The short per-language stopword lists that analyze drops (written in normalised, folded form).

import type { AnalysisLanguage } from './language.js';

/**
 * Only words that carry no meaning of their own in a headline search and are frequent enough to
 * bloat the index: conjunctions, the commonest prepositions and particles, articles. Kept short on
 * purpose (negations like "не", "no", "deyil" and pronouns are kept). Entries are normalised the
 * way `normalize` does (az letters folded: "və" → "ve", "üçün" → "ucun").
 */
const STOPWORDS: Record<AnalysisLanguage, ReadonlySet<string>> = {
  az: new Set(['ve', 'ile', 'ucun', 'da', 'de', 'ki', 'ya', 'bu', 'o', 'hem', 'amma']),
  ru: new Set([
    'и',
    'в',
    'во',
    'на',
    'с',
    'со',
    'по',
    'к',
    'ко',
    'о',
    'об',
    'от',
    'до',
    'за',
    'из',
    'у',
    'для',
    'а',
    'но',
    'что',
    'это',
    'как',
    'же',
    'ли',
    'бы',
  ]),
  en: new Set([
    'a',
    'an',
    'the',
    'and',
    'or',
    'of',
    'to',
    'in',
    'on',
    'at',
    'for',
    'by',
    'with',
    'from',
    'as',
    'is',
    'are',
    'was',
    'were',
    'be',
    'it',
    'its',
    'that',
    'this',
  ]),
};

/** Whether a normalised token is a stopword of the language. */
export function isStopword(token: string, lang: AnalysisLanguage): boolean {
  return STOPWORDS[lang].has(token);
}

/** The stopwords of a language, for documentation and tests. */
export function stopwords(lang: AnalysisLanguage): readonly string[] {
  return [...STOPWORDS[lang]];
}
