// The analysis languages and the guess of a query's language when it comes without an edition.

export type AnalysisLanguage = 'az' | 'ru' | 'en';

export const ANALYSIS_LANGUAGES: readonly AnalysisLanguage[] = ['az', 'ru', 'en'];

export function isAnalysisLanguage(value: unknown): value is AnalysisLanguage {
  return value === 'az' || value === 'ru' || value === 'en';
}

const CYRILLIC = /[\u0400-\u04ff]/g;
const LATIN = /[a-z\u00c0-\u024f\u0259\u018f]/gi;
/**
 * Letters of the Azerbaijani alphabet that English lacks. ç ö ü are German or French too, but a
 * reader of this agency who types them is far more likely to write Azerbaijani ("Gürcüstan").
 */
const AZ_LETTERS = /[əƏıİğĞşŞçÇöÖüÜ]/;
/**
 * Frequent Azerbaijani words typed without the Azerbaijani letters ("Azerbaycan ve Rusiya").
 * None of them is an English word, so one of them is enough to say az.
 */
const AZ_ASCII_WORDS = new Set([
  've',
  'ile',
  'ucun',
  'uzre',
  'haqqinda',
  'olan',
  'olub',
  'baki',
  'bakida',
  'azerbaycan',
  'azerbaycanin',
  'azerbaycanda',
  'xeber',
  'xeberler',
  'prezidenti',
  'nazirliyi',
  'respublikasi',
]);
const ASCII_WORD = /[a-z]+/g;

/**
 * Cyrillic script means ru (when it has at least as many letters as Latin); a letter of the
 * Azerbaijani alphabet (ə ı İ ğ ş ç ö ü) or a frequent Azerbaijani word typed in ASCII means az;
 * everything else is en.
 */
export function detectLanguage(text: string): AnalysisLanguage {
  const cyrillic = text.match(CYRILLIC)?.length ?? 0;
  if (cyrillic > 0) {
    const latin = text.match(LATIN)?.length ?? 0;
    if (cyrillic >= latin) return 'ru';
  }
  if (AZ_LETTERS.test(text)) return 'az';
  const words = text.toLowerCase().match(ASCII_WORD) ?? [];
  return words.some((word) => AZ_ASCII_WORDS.has(word)) ? 'az' : 'en';
}
