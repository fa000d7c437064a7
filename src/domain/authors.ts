// Author profiles: a name and a short bio per edition (each in its edition's script), a photo, a newsroom user.

import type { EditionCode } from './editions.js';
import type { Author } from './taxonomy.js';

/** An author as the newsroom edits them and author pages show them. */
export interface AuthorProfile extends Author {
  /** The name as written in each edition ("Анна Керимова", "Anna Kərimova", "Anna Karimova"). */
  names: Partial<Record<EditionCode, string>>;
  /** A short bio per edition. */
  bios: Partial<Record<EditionCode, string>>;
  /** A media-library item id, or null. */
  photoId: number | null;
  /** The newsroom user this author is, or null. */
  userId: number | null;
}

/** The name an edition shows: its own spelling, else the profile's main name. */
export function authorNameIn(
  author: Author & { names?: AuthorProfile['names'] },
  edition: EditionCode,
) {
  return author.names?.[edition]?.trim() || author.name;
}

/** The bio an edition shows, or "" when it has none. */
export function authorBioIn(author: Pick<AuthorProfile, 'bios'>, edition: EditionCode): string {
  return author.bios[edition]?.trim() ?? '';
}
