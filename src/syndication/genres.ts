// Story type → IPTC genre (https://cv.iptc.org/newscodes/genre/), for ninjs and NewsML-G2.

import type { StoryType } from '../domain/story.js';

export interface Genre {
  /** "genre:Interview" */
  qcode: string;
  name: string;
}

/** Types with an IPTC genre; photo, video and live are formats, not genres, and carry none. */
const GENRES: Partial<Record<StoryType, Genre>> = {
  interview: { qcode: 'genre:Interview', name: 'Interview' },
  opinion: { qcode: 'genre:Opinion', name: 'Opinion' },
  analysis: { qcode: 'genre:Analysis', name: 'Analysis' },
};

export function genreOf(type: StoryType): Genre | null {
  return GENRES[type] ?? null;
}

export function genreUri(qcode: string): string {
  return `http://cv.iptc.org/newscodes/genre/${qcode.replace(/^genre:/, '')}`;
}
