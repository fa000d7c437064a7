// Where a video block's player lives: the provider's privacy-minded player address, asked for only when a reader clicks.

import type { VideoBlock } from './blocks.js';

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

function youtubeId(url: URL): string | null {
  const host = url.hostname.replace(/^(www|m)\./, '');
  const id =
    host === 'youtu.be'
      ? url.pathname.slice(1)
      : host === 'youtube.com' || host === 'youtube-nocookie.com'
        ? url.pathname.startsWith('/watch')
          ? url.searchParams.get('v')
          : (/^\/(?:embed|shorts|live)\/([^/]+)/.exec(url.pathname)?.[1] ?? null)
        : null;
  return id && YOUTUBE_ID.test(id) ? id : null;
}

/** The player to load in a frame after the reader's click; null when there is none (a plain link). */
export function videoPlayerUrl(block: Pick<VideoBlock, 'provider' | 'url'>): string | null {
  let url: URL;
  try {
    url = new URL(block.url);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  if (block.provider === 'youtube') {
    const id = youtubeId(url);
    return id ? `https://www.youtube-nocookie.com/embed/${id}?autoplay=1` : null;
  }
  if (block.provider === 'vimeo' && url.hostname.replace(/^www\./, '') === 'vimeo.com') {
    const id = /^\/(\d{1,12})(?:\/|$)/.exec(url.pathname)?.[1];
    return id ? `https://player.vimeo.com/video/${id}?autoplay=1&dnt=1` : null;
  }
  return null;
}

/** The hosts of those players: what the site's content security policy lets frames come from. */
export const VIDEO_PLAYER_ORIGINS = [
  'https://www.youtube-nocookie.com',
  'https://player.vimeo.com',
];

/** The provider a video page's address belongs to: YouTube or Vimeo when Lede knows its player, else a plain link. */
export function videoProviderOf(address: string): VideoBlock['provider'] {
  if (videoPlayerUrl({ provider: 'youtube', url: address })) return 'youtube';
  if (videoPlayerUrl({ provider: 'vimeo', url: address })) return 'vimeo';
  return 'link';
}
