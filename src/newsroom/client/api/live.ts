// Live story calls of the newsroom API: the entries, posting, correcting, deleting; closing and reopening coverage.

import type { Block } from '../../../domain/blocks.js';
import type { LiveEntries } from '../../../operations/live-entries.js';
import type { LiveEntry } from '../../../domain/live.js';
import { request } from './http.js';

export type { LiveEntries, LiveEntry };

export function listEntries(storyId: number): Promise<LiveEntries> {
  return request<LiveEntries>('GET', `/api/stories/${storyId}/entries`);
}

export function postEntry(
  storyId: number,
  entry: { blocks: Block[]; keyEvent?: boolean; pinned?: boolean },
): Promise<LiveEntry> {
  return request<LiveEntry>('POST', `/api/stories/${storyId}/entries`, entry);
}

export function editEntry(
  storyId: number,
  entryId: number,
  patch: { blocks?: Block[]; keyEvent?: boolean; pinned?: boolean },
): Promise<LiveEntry> {
  return request<LiveEntry>('PATCH', `/api/stories/${storyId}/entries/${entryId}`, patch);
}

export function deleteEntry(storyId: number, entryId: number, note: string): Promise<LiveEntry> {
  return request<LiveEntry>('DELETE', `/api/stories/${storyId}/entries/${entryId}`, { note });
}

export function setCoverage(storyId: number, open: boolean): Promise<LiveEntries> {
  return request<LiveEntries>('POST', `/api/stories/${storyId}/coverage`, { open });
}
