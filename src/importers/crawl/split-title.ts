// Splits the headline from its type label (" - ИНТЕРВЬЮ", " – MÜSAHİBƏ", " — VIDEO") and maps the label to a type.

import { EDITION_CODES } from '../../domain/editions.js';
import { STORY_TYPES, TYPE_LABELS, type StoryType } from '../../domain/story.js';

/** Spellings seen on pages besides the ones Lede renders (TYPE_LABELS). */
const EXTRA_LABELS: Partial<Record<StoryType, readonly string[]>> = {
  interview: ['MUSAHIBE', 'ИНТЕРВЮ'],
  opinion: ['RƏY', 'МНЕНИЕ', 'COMMENT', 'COLUMN', 'КОЛОНКА', 'KÖŞƏ'],
  analysis: ['АНАЛИЗ', 'ANALİTİKA', 'ANALYTICS'],
  photo: [
    'ФОТО',
    'FOTO',
    'PHOTO',
    'PHOTOS',
    'ФОТОРЕПОРТАЖ',
    'FOTOREPORTAJ',
    'PHOTO REPORT',
    'GALLERY',
  ],
  video: ['ВИДЕО', 'VIDEO', 'VİDEO'],
  live: ['ОНЛАЙН', 'LIVE', 'CANLI', 'ONLINE', 'ПРЯМАЯ ТРАНСЛЯЦИЯ'],
};

/** Comparison form of a label: uppercase, dotted and dotless I alike, one space. */
function labelKey(label: string): string {
  return label.normalize('NFC').replace(/[İı]/g, 'I').toUpperCase().replace(/\s+/g, ' ').trim();
}

const LABEL_TYPES = buildLabelTypes();

function buildLabelTypes(): Map<string, StoryType> {
  const map = new Map<string, StoryType>();
  for (const type of STORY_TYPES) {
    if (type === 'news') continue;
    for (const edition of EDITION_CODES) map.set(labelKey(TYPE_LABELS[edition][type]), type);
    for (const label of EXTRA_LABELS[type] ?? []) map.set(labelKey(label), type);
  }
  return map;
}

/** A trailing " - LABEL" (hyphen, en dash, em dash; the label has no lowercase letters). */
const TRAILING_LABEL = /(?:^|\s+)[-–—]\s*([^\p{Ll}\-–—]+?)\s*$/u;

export interface SplitTitle {
  title: string;
  /** Type named by the label, or null when the headline carries none. */
  type: StoryType | null;
  /** The labels as written, in reading order ("ИНТЕРВЬЮ"; "ФОТО", "ВИДЕО"). */
  labels: string[];
}

/**
 * Takes the type label(s) off a headline. Several labels ("… - ФОТО - ВИДЕО")
 * are all removed; the type is the first of them in STORY_TYPES order.
 */
export function splitTitle(headline: string): SplitTitle {
  let title = headline.trim();
  const labels: string[] = [];
  for (;;) {
    const m = TRAILING_LABEL.exec(title);
    if (!m) break;
    const type = LABEL_TYPES.get(labelKey(m[1]!));
    if (!type) break;
    labels.unshift(m[1]!.trim());
    title = title.slice(0, m.index).trimEnd();
  }
  const types = labels.map((l) => LABEL_TYPES.get(labelKey(l))!);
  const type = STORY_TYPES.find((t) => types.includes(t)) ?? null;
  return { title, type, labels };
}
