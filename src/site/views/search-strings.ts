// UI words of the search page in each edition's language.

import type { EditionCode } from '../../domain/editions.js';

export interface SearchStrings {
  heading: string;
  results: (total: number, more: boolean) => string;
  noResults: string;
  didYouMean: string;
  sortBy: string;
  byRelevance: string;
  byDate: string;
  hint: string;
}

const STRINGS: Record<EditionCode, SearchStrings> = {
  az: {
    heading: 'Axtarış',
    results: (n, more) => `Nəticə: ${n.toLocaleString('az')}${more ? '-dən çox' : ''}`,
    noResults: 'Heç nə tapılmadı. Başqa sözlə və ya daha az sözlə axtarın.',
    didYouMean: 'Bəlkə bunu nəzərdə tutmusunuz:',
    sortBy: 'Sıralama',
    byRelevance: 'uyğunluğa görə',
    byDate: 'tarixə görə',
    hint: 'Dəqiq ifadə üçün dırnaq, sözü çıxarmaq üçün mənfi işarəsi (-), alternativ üçün OR yazın.',
  },
  ru: {
    heading: 'Поиск',
    results: (n, more) => `Найдено: ${more ? 'более ' : ''}${n.toLocaleString('ru')}`,
    noResults: 'Ничего не найдено. Попробуйте другие слова или меньше слов.',
    didYouMean: 'Возможно, вы имели в виду:',
    sortBy: 'Сортировка',
    byRelevance: 'по релевантности',
    byDate: 'по дате',
    hint: 'Точная фраза — в кавычках, минус (-) исключает слово, OR — любое из слов.',
  },
  en: {
    heading: 'Search',
    results: (n, more) =>
      more
        ? `More than ${n.toLocaleString('en')} results`
        : `${n.toLocaleString('en')} ${n === 1 ? 'result' : 'results'}`,
    noResults: 'Nothing found. Try other words or fewer words.',
    didYouMean: 'Did you mean:',
    sortBy: 'Sort',
    byRelevance: 'by relevance',
    byDate: 'by date',
    hint: 'Quotes find an exact phrase, a minus (-) leaves a word out, OR finds either word.',
  },
};

export function searchStrings(edition: EditionCode): SearchStrings {
  return STRINGS[edition];
}
