// Taxonomy calls: the rubric tree, tags (rename, merge) and the hot-tags strip of each edition.

import { query, request } from './http.js';
import type { EditionCode, HotTag, HotTagEntry, RubricNode, RubricTreeNode, Tag } from './types.js';

/** The rubrics of an edition, flattened in order: each top-level rubric, then its children. */
export async function listRubrics(edition: EditionCode): Promise<RubricNode[]> {
  const data = await request<{ items: RubricTreeNode[] }>(
    'GET',
    `/api/rubrics${query({ edition })}`,
  );
  return data.items.flatMap(({ children, ...top }) => [top, ...children]);
}

export function createRubric(input: {
  edition: EditionCode;
  name: string;
  parentId?: number | null;
}) {
  return request<RubricNode>('POST', '/api/rubrics', {
    edition: input.edition,
    name: input.name,
    ...(input.parentId ? { parentId: input.parentId } : {}),
  });
}

export function renameRubric(id: number, name: string) {
  return request<RubricNode>('PATCH', `/api/rubrics/${id}`, { name });
}

/** Every rubric of one level (top, or the children of parentId) in their new order. */
export function orderRubrics(edition: EditionCode, parentId: number | null, ids: number[]) {
  return request<unknown>('PUT', '/api/rubrics/order', { edition, parentId, ids });
}

export async function listTags(edition: EditionCode, q = ''): Promise<Tag[]> {
  const data = await request<{ items: Tag[] }>('GET', `/api/tags${query({ edition, q })}`);
  return data.items;
}

/** The tags of an edition linked to tags of other editions (few: the ones named across editions). */
export async function listLinkedTags(edition: EditionCode): Promise<Tag[]> {
  const data = await request<{ items: Tag[] }>(
    'GET',
    `/api/tags${query({ edition, linked: 'true' })}`,
  );
  return data.items;
}

/** A rubric or tag and its counterparts in the other editions. */
export interface TaxonomyLinks<T> {
  key: string | null;
  items: T[];
}

export function getLinks<K extends 'rubric' | 'tag'>(kind: K, id: number) {
  return request<TaxonomyLinks<K extends 'rubric' ? RubricNode : Tag>>(
    'GET',
    `/api/${kind}s/${id}/links`,
  );
}

/** Links the rubric or tag with these of other editions (one per edition); [] unlinks it. */
export function saveLinks(kind: 'rubric' | 'tag', id: number, ids: number[]) {
  return request<TaxonomyLinks<RubricNode | Tag>>('PUT', `/api/${kind}s/${id}/links`, { ids });
}

export function renameTag(id: number, name: string) {
  return request<unknown>('PATCH', `/api/tags/${id}`, { name });
}

export function mergeTag(id: number, into: number) {
  return request<unknown>('POST', `/api/tags/${id}/merge`, { into });
}

/** Hides a rubric or tag from readers, or shows it again. */
export function setTaxonomyHidden(kind: 'rubric' | 'tag', id: number, hidden: boolean) {
  return request<unknown>('PUT', `/api/${kind}s/${id}/hidden`, { hidden });
}

export function mergeRubric(id: number, into: number) {
  return request<unknown>('POST', `/api/rubrics/${id}/merge`, { into });
}

/** Deletes a rubric or tag no story uses (409 otherwise). */
export function deleteTaxonomy(kind: 'rubric' | 'tag', id: number) {
  return request<unknown>('DELETE', `/api/${kind}s/${id}`);
}

export async function getHotTags(edition: EditionCode): Promise<HotTag[]> {
  const data = await request<{ items: HotTag[] }>('GET', `/api/hot-tags${query({ edition })}`);
  return [...data.items].sort((a, b) => a.position - b.position);
}

/** Replaces the whole strip, in order. */
export async function saveHotTags(edition: EditionCode, entries: HotTagEntry[]): Promise<HotTag[]> {
  const data = await request<{ items: HotTag[] }>('PUT', '/api/hot-tags', {
    edition,
    entries: entries.map((e) => ({
      name: e.name,
      pinned: e.pinned,
      expiresAt: e.expiresAt ?? null,
    })),
  });
  return data.items;
}
