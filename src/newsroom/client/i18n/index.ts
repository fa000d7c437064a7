// The interface language: the typed message table per language, t() with {placeholders}, and the initial choice.

import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { az } from './az.js';
import { en, type MessageKey, type Messages } from './en.js';
import { ru } from './ru.js';

export type UiLanguage = 'az' | 'ru' | 'en';
export const UI_LANGUAGES: readonly UiLanguage[] = ['az', 'ru', 'en'];
export const LANGUAGE_NAMES: Record<UiLanguage, string> = {
  az: 'Azərbaycanca',
  ru: 'Русский',
  en: 'English',
};
const TABLES: Record<UiLanguage, Messages> = { az, ru, en };
const STORAGE_KEY = 'lede.newsroom.language';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;
export type { MessageKey };

export function translator(language: UiLanguage): Translate {
  const table = TABLES[language];
  return (key, params) => {
    const text = table[key] ?? en[key] ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}

export function isUiLanguage(value: unknown): value is UiLanguage {
  return value === 'az' || value === 'ru' || value === 'en';
}

/** The language chosen on this computer before, else the browser's first az/ru/en language, else English. */
export function initialLanguage(): UiLanguage {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isUiLanguage(stored)) return stored;
  } catch {
    // storage may be off
  }
  for (const tag of navigator.languages ?? [navigator.language]) {
    const code = tag.slice(0, 2).toLowerCase();
    if (isUiLanguage(code)) return code;
  }
  return 'en';
}

export function rememberLanguage(language: UiLanguage): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // storage may be off
  }
}

export function storedLanguage(): UiLanguage | null {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isUiLanguage(stored) ? stored : null;
  } catch {
    return null;
  }
}

export interface I18n {
  language: UiLanguage;
  t: Translate;
  setLanguage: (language: UiLanguage) => void;
}

export const I18nContext = createContext<I18n>({
  language: 'en',
  t: translator('en'),
  setLanguage: () => undefined,
});

export function useI18n(): I18n {
  return useContext(I18nContext);
}
