// Rubrics (two levels at most), tags, hot tags and authors of an edition.

import type { EditionCode } from './editions.js';

export interface Rubric {
  id: number;
  edition: EditionCode;
  slug: string;
  name: string;
  parentId: number | null;
  position: number;
  /** Links the same rubric across editions ("politics"); null or absent when not linked. */
  key?: string | null;
  /** Not in menus or public lists; its page answers 404. Absent when shown. */
  hidden?: boolean;
}

export interface Tag {
  id: number;
  edition: EditionCode;
  slug: string;
  name: string;
  /** Links the same tag across editions ("oil"); absent when not linked. */
  key?: string | null;
  /** Not in strips or public lists; its page answers 404. Absent when shown. */
  hidden?: boolean;
}

export interface Author {
  id: number;
  name: string;
  slug: string;
}

/** Splits a rubric path "Политика / Внешняя политика" into at most two names. */
export function rubricPath(rubric: string): string[] {
  const parts = rubric
    .split('/')
    .map((p) => p.trim().replace(/\s+/g, ' '))
    .filter((p) => p.length > 0);
  if (parts.length === 0 || parts.length > 2) {
    throw new RangeError(`a rubric has one or two levels, got "${rubric}"`);
  }
  return parts;
}

/** Normalises a tag as people type it: trimmed, inner spaces collapsed. */
export function cleanTagName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/** Case-insensitive key of a name as people type it (Turkic i rules, so "İqtisadiyyat" = "iqtisadiyyat"). */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('tr').normalize('NFC');
}
