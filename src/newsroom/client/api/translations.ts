// The translation desk: per edition, stories not yet translated and translations gone stale.

import type {
  EditionTranslation,
  TranslationStatus,
} from '../../../operations/translation-status.js';
import { query, request } from './http.js';
import type { EditionCode } from './types.js';

export type { EditionTranslation, TranslationStatus };

export function translationStatus(edition: EditionCode): Promise<TranslationStatus> {
  return request<TranslationStatus>('GET', `/api/translations/status${query({ edition })}`);
}

/** Each other edition of the story with its translation and state. */
export function storyTranslations(id: number): Promise<EditionTranslation[]> {
  return request<EditionTranslation[]>('GET', `/api/stories/${id}/translations`);
}
