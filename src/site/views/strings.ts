// UI words of the public site in each edition's language; views take every visible word from here.

import type { EditionCode } from '../../domain/editions.js';

export interface UiStrings {
  tagline: string;
  skipToContent: string;
  latestNews: string;
  topStory: string;
  rubrics: string;
  subRubrics: string;
  hotTags: string;
  tag: string;
  tags: string;
  archive: string;
  related: string;
  translations: string;
  language: string;
  search: string;
  searchLabel: string;
  author: string;
  /** The byline's label for several authors. */
  authors: string;
  /** The kicker of an author's page. */
  authorPage: string;
  updated: string;
  /** Heading of the dated notes of what was corrected in a story. */
  corrections: string;
  noStories: string;
  pagination: string;
  previous: string;
  next: string;
  pageOf: (page: number, pages: number) => string;
  page: (page: number) => string;
  archiveDays: string;
  previousDay: string;
  nextDay: string;
  photo: string;
  backHome: string;
  error: string;
  pageNotFound: string;
  storyWithdrawn: string;
  serverError: string;
  rights: string;
}

export const STRINGS: Record<EditionCode, UiStrings> = {
  az: {
    tagline: 'Xəbər agentliyi: Azərbaycan və dünya xəbərləri',
    skipToContent: 'Əsas məzmuna keç',
    latestNews: 'Son xəbərlər',
    topStory: 'Əsas xəbər',
    rubrics: 'Rubrikalar',
    subRubrics: 'Alt rubrikalar',
    hotTags: 'Gündəmdə',
    tag: 'Teq',
    tags: 'Teqlər',
    archive: 'Arxiv',
    related: 'Mövzu ilə bağlı',
    translations: 'Digər dillərdə',
    language: 'Dil',
    search: 'Axtar',
    searchLabel: 'Saytda axtarış',
    author: 'Müəllif',
    authors: 'Müəlliflər',
    authorPage: 'Müəllif',
    updated: 'Yenilənib',
    corrections: 'Düzəliş',
    noStories: 'Hələ xəbər yoxdur.',
    pagination: 'Səhifələr',
    previous: 'Əvvəlki',
    next: 'Növbəti',
    pageOf: (page, pages) => `Səhifə ${page} / ${pages}`,
    page: (page) => `Səhifə ${page}`,
    archiveDays: 'Arxiv günləri',
    previousDay: 'Əvvəlki gün',
    nextDay: 'Növbəti gün',
    photo: 'Foto',
    backHome: 'Ana səhifəyə qayıt',
    error: 'Xəta',
    pageNotFound: 'Səhifə tapılmadı',
    storyWithdrawn: 'Bu xəbər saytdan götürülüb',
    serverError: 'Serverdə xəta baş verdi',
    rights: 'Bütün hüquqlar qorunur.',
  },
  ru: {
    tagline: 'Информационное агентство: новости Азербайджана и мира',
    skipToContent: 'Перейти к содержанию',
    latestNews: 'Последние новости',
    topStory: 'Главная новость',
    rubrics: 'Рубрики',
    subRubrics: 'Подрубрики',
    hotTags: 'Актуально',
    tag: 'Тег',
    tags: 'Теги',
    archive: 'Архив',
    related: 'По теме',
    translations: 'На других языках',
    language: 'Язык',
    search: 'Найти',
    searchLabel: 'Поиск по сайту',
    author: 'Автор',
    authors: 'Авторы',
    authorPage: 'Автор',
    updated: 'Обновлено',
    corrections: 'Исправление',
    noStories: 'Новостей пока нет.',
    pagination: 'Страницы',
    previous: 'Предыдущая',
    next: 'Следующая',
    pageOf: (page, pages) => `Страница ${page} из ${pages}`,
    page: (page) => `Страница ${page}`,
    archiveDays: 'Дни архива',
    previousDay: 'Предыдущий день',
    nextDay: 'Следующий день',
    photo: 'Фото',
    backHome: 'Вернуться на главную',
    error: 'Ошибка',
    pageNotFound: 'Страница не найдена',
    storyWithdrawn: 'Материал снят с публикации',
    serverError: 'На сервере произошла ошибка',
    rights: 'Все права защищены.',
  },
  en: {
    tagline: 'News agency: news from Azerbaijan and the world',
    skipToContent: 'Skip to content',
    latestNews: 'Latest news',
    topStory: 'Top story',
    rubrics: 'Rubrics',
    subRubrics: 'Sub-rubrics',
    hotTags: 'Trending',
    tag: 'Tag',
    tags: 'Tags',
    archive: 'Archive',
    related: 'Related stories',
    translations: 'In other languages',
    language: 'Language',
    search: 'Search',
    searchLabel: 'Search the site',
    author: 'Author',
    authors: 'Authors',
    authorPage: 'Author',
    updated: 'Updated',
    corrections: 'Correction',
    noStories: 'No stories yet.',
    pagination: 'Pages',
    previous: 'Previous',
    next: 'Next',
    pageOf: (page, pages) => `Page ${page} of ${pages}`,
    page: (page) => `Page ${page}`,
    archiveDays: 'Archive days',
    previousDay: 'Previous day',
    nextDay: 'Next day',
    photo: 'Photo',
    backHome: 'Back to the home page',
    error: 'Error',
    pageNotFound: 'Page not found',
    storyWithdrawn: 'This story has been withdrawn',
    serverError: 'Something went wrong on our side',
    rights: 'All rights reserved.',
  },
};

export function strings(edition: EditionCode): UiStrings {
  return STRINGS[edition];
}

/** The page title for an HTTP error status, in the edition's language. */
export function errorTitle(edition: EditionCode, status: number): string {
  const t = STRINGS[edition];
  if (status === 404) return t.pageNotFound;
  if (status === 410) return t.storyWithdrawn;
  if (status >= 500) return t.serverError;
  return t.error;
}
