// The translation desk: per edition, stories not yet translated and translations gone stale.

import type { TranslationStatus } from '../../../operations/translation-status.js';
import { query, request } from './http.js';
import type { EditionCode } from './types.js';

export type { TranslationStatus };

export function translationStatus(edition: EditionCode): Promise<TranslationStatus> {
  return request<TranslationStatus>('GET', `/api/translations/status${query({ edition })}`);
}
