// Recognises a YouTube, X (twitter.com/x.com) or Telegram (t.me) post link and makes it an embed block.

import type { EmbedBlock } from '../../domain/blocks.js';

export const EMBED_PROVIDERS = ['youtube', 'x', 'telegram', 'link'] as const;

const YOUTUBE_ID = /^[A-Za-z0-9_-]{6,20}$/;
const X_HANDLE = /^[A-Za-z0-9_]{1,30}$/;
const TELEGRAM_CHANNEL = /^[A-Za-z][A-Za-z0-9_]{3,40}$/;
const NUMERIC_ID = /^\d{1,25}$/;

function parse(value: string): URL | null {
  const text = value.trim();
  if (text === '' || /\s/.test(text)) return null;
  try {
    const url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function youtube(url: URL, host: string): string | null {
  const parts = url.pathname.split('/').filter(Boolean);
  let id: string | null | undefined = null;
  if (host === 'youtu.be') id = parts[0];
  else if (host === 'youtube.com' || host === 'm.youtube.com' || host === 'youtube-nocookie.com') {
    if (parts[0] === 'watch') id = url.searchParams.get('v');
    else if (parts[0] === 'shorts' || parts[0] === 'embed' || parts[0] === 'live') id = parts[1];
  }
  return id && YOUTUBE_ID.test(id) ? `https://www.youtube.com/watch?v=${id}` : null;
}

function xPost(url: URL, host: string): string | null {
  if (!['x.com', 'twitter.com', 'mobile.twitter.com', 'mobile.x.com'].includes(host)) return null;
  const [handle, status, id] = url.pathname.split('/').filter(Boolean);
  if (!handle || !X_HANDLE.test(handle) || status !== 'status' || !id || !NUMERIC_ID.test(id))
    return null;
  return `https://x.com/${handle}/status/${id}`;
}

function telegramPost(url: URL, host: string): string | null {
  if (host !== 't.me' && host !== 'telegram.me') return null;
  let parts = url.pathname.split('/').filter(Boolean);
  if (parts[0] === 's') parts = parts.slice(1);
  const [channel, id] = parts;
  if (!channel || !TELEGRAM_CHANNEL.test(channel) || !id || !NUMERIC_ID.test(id)) return null;
  return `https://t.me/${channel}/${id}`;
}

/**
 * The embed a link becomes, or null when the text is not one link to a YouTube video, an X post or
 * a Telegram channel post. The URL is put in its canonical form (tracking parameters dropped).
 */
export function embedFromUrl(value: string): EmbedBlock | null {
  const url = parse(value);
  if (!url) return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const yt = youtube(url, host);
  if (yt) return { type: 'embed', provider: 'youtube', url: yt };
  const x = xPost(url, host);
  if (x) return { type: 'embed', provider: 'x', url: x };
  const tg = telegramPost(url, host);
  if (tg) return { type: 'embed', provider: 'telegram', url: tg };
  return null;
}
