// A user-facing sentence for an API error: the catalogue's message in the interface language, then the detail.

import { ERRORS, type ErrorCode } from '../../../domain/errors.js';
import { ApiError } from '../api/http.js';
import type { UiLanguage } from '../i18n/index.js';

export function errorText(error: unknown, language: UiLanguage): string {
  if (error instanceof ApiError) {
    const entry = (ERRORS as Record<string, { messages: Record<UiLanguage, string> } | undefined>)[
      error.code as ErrorCode
    ];
    const headline = entry?.messages[language];
    if (headline && error.message && error.message !== headline)
      return `${headline}: ${error.message}`;
    return headline ?? error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
