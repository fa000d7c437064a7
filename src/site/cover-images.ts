// The pictures of a page from stories' covers: cards' pictures, the story's cover, its sharing crop and structured-data crops.

import type { Block } from '../domain/blocks.js';
import { CENTRE, cropUrl, CROPS, type CoverRead, type FocalPoint } from '../domain/cover.js';
import { mediaSource } from '../domain/media.js';
import type { Story } from '../domain/story.js';
import type { Deps } from '../operations/deps.js';
import { coversOf } from '../operations/story-covers.js';
import { PICTURE_SIZES, pictureOf } from './build-views.js';
import { absoluteUrl } from './feed-links.js';
import type { PictureView } from './view-models.js';
import { imageSrc } from './views/safe-url.js';

/** The covers of the stories a page shows, by story id (one query). */
export function pageCovers(deps: Deps, stories: readonly Story[]): Promise<Map<number, CoverRead>> {
  return coversOf(deps, stories);
}

export interface StoryPictures {
  /** The cover shown whole on the story page, loaded at once. */
  cover?: PictureView;
  /** The 1200×630 crop for og:image and twitter:image. */
  share?: { url: string; width: number; height: number; alt: string };
  /** 16:9, 4:3 and 1:1 crops for JSON-LD `image`. */
  structured: string[];
}

/** The first picture of the body when it is a Lede upload: its key and alt text. */
function firstUpload(blocks: readonly Block[]): { key: string; alt: string } | null {
  for (const block of blocks)
    if (block.type === 'image') {
      const src = imageSrc(block.src);
      const media = src ? mediaSource(src) : null;
      return media ? { key: media.key, alt: block.alt } : null;
    }
  return null;
}

/**
 * The crops follow the cover's focal point. A story without a cover whose first picture is a
 * Lede upload gets crops of its centre; any other story has none (the first picture as it is).
 */
export function coverImages(
  origin: string,
  cover: CoverRead | null,
  blocks: readonly Block[],
): StoryPictures {
  const source: { key: string; alt: string; focus: FocalPoint } | null = cover
    ? { key: cover.image.key, alt: cover.alt, focus: cover.focus }
    : (() => {
        const upload = firstUpload(blocks);
        return upload ? { ...upload, focus: CENTRE } : null;
      })();
  if (!source) return { structured: [] };
  const crop = (name: keyof typeof CROPS) =>
    absoluteUrl(origin, cropUrl(source.key, name, source.focus));
  return {
    ...(cover ? { cover: { ...pictureOf(cover, PICTURE_SIZES.cover, 960), eager: true } } : {}),
    share: { url: crop('share'), ...CROPS.share, alt: source.alt },
    structured: [crop('wide'), crop('standard'), crop('square')],
  };
}
