// The demo archive's main tags linked across editions: the same subject named in each edition.

import type { EditionCode } from '../../domain/editions.js';

/** Link key, then the tag's name in each edition (each one used by the edition's demo stories). */
export const DEMO_TAG_LINKS: [key: string, names: Record<EditionCode, string>][] = [
  ['budget-2026', { az: 'Büdcə-2026', ru: 'Бюджет-2026', en: 'Budget 2026' }],
  ['transport', { az: 'Nəqliyyat', ru: 'Транспорт', en: 'Transport' }],
  ['caspian-sea', { az: 'Xəzər dənizi', ru: 'Каспийское море', en: 'Caspian Sea' }],
  ['oil-prices', { az: 'Neft qiymətləri', ru: 'Цены на нефть', en: 'Oil prices' }],
  ['ganja', { az: 'Gəncə', ru: 'Гянджа', en: 'Ganja' }],
  [
    'renewable-energy',
    { az: 'Bərpaolunan enerji', ru: 'Возобновляемая энергия', en: 'Renewable energy' },
  ],
  [
    'digital-economy',
    { az: 'Rəqəmsal iqtisadiyyat', ru: 'Цифровая экономика', en: 'Digital economy' },
  ],
  ['middle-corridor', { az: 'Orta Dəhliz', ru: 'Средний коридор', en: 'Middle Corridor' }],
  ['baku', { az: 'Bakı', ru: 'Баку', en: 'Baku' }],
  ['climate', { az: 'İqlim', ru: 'Климат', en: 'Climate' }],
  ['electricity', { az: 'Elektrik enerjisi', ru: 'Электроэнергия', en: 'Electricity' }],
  ['sumgait', { az: 'Sumqayıt', ru: 'Сумгайыт', en: 'Sumgait' }],
  ['parliament', { az: 'Parlament', ru: 'Парламент', en: 'Parliament' }],
  ['kazakhstan', { az: 'Qazaxıstan', ru: 'Казахстан', en: 'Kazakhstan' }],
  ['agriculture', { az: 'Kənd təsərrüfatı', ru: 'Сельское хозяйство', en: 'Agriculture' }],
  [
    'artificial-intelligence',
    { az: 'Süni intellekt', ru: 'Искусственный интеллект', en: 'Artificial intelligence' },
  ],
];
