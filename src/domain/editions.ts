// Editions: the language versions of the site, their URL prefixes, time zones and labels.

export const EDITION_CODES = ['az', 'ru', 'en'] as const;
export type EditionCode = (typeof EDITION_CODES)[number];

export interface Edition {
  code: EditionCode;
  /** BCP 47 language tag used in html lang, hreflang and feeds. */
  language: string;
  /** URL prefix, always starting and ending with "/" ("/" for the default edition). */
  prefix: string;
  timeZone: string;
  /** Name of the edition in its own language, shown in the language switcher. */
  name: string;
  /** Site title shown in the header and in <title>. */
  siteName: string;
}

export function isEditionCode(value: unknown): value is EditionCode {
  return typeof value === 'string' && (EDITION_CODES as readonly string[]).includes(value);
}

/** The reference agency: Azerbaijani at "/", Russian at "/ru/", English at "/en/". */
export function defaultEditions(timeZone = 'Asia/Baku', siteName = 'Lede'): Edition[] {
  return [
    { code: 'az', language: 'az', prefix: '/', timeZone, name: 'Azərbaycanca', siteName },
    { code: 'ru', language: 'ru', prefix: '/ru/', timeZone, name: 'Русский', siteName },
    { code: 'en', language: 'en', prefix: '/en/', timeZone, name: 'English', siteName },
  ];
}
