// The demo archive's authors, invented for Lede: each name as the three editions write it, and a short bio.

import type { EditionCode } from '../../domain/editions.js';

export interface DemoAuthor {
  slug: string;
  names: Record<EditionCode, string>;
  bios: Record<EditionCode, string>;
}

const bio = (az: string, ru: string, en: string) => ({ az, ru, en });

export const DEMO_AUTHORS: DemoAuthor[] = [
  {
    slug: 'anna-kerimova',
    names: { az: 'Anna Kərimova', ru: 'Анна Керимова', en: 'Anna Karimova' },
    bios: bio(
      'İqtisadiyyat müxbiri; bank sektoru və büdcə haqqında yazır.',
      'Экономический корреспондент; пишет о банках и бюджете.',
      'Economy correspondent covering banks and the budget.',
    ),
  },
  {
    slug: 'timur-alikhanov',
    names: { az: 'Teymur Əlixanov', ru: 'Тимур Алиханов', en: 'Timur Alikhanov' },
    bios: bio(
      'Enerji bazarlarını və neft qiymətlərini izləyir.',
      'Следит за энергетическими рынками и ценами на нефть.',
      'Follows energy markets and oil prices.',
    ),
  },
  {
    slug: 'sevil-huseynova',
    names: { az: 'Sevil Hüseynova', ru: 'Севиль Гусейнова', en: 'Sevil Huseynova' },
    bios: bio(
      'Cəmiyyət və mədəniyyət mövzularında yazır.',
      'Пишет об обществе и культуре.',
      'Writes about society and culture.',
    ),
  },
  {
    slug: 'elmira-sadikhova',
    names: { az: 'Elmira Sadıxova', ru: 'Эльмира Садыхова', en: 'Elmira Sadikhova' },
    bios: bio('Nəqliyyat müxbiri.', 'Корреспондент по транспорту.', 'Transport correspondent.'),
  },
  {
    slug: 'orkhan-bayramov',
    names: { az: 'Orxan Bayramov', ru: 'Орхан Байрамов', en: 'Orkhan Bayramov' },
    bios: bio('İdman müxbiri.', 'Спортивный корреспондент.', 'Sports correspondent.'),
  },
  {
    slug: 'rashad-guliyev',
    names: { az: 'Rəşad Quliyev', ru: 'Рашад Гулиев', en: 'Rashad Guliyev' },
    bios: bio(
      'Xarici siyasət şöbəsinin redaktoru.',
      'Редактор отдела внешней политики.',
      'Foreign policy editor.',
    ),
  },
  {
    slug: 'ayten-mammadova',
    names: { az: 'Aytən Məmmədova', ru: 'Айтен Мамедова', en: 'Ayten Mammadova' },
    bios: bio(
      'Texnologiya və rəqəmsal xidmətlər haqqında yazır.',
      'Пишет о технологиях и цифровых услугах.',
      'Covers technology and digital services.',
    ),
  },
  {
    slug: 'nigar-hasanli',
    names: { az: 'Nigar Həsənli', ru: 'Нигяр Гасанлы', en: 'Nigar Hasanli' },
    bios: bio('Regionlardan xəbərlər.', 'Новости регионов.', 'News from the regions.'),
  },
  {
    slug: 'elvin-abbasov',
    names: { az: 'Elvin Abbasov', ru: 'Эльвин Аббасов', en: 'Elvin Abbasov' },
    bios: bio('Dünya xəbərləri.', 'Международные новости.', 'World news.'),
  },
  {
    slug: 'farid-nasirov',
    names: { az: 'Fərid Nəsirov', ru: 'Фарид Насиров', en: 'Farid Nasirov' },
    bios: bio('Analitik.', 'Аналитик.', 'Analyst.'),
  },
  {
    slug: 'emma-collins',
    names: { az: 'Emma Kollinz', ru: 'Эмма Коллинз', en: 'Emma Collins' },
    bios: bio(
      'Beynəlxalq xidmətin redaktoru.',
      'Редактор международной службы.',
      'Editor of the international desk.',
    ),
  },
  {
    slug: 'kamran-jafarov',
    names: { az: 'Kamran Cəfərov', ru: 'Камран Джафаров', en: 'Kamran Jafarov' },
    bios: bio('Biznes müxbiri.', 'Бизнес-корреспондент.', 'Business correspondent.'),
  },
  {
    slug: 'sabina-rahimova',
    names: { az: 'Səbinə Rəhimova', ru: 'Сабина Рагимова', en: 'Sabina Rahimova' },
    bios: bio('Səhiyyə və təhsil.', 'Здравоохранение и образование.', 'Health and education.'),
  },
];
