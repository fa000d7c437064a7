// The demo archive Lede loads on first start: invented stories of three editions, translations and hot tags.

import type { DemoStory } from './demo-story.js';
import { STORIES_AZ } from './stories-az.js';
import { STORIES_AZ_2 } from './stories-az-2.js';
import { STORIES_EN } from './stories-en.js';
import { STORIES_EN_2 } from './stories-en-2.js';
import { STORIES_EN_TOPICS } from './stories-en-topics.js';
import { STORIES_RU } from './stories-ru.js';
import { STORIES_RU_2 } from './stories-ru-2.js';

export type { DemoStory } from './demo-story.js';
export { DEMO_HOT_TAGS } from './hot-tags.js';
export { DEMO_RUBRICS } from './rubrics.js';

/**
 * Every demo story, edition by edition; the loader turns ageHours into publishedAt.
 * The people, companies, events, figures and quotes are invented; places are real.
 */
export const DEMO_STORIES: DemoStory[] = [
  ...STORIES_AZ,
  ...STORIES_AZ_2,
  ...STORIES_RU,
  ...STORIES_RU_2,
  ...STORIES_EN,
  ...STORIES_EN_2,
  ...STORIES_EN_TOPICS,
];
