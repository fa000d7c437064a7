// The translation desk: per edition, stories not yet translated and translations gone stale.

import { query, request } from './http.js';
import type { EditionCode, StorySummary } from './types.js';

export interface TranslationStatus {
  edition: EditionCode;
  missing: { story: StorySummary; missingIn: EditionCode[] }[];
  stale: {
    story: StorySummary;
    source: { id: number; edition: EditionCode; title: string; version: number };
    translatedFromVersion: number;
  }[];
}

export async function translationStatus(edition: EditionCode): Promise<TranslationStatus> {
  const data = await request<unknown>('GET', `/api/translations/status${query({ edition })}`);
  const d = data as Partial<TranslationStatus> & { status?: TranslationStatus };
  const status = d.status ?? (data as TranslationStatus);
  return { edition, missing: status.missing ?? [], stale: status.stale ?? [] };
}
