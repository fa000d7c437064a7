// Author profiles: the picker's search, and the Authors screen's reading and saving.

import type { AuthorList, AuthorProfileView } from '../../../operations/author-profiles.js';
import type { EditionCode } from '../../../domain/editions.js';
import { query, request } from './http.js';

export type { AuthorProfileView };

/** What the Authors screen sends: names and bios per edition, photo, user. */
export interface AuthorDraft {
  names: Partial<Record<EditionCode, string>>;
  bios: Partial<Record<EditionCode, string>>;
  photoId: number | null;
}

export async function findAuthors(q = '', limit = 20): Promise<AuthorProfileView[]> {
  const data = await request<AuthorList>(
    'GET',
    `/api/authors${query({ q, limit: String(limit) })}`,
  );
  return data.items;
}

export function createAuthor(draft: AuthorDraft): Promise<AuthorProfileView> {
  return request<AuthorProfileView>('POST', '/api/authors', draft);
}

export function saveAuthor(id: number, draft: AuthorDraft): Promise<AuthorProfileView> {
  return request<AuthorProfileView>('PUT', `/api/authors/${id}`, draft);
}

/** The name an edition shows. */
export function authorName(a: Pick<AuthorProfileView, 'name' | 'names'>, edition: EditionCode) {
  return a.names[edition]?.trim() || a.name;
}
