// UI words of the archive calendar, the side column, share links and search filters, per edition.

import type { EditionCode } from '../../domain/editions.js';
import type { StoryType } from '../../domain/story.js';

export interface ReaderStrings {
  /** Month names as headings ("Декабрь"), January first. */
  months: readonly string[];
  /** Weekday abbreviations from Monday, and their full names. */
  weekdays: readonly string[];
  weekdayNames: readonly string[];
  archiveYears: string;
  monthCalendar: string;
  noArchive: string;
  latest: string;
  mostRead: string;
  share: string;
  shareOn: (service: string) => string;
  email: string;
  sendByEmail: string;
  /** Words of the search filters. */
  filters: string;
  rubric: string;
  type: string;
  date: string;
  any: string;
  from: string;
  to: string;
  apply: string;
  pastDay: string;
  pastWeek: string;
  pastMonth: string;
  pastYear: string;
  /** Type names for filters (news included, which has no label after headlines). */
  types: Record<StoryType, string>;
  onlyCommonWords: (query: string) => string;
}

const STRINGS: Record<EditionCode, ReaderStrings> = {
  az: {
    months: [
      'Yanvar',
      'Fevral',
      'Mart',
      'Aprel',
      'May',
      'İyun',
      'İyul',
      'Avqust',
      'Sentyabr',
      'Oktyabr',
      'Noyabr',
      'Dekabr',
    ],
    weekdays: ['B.e.', 'Ç.a.', 'Ç.', 'C.a.', 'C.', 'Ş.', 'B.'],
    weekdayNames: [
      'Bazar ertəsi',
      'Çərşənbə axşamı',
      'Çərşənbə',
      'Cümə axşamı',
      'Cümə',
      'Şənbə',
      'Bazar',
    ],
    archiveYears: 'Arxiv illəri',
    monthCalendar: 'Ayın təqvimi',
    noArchive: 'Arxivdə hələ xəbər yoxdur.',
    latest: 'Son xəbərlər',
    mostRead: 'Ən çox oxunan',
    share: 'Paylaş',
    shareOn: (service) => `${service} ilə paylaş`,
    email: 'E-poçt',
    sendByEmail: 'E-poçt ilə göndər',
    filters: 'Filtrlər',
    rubric: 'Rubrika',
    type: 'Növ',
    date: 'Tarix',
    any: 'Hamısı',
    from: 'Başlanğıc',
    to: 'Son',
    apply: 'Tətbiq et',
    pastDay: 'Son gün',
    pastWeek: 'Son həftə',
    pastMonth: 'Son ay',
    pastYear: 'Son il',
    types: {
      news: 'Xəbər',
      interview: 'Müsahibə',
      opinion: 'Rəy',
      analysis: 'Təhlil',
      photo: 'Foto',
      video: 'Video',
      live: 'Canlı',
    },
    onlyCommonWords: (q) =>
      `«${q}» çox işlənən sözlərdən ibarətdir, belə sözlərlə axtarış aparılmır. Daha dəqiq bir söz əlavə edin.`,
  },
  ru: {
    months: [
      'Январь',
      'Февраль',
      'Март',
      'Апрель',
      'Май',
      'Июнь',
      'Июль',
      'Август',
      'Сентябрь',
      'Октябрь',
      'Ноябрь',
      'Декабрь',
    ],
    weekdays: ['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб', 'Вс'],
    weekdayNames: [
      'Понедельник',
      'Вторник',
      'Среда',
      'Четверг',
      'Пятница',
      'Суббота',
      'Воскресенье',
    ],
    archiveYears: 'Годы архива',
    monthCalendar: 'Календарь месяца',
    noArchive: 'В архиве пока нет новостей.',
    latest: 'Последние новости',
    mostRead: 'Самое читаемое',
    share: 'Поделиться',
    shareOn: (service) => `Поделиться в ${service}`,
    email: 'E-mail',
    sendByEmail: 'Отправить по e-mail',
    filters: 'Фильтры',
    rubric: 'Рубрика',
    type: 'Тип',
    date: 'Дата',
    any: 'Все',
    from: 'С',
    to: 'По',
    apply: 'Применить',
    pastDay: 'За сутки',
    pastWeek: 'За неделю',
    pastMonth: 'За месяц',
    pastYear: 'За год',
    types: {
      news: 'Новость',
      interview: 'Интервью',
      opinion: 'Мнение',
      analysis: 'Аналитика',
      photo: 'Фото',
      video: 'Видео',
      live: 'Онлайн',
    },
    onlyCommonWords: (q) =>
      `«${q}» — только общеупотребительные слова, по ним поиск не ведётся. Добавьте более точное слово.`,
  },
  en: {
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    weekdayNames: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    archiveYears: 'Archive years',
    monthCalendar: 'Calendar of the month',
    noArchive: 'The archive has no stories yet.',
    latest: 'Latest news',
    mostRead: 'Most read',
    share: 'Share',
    shareOn: (service) => `Share on ${service}`,
    email: 'E-mail',
    sendByEmail: 'Send by e-mail',
    filters: 'Filters',
    rubric: 'Rubric',
    type: 'Type',
    date: 'Date',
    any: 'All',
    from: 'From',
    to: 'To',
    apply: 'Apply',
    pastDay: 'Past day',
    pastWeek: 'Past week',
    pastMonth: 'Past month',
    pastYear: 'Past year',
    types: {
      news: 'News',
      interview: 'Interview',
      opinion: 'Opinion',
      analysis: 'Analysis',
      photo: 'Photo',
      video: 'Video',
      live: 'Live',
    },
    onlyCommonWords: (q) =>
      `"${q}" has only words too common to search for. Add a more specific word.`,
  },
};

export function readerStrings(edition: EditionCode): ReaderStrings {
  return STRINGS[edition];
}
