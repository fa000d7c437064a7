// The media library, when the server has one (POST/GET /api/media); the editor falls back to images by address.

import type { MediaListPage } from '../../../operations/list-media.js';
import type { MediaView } from '../../../operations/media-view.js';
import { ApiError, currentCsrfToken, request } from './http.js';

export type { MediaView };

let available: Promise<boolean> | null = null;

/** Whether the server has the media API: its OpenAPI document lists POST /api/media (asked once). */
export function mediaAvailable(): Promise<boolean> {
  available ??= request<{ paths?: Record<string, Record<string, unknown>> }>(
    'GET',
    '/api/openapi.json',
  ).then(
    (doc) => !!doc.paths?.['/api/media']?.post,
    () => false,
  );
  return available;
}

export async function listMedia(q = ''): Promise<MediaView[]> {
  const page = await request<MediaListPage>(
    'GET',
    `/api/media?limit=40${q ? `&q=${encodeURIComponent(q)}` : ''}`,
  );
  return page.items;
}

/** Uploads one image with its texts (multipart); answers the stored item. */
export async function uploadMedia(
  file: File,
  meta: { alt: string; caption: string; credit: string },
): Promise<MediaView> {
  const csrfToken = currentCsrfToken();
  const form = new FormData();
  form.set('alt', meta.alt);
  form.set('caption', meta.caption);
  form.set('credit', meta.credit);
  form.set('file', file);
  const response = await fetch('/api/media', {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: csrfToken ? { 'x-csrf-token': csrfToken, accept: 'application/json' } : {},
  });
  const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok)
    throw new ApiError(response.status, {
      error: typeof data.error === 'string' ? data.error : 'internal',
      message: typeof data.message === 'string' ? data.message : `HTTP ${response.status}`,
    });
  return data as unknown as MediaView;
}
