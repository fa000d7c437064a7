// The errors of the query language: stable codes and a friendly message in az, ru and en.

import type { AnalysisLanguage } from '../analysis/language.js';

export type QuerySyntaxErrorCode =
  'unclosed_quote' | 'dangling_or' | 'negated_or' | 'only_negative' | 'empty' | 'too_long';

/** The longest query accepted, in characters, and the most words (terms and phrase words). */
export const MAX_QUERY_LENGTH = 256;
export const MAX_QUERY_WORDS = 32;

const MESSAGES: Record<QuerySyntaxErrorCode, Record<AnalysisLanguage, string>> = {
  empty: {
    az: 'Axtarış üçün ən azı bir söz yazın.',
    ru: 'Введите хотя бы одно слово для поиска.',
    en: 'Type at least one word to search for.',
  },
  unclosed_quote: {
    az: 'Dırnaq bağlanmayıb: dəqiq ifadəni ikinci dırnaqla bağlayın.',
    ru: 'Кавычка не закрыта: закройте точную фразу второй кавычкой.',
    en: 'A quotation mark is not closed: end the exact phrase with a second quotation mark.',
  },
  dangling_or: {
    az: 'OR sözünün hər iki tərəfində söz olmalıdır, məsələn: Bakı OR Gəncə.',
    ru: 'С обеих сторон от OR должно быть слово, например: Баку OR Гянджа.',
    en: 'OR needs a word on each side, as in: Baku OR Ganja.',
  },
  negated_or: {
    az: 'Mənfi işarəli söz OR ilə birləşə bilməz: -sözü OR-dan ayrı yazın.',
    ru: 'Слово с минусом нельзя соединять через OR: напишите -слово отдельно.',
    en: 'A word with a minus cannot be part of OR: write the -word apart from the OR.',
  },
  only_negative: {
    az: 'Axtarılacaq ən azı bir söz əlavə edin: mənfi işarəli sözlər yalnız nəticədən çıxarır.',
    ru: 'Добавьте хотя бы одно слово для поиска: слова с минусом только исключают.',
    en: 'Add at least one word to search for: words with a minus only exclude.',
  },
  too_long: {
    az: `Sorğu çox uzundur: ən çoxu ${MAX_QUERY_LENGTH} simvol və ${MAX_QUERY_WORDS} söz.`,
    ru: `Слишком длинный запрос: не больше ${MAX_QUERY_LENGTH} знаков и ${MAX_QUERY_WORDS} слов.`,
    en:
      `The query is too long: use at most ${MAX_QUERY_LENGTH} characters` +
      ` and ${MAX_QUERY_WORDS} words.`,
  },
};

/** The message for a query syntax error in the reader's language. */
export function querySyntaxMessage(code: QuerySyntaxErrorCode, lang: AnalysisLanguage): string {
  return MESSAGES[code][lang];
}

/** A query the reader has to fix; `message` is the English text, `code` picks the others. */
export class QuerySyntaxError extends Error {
  readonly code: QuerySyntaxErrorCode;
  constructor(code: QuerySyntaxErrorCode) {
    super(MESSAGES[code].en);
    this.name = 'QuerySyntaxError';
    this.code = code;
  }
}
