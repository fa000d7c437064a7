// The demo archive's hot-tags strip per edition, in order; the first one is pinned by the loader.

import type { EditionCode } from '../../domain/editions.js';

export const DEMO_HOT_TAGS: Record<EditionCode, string[]> = {
  az: [
    'Orta Dəhliz',
    'Büdcə-2026',
    'Bərpaolunan enerji',
    'Xəzər dənizi',
    'Rəqəmsal iqtisadiyyat',
    'Gəncə',
  ],
  ru: [
    'Средний коридор',
    'Бюджет-2026',
    'Возобновляемая энергия',
    'Каспийское море',
    'Цифровая экономика',
  ],
  en: [
    'Middle Corridor',
    'Budget 2026',
    'Oil prices',
    'Renewable energy',
    'Caspian Sea',
    'Digital economy',
  ],
};
