// The desk's Incoming view: wire items, taking one into a draft, and the sources' state.

import { query, request } from './http.js';
import type { EditionCode } from './types.js';

export interface IncomingEntry {
  id: number;
  sourceId: number;
  sourceName: string;
  guid: string;
  version: string;
  status: 'incoming' | 'withdrawn' | 'taken' | 'failed';
  edition: EditionCode;
  title: string;
  lead: string;
  note: string | null;
  error: string | null;
  receivedAt: string;
  updatedAt: string;
  storyId: number | null;
}

export interface WireSource {
  id: number;
  name: string;
  url: string | null;
  dir: string | null;
  format: string;
  edition: EditionCode;
  everySeconds: number;
  lastPollAt: string | null;
  nextPollAt: string;
  lastError: string | null;
  failures: number;
  counts: { incoming: number; withdrawn: number; taken: number; failed: number };
}

export async function incomingItems(edition: EditionCode): Promise<IncomingEntry[]> {
  return (await request<{ items: IncomingEntry[] }>('GET', `/api/incoming${query({ edition })}`))
    .items;
}

export async function wireSources(): Promise<WireSource[]> {
  return (await request<{ items: WireSource[] }>('GET', '/api/ingest/sources')).items;
}

/** Takes the item into a new draft; answers the draft's id. */
export async function takeIncoming(id: number): Promise<number> {
  return (await request<{ id: number }>('POST', `/api/incoming/${id}/take`)).id;
}
