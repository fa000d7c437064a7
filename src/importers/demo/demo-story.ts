// The shape of one story of the demo archive: a StoryInput plus its key, translation group and age.

import type { StoryInput } from '../../domain/story.js';

export interface DemoStory extends StoryInput {
  /** Unique across the archive, e.g. 'az-budget-2026'; the sourceKey is 'demo:' + key. */
  key: string;
  /** Stories with the same group are translations of each other (same story in different editions). */
  group?: string;
  /** How long before load time it was published (0.5 .. ~24*30); the loader computes publishedAt. */
  ageHours: number;
}
