// Related stories: how many an editor may pick for a story, and how a story page's list is ranked.

/** An editor picks at most this many related stories for a story. */
export const MAX_RELATED_PICKS = 5;

/** A story page lists this many related stories. */
export const RELATED_SHOWN = 5;

/** A stem of the story and its weight in it (how often, and where: headline, lead or body). */
export interface WeightedStem {
  stem: string;
  weight: number;
}

/** Where a stem counts most: a headline's words say what a story is about more than its body's. */
export const STEM_FIELD_WEIGHTS = { title: 3, lead: 2, body: 1 } as const;

/** The stems of a story a "more like this" asks about: its heaviest, the longest first on a tie. */
export function storyStems(
  fields: { title: string[]; lead: string[]; body: string[] },
  count: number,
): WeightedStem[] {
  const weights = new Map<string, number>();
  const add = (stems: string[], w: number) => {
    for (const stem of stems) {
      // Numbers and very short stems say little about what a story is about.
      if ([...stem].length < 3 || /^\d+$/.test(stem)) continue;
      weights.set(stem, (weights.get(stem) ?? 0) + w);
    }
  };
  add(fields.title, STEM_FIELD_WEIGHTS.title);
  add(fields.lead, STEM_FIELD_WEIGHTS.lead);
  add(fields.body, STEM_FIELD_WEIGHTS.body);
  return [...weights]
    .map(([stem, weight]) => ({ stem, weight: Math.log(1 + weight) }))
    .sort(
      (a, b) => b.weight - a.weight || b.stem.length - a.stem.length || (a.stem < b.stem ? -1 : 1),
    )
    .slice(0, count);
}

/** How rare a stem or a tag is among `total` stories when `holders` of them have it: rarer weighs more. */
export function rarity(holders: number, total: number): number {
  return Math.max(0, Math.log((total + 1) / (holders + 0.5)));
}

/** What the ranking is given: stories sharing tags (one row per shared tag) and stories holding the stems. */
export interface RelatedEvidence {
  storyId: number;
  /** The public stories of the edition (what rarity is measured against). */
  total: number;
  tags: { storyId: number; tagId: number; tagStories: number }[];
  stems: WeightedStem[];
  /** Per stem (same order as `stems`), the stories holding it. */
  stemMatches: number[][];
}

/** How much a stem's closeness counts against a shared tag's: text fills in, tags lead. */
export const TEXT_SHARE = 2;

/**
 * Ranks the candidates: each story's score is the rarity of the tags it shares with the story,
 * plus its closeness in text (the rarity of each shared stem times its weight in the story),
 * scaled so the closest story's text counts TEXT_SHARE. A story sharing a rare tag leads; among
 * stories sharing tags, and among those sharing none, the closer in text comes first.
 * Deterministic: ties go to the higher id (the newer story).
 */
export function rankRelated(evidence: RelatedEvidence): { storyId: number; score: number }[] {
  const tagScore = new Map<number, number>();
  for (const t of evidence.tags) {
    if (t.storyId === evidence.storyId) continue;
    tagScore.set(t.storyId, (tagScore.get(t.storyId) ?? 0) + rarity(t.tagStories, evidence.total));
  }
  const textScore = new Map<number, number>();
  evidence.stems.forEach((stem, i) => {
    const holders = (evidence.stemMatches[i] ?? []).filter((id) => id !== evidence.storyId);
    const w = stem.weight * rarity(holders.length, evidence.total);
    for (const id of holders) textScore.set(id, (textScore.get(id) ?? 0) + w);
  });
  const best = Math.max(0, ...textScore.values());
  const ids = new Set([...tagScore.keys(), ...textScore.keys()]);
  return [...ids]
    .map((storyId) => ({
      storyId,
      score:
        (tagScore.get(storyId) ?? 0) +
        (best > 0 ? (TEXT_SHARE * (textScore.get(storyId) ?? 0)) / best : 0),
    }))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || b.storyId - a.storyId);
}
