// Slugs: headlines transliterated to lowercase ASCII by fixed rules per language.

import type { EditionCode } from './editions.js';

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ү: 'u',
  ә: 'e',
  ө: 'o',
  ғ: 'g',
  қ: 'q',
  һ: 'h',
  ҹ: 'c',
};

/** Azerbaijani Latin letters; the same table serves other Latin text with diacritics. */
const AZ_LATIN: Record<string, string> = {
  ə: 'e',
  ı: 'i',
  ö: 'o',
  ü: 'u',
  ğ: 'g',
  ş: 'sh',
  ç: 'ch',
};

/** Per-language differences: Azerbaijani writers expect ş→s, ç→c in URLs. */
const OVERRIDES: Record<EditionCode, Record<string, string>> = {
  az: { ş: 's', ç: 'c', х: 'x' },
  ru: {},
  en: {},
};

const MAX_LENGTH = 80;

/** Transliterates text to a URL slug by the edition's rules ("Госминистр: У Лондона" → "gosministr-u-londona"). */
export function slugify(text: string, edition: EditionCode): string {
  const overrides = OVERRIDES[edition];
  // Lowercase with the Turkic rule for dotted/dotless i before anything else.
  const lower = text
    .replace(/I/g, edition === 'az' ? 'ı' : 'i')
    .replace(/İ/g, 'i')
    .toLowerCase();
  let out = '';
  for (const ch of lower) {
    const mapped = overrides[ch] ?? AZ_LATIN[ch] ?? CYRILLIC[ch];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    // Strip remaining diacritics (é → e) and keep ASCII letters and digits.
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    out += /^[a-z0-9]+$/.test(base) ? base : '-';
  }
  out = out.replace(/-+/g, '-').replace(/^-|-$/g, '');
  if (out.length > MAX_LENGTH) {
    const cut = out.slice(0, MAX_LENGTH);
    const lastDash = cut.lastIndexOf('-');
    out = lastDash > 20 ? cut.slice(0, lastDash) : cut;
  }
  return out || 'story';
}
