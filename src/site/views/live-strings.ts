// Words of a live story's page in each edition's language, and the "N new updates" forms the script picks from.

import type { EditionCode } from '../../domain/editions.js';

export interface LiveStrings {
  live: string;
  ended: string;
  keyEvents: string;
  keyEvent: string;
  pinned: string;
  updated: string;
  noEntries: string;
  entries: string;
  olderUpdates: string;
  newerUpdates: string;
  /** "{n} new updates" by plural category (Intl.PluralRules of the edition's language). */
  newUpdates: Record<string, string>;
}

const LIVE: Record<EditionCode, LiveStrings> = {
  az: {
    live: 'Canlı',
    ended: 'Canlı yayım başa çatıb',
    keyEvents: 'Əsas hadisələr',
    keyEvent: 'Əsas hadisə',
    pinned: 'Bərkidilib',
    updated: 'yeniləndi',
    noEntries: 'Hələ yenilik yoxdur.',
    entries: 'Yeniliklər',
    olderUpdates: 'Əvvəlki yeniliklər',
    newerUpdates: 'Sonrakı yeniliklər',
    newUpdates: { one: '{n} yeni yenilik', other: '{n} yeni yenilik' },
  },
  ru: {
    live: 'Онлайн',
    ended: 'Трансляция завершена',
    keyEvents: 'Главное',
    keyEvent: 'Главное',
    pinned: 'Закреплено',
    updated: 'обновлено',
    noEntries: 'Обновлений пока нет.',
    entries: 'Обновления',
    olderUpdates: 'Более ранние обновления',
    newerUpdates: 'Более поздние обновления',
    newUpdates: {
      one: '{n} новое обновление',
      few: '{n} новых обновления',
      many: '{n} новых обновлений',
      other: '{n} новых обновления',
    },
  },
  en: {
    live: 'Live',
    ended: 'Live coverage has ended',
    keyEvents: 'Key events',
    keyEvent: 'Key event',
    pinned: 'Pinned',
    updated: 'updated',
    noEntries: 'No updates yet.',
    entries: 'Updates',
    olderUpdates: 'Earlier updates',
    newerUpdates: 'Later updates',
    newUpdates: { one: '{n} new update', other: '{n} new updates' },
  },
};

export function liveStrings(edition: EditionCode): LiveStrings {
  return LIVE[edition];
}
