// Sample view models for the view tests and screenshots: the Russian edition around the seed interview.

import type { Block } from '../../domain/blocks.js';
import { defaultEditions, type Edition, type EditionCode } from '../../domain/editions.js';
import type {
  ChromeView,
  ErrorPageView,
  HomeView,
  ListPageView,
  StoryCardView,
  StoryPageView,
} from '../view-models.js';

export const EDITIONS = defaultEditions('Asia/Baku', 'Lede');

export function edition(code: EditionCode): Edition {
  return EDITIONS.find((e) => e.code === code)!;
}

export const HOSTILE = '<script>alert("x")</script>';
/** HOSTILE as the renderer escapes it in text and attributes. */
export const HOSTILE_ESCAPED = '&lt;script>alert(&quot;x&quot;)&lt;/script>';

export function chrome(code: EditionCode = 'ru', over: Partial<ChromeView> = {}): ChromeView {
  const ed = edition(code);
  const p = ed.prefix;
  return {
    edition: ed,
    alternates: EDITIONS.map((e) => ({
      edition: e,
      url: e.code === code ? `${p}news/story-1` : `${e.prefix}news/story-${e.code}`,
      isTranslation: e.code !== 'az',
    })),
    hotTags: [
      { name: 'Ильхам Алиев', url: `${p}tag/ilham-aliev` },
      { name: 'WUF13', url: `${p}tag/wuf13` },
      { name: 'Бюджетный пакет', url: `${p}tag/byudzhetnyy-paket` },
      { name: 'Неделя волонтёров', url: `${p}tag/nedelya-volonterov` },
    ],
    rubrics: [
      {
        name: 'Политика',
        url: `${p}politika`,
        children: [
          { name: 'Внешняя политика', url: `${p}politika/vneshnyaya-politika` },
          { name: 'Внутренняя политика', url: `${p}politika/vnutrennyaya-politika` },
        ],
      },
      { name: 'Экономика', url: `${p}ekonomika`, children: [] },
      { name: 'Общество', url: `${p}obshchestvo`, children: [] },
      { name: 'В мире', url: `${p}v-mire`, children: [] },
      { name: 'Спорт', url: `${p}sport`, children: [] },
    ],
    title: 'Госминистр: У Лондона и Баку амбициозные планы сотрудничества в сфере обороны',
    description: 'Государственный министр по вопросам обороны Великобритании посетил Азербайджан.',
    canonical: `${p}news/story-1`,
    ...over,
  };
}

const TITLES = [
  'В Баку обсудили подготовку к WUF13',
  'Милли Меджлис принял бюджетный пакет на 2026 год',
  'Азербайджан и Грузия расширят транзитное сотрудничество',
  'В Баку стартовала Неделя волонтёров',
  'Курс маната на 5 декабря',
  'Эксперт: Южный Кавказ становится транспортным узлом',
];

export function card(i: number, over: Partial<StoryCardView> = {}): StoryCardView {
  return {
    id: 100 + i,
    title: TITLES[i % TITLES.length]!,
    typeLabel: i === 5 ? 'МНЕНИЕ' : '',
    type: i === 5 ? 'opinion' : 'news',
    url: `/ru/news/story-${100 + i}`,
    lead: 'Об этом сообщили в пресс-службе ведомства, передаёт Report.',
    publishedAt: new Date(Date.UTC(2025, 11, 5, 10, 30) - i * 47 * 60_000).toISOString(),
    rubric: { name: 'Внешняя политика', url: '/ru/politika/vneshnyaya-politika' },
    ...over,
  };
}

