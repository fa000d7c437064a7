// The media library, when the server has one (POST/GET /api/media); the editor falls back to images by address.

import { ApiError, currentCsrfToken, request } from './http.js';

export interface MediaItem {
  id: number | string;
  /** Where the site serves the image (a site path or an http(s) URL). */
  src: string;
  alt: string;
  caption: string | null;
  credit: string | null;
  width: number | null;
  height: number | null;
}

function normalise(raw: Record<string, unknown>): MediaItem {
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  const size = (v: unknown) => (typeof v === 'number' && v > 0 ? Math.round(v) : null);
  const src = text(raw.src) ?? text(raw.url) ?? text(raw.path) ?? '';
  return {
    id: typeof raw.id === 'number' || typeof raw.id === 'string' ? raw.id : src,
    src,
    alt: text(raw.alt) ?? '',
    caption: text(raw.caption),
    credit: text(raw.credit),
    width: size(raw.width),
    height: size(raw.height),
  };
}

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

export async function listMedia(q = ''): Promise<MediaItem[]> {
  const data = await request<unknown>(
    'GET',
    `/api/media?limit=40${q ? `&q=${encodeURIComponent(q)}` : ''}`,
  );
  const list = Array.isArray(data)
    ? data
    : ((data as { items?: unknown[]; media?: unknown[] }).items ??
      (data as { media?: unknown[] }).media ??
      []);
  return (list as Record<string, unknown>[]).map(normalise).filter((m) => m.src !== '');
}

/** Uploads one image with its texts (multipart); answers the stored item. */
export async function uploadMedia(
  file: File,
  meta: { alt: string; caption: string; credit: string },
): Promise<MediaItem> {
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
  return normalise((data.media ?? data.item ?? data) as Record<string, unknown>);
}