export const INTERVIEW_BLOCKS: Block[] = [
  {
    type: 'paragraph',
    content: [
      { text: 'В эксклюзивном интервью ' },
      { text: 'Report', marks: ['bold'] },
      { text: ' Лорд Коакер рассказал о текущем состоянии двусторонних отношений.' },
    ],
  },
  { type: 'heading', content: [{ text: 'Военная подготовка' }] },
  {
    type: 'question',
    speaker: 'Report',
    content: [
      {
        type: 'paragraph',
        content: [
          { text: '- Как бы вы охарактеризовали текущий уровень военного сотрудничества?' },
        ],
      },
    ],
  },
  {
    type: 'answer',
    speaker: 'Вернон Коакер',
    content: [
      {
        type: 'paragraph',
        content: [{ text: '- Сотрудничество действительно является прочным и динамичным.' }],
      },
      {
        type: 'paragraph',
        content: [
          { text: 'Некоторые из наших военных также приезжают ' },
          { text: '(в Азербайджан - ред.)', marks: ['editorNote'] },
          { text: ' и помогают с подготовкой. Подробнее на ' },
          { text: 'сайте министерства', marks: ['link'], href: 'https://www.gov.uk/mod' },
          { text: ' и ' },
          { text: 'в архиве', marks: ['link', 'italic'], href: '/ru/archive/2025-12-04' },
          { text: '.' },
        ],
      },
    ],
  },
  {
    type: 'quote',
    cite: 'Вернон Коакер',
    content: [{ type: 'paragraph', content: [{ text: 'Наши отношения очень сильные.' }] }],
  },
  {
    type: 'image',
    src: '/media/2025/12/coaker.jpg',
    alt: 'Лорд Вернон Коакер в Баку',
    caption: 'Визит госминистра в Баку',
    credit: 'Report',
    width: 1200,
    height: 675,
  },
  {
    type: 'list',
    items: [
      [{ text: 'военная подготовка' }],
      [{ text: 'английский язык', marks: ['bold', 'italic'] }],
    ],
  },
  { type: 'list', ordered: true, items: [[{ text: 'первое' }], [{ text: 'второе' }]] },
  {
    type: 'embed',
    provider: 'youtube',
    url: 'https://www.youtube.com/watch?v=abc123',
    title: 'Визит Лорда Коакера',
  },
];

export function storyView(over: Partial<StoryPageView['story']> = {}): StoryPageView {
  return {
    chrome: chrome('ru'),
    story: {
      id: 1,
      type: 'interview',
      typeLabel: 'ИНТЕРВЬЮ',
      title: 'Госминистр: У Лондона и Баку амбициозные планы сотрудничества в сфере обороны',
      lead: 'Государственный министр по вопросам обороны Соединенного Королевства Лорд Вернон Коакер совершил 4 декабря 2025 года официальный визит в Азербайджан.',
      blocks: INTERVIEW_BLOCKS,
      publishedAt: '2025-12-05T10:30:00.000Z',
      updatedAt: '2025-12-05T12:05:00.000Z',
      rubric: { name: 'Внешняя политика', url: '/ru/politika/vneshnyaya-politika' },
      tags: [
        { name: 'Ильхам Алиев', url: '/ru/tag/ilham-aliev' },
        { name: 'Великобритания', url: '/ru/tag/velikobritaniya' },
      ],
      author: 'Айсель Мамедова',
      ...over,
    },
    translations: [
      {
        edition: edition('en'),
        url: '/en/news/story-en',
        title: 'Minister: London and Baku have ambitious plans for defence cooperation',
      },
    ],
    related: [card(0), card(1), card(5)],
  };
}

export function homeView(): HomeView {
  return {
    chrome: chrome('ru', { title: 'Последние новости', canonical: '/ru/', description: undefined }),
    top: { ...card(5), lead: 'Государственный министр по вопросам обороны посетил Баку.' },
    latest: [0, 1, 2, 3, 4, 5].map((i) => card(i)),
    sections: [
      {
        rubric: { name: 'Экономика', url: '/ru/ekonomika' },
        stories: [1, 4, 2].map((i) => card(i)),
      },
      { rubric: { name: 'Общество', url: '/ru/obshchestvo' }, stories: [3, 0].map((i) => card(i)) },
    ],
  };
}

export function listView(over: Partial<ListPageView> = {}): ListPageView {
  return {
    chrome: chrome('ru', { title: 'Ильхам Алиев', canonical: '/ru/tag/ilham-aliev?page=2' }),
    kind: 'tag',
    heading: 'Ильхам Алиев',
    stories: [0, 1, 2, 3].map((i) => card(i)),
    pagination: {
      page: 2,
      pages: 5,
      pagesExact: true,
      prevUrl: '/ru/tag/ilham-aliev',
      nextUrl: '/ru/tag/ilham-aliev?page=3',
    },
    ...over,
  };
}

export function errorView(status = 404, code: EditionCode = 'ru'): ErrorPageView {
  return {
    chrome: chrome(code, { title: 'Страница не найдена', canonical: '/ru/nope' }),
    status,
    message: 'Такой страницы нет или она была перемещена.',
  };
}
