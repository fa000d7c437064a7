// Related stories: the editors' picks first (a pick of another edition read as its translation), then the ranked stories; precision at 5 on the labelled demo stories.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { relatedLabels, precisionAt } from '../../test/related/related-labels.js';
import { openTestDeps, type TestDeps } from '../../test/support/test-deps.js';
import type { Actor } from '../domain/actor.js';
import type { Story } from '../domain/story.js';
import { DEMO_STORIES } from '../importers/demo/index.js';
import { importStory } from './import-story.js';
import { QueryMemo } from './query-memo.js';
import { relatedStories } from './related-stories.js';
import { saveStoryContent } from './story-save.js';

const NOW = '2025-12-06T09:00:00Z';
const LOADER: Actor = { kind: 'system', name: 'related test' };
const HOUR = 3_600_000;

let deps: TestDeps;
const byKey = new Map<string, Story>();

before(async () => {
  deps = await openTestDeps(NOW);
  const now = Date.parse(NOW);
  // The demo archive's stories and translations, without their pictures (not what is tested).
  await deps.store.transaction(async (store) => {
    for (const { key: _key, group, ageHours, ...input } of DEMO_STORIES)
      await importStory(
        { ...deps, store },
        LOADER,
        { ...input, publishedAt: new Date(now - ageHours * HOUR).toISOString() },
        group ? { translationGroup: `demo-${group}` } : {},
      );
  });
  // Stories are indexed after their write commits: text closeness needs the index filled.
  await deps.store.search.drain();
  for (const demo of DEMO_STORIES) {
    const story = await deps.store.stories.findBySourceKey(`demo:${demo.key}`);
    byKey.set(demo.key, story!);
  }
});
after(async () => {
  await deps.testStore.dispose();
});

const keyOf = (story: Story) => story.sourceKey!.replace(/^demo:/, '');

describe('related stories', () => {
  test('precision at 5 on the labelled demo stories is at least 0.8', async (t) => {
    const labels = relatedLabels();
    assert.ok(labels.size >= 50, `${labels.size} labelled stories`);
    const scores: number[] = [];
    const misses: string[] = [];
    for (const [key, related] of labels) {
      const story = byKey.get(key);
      assert.ok(story, `${key} is in the demo archive`);
      const shown = (await relatedStories(deps, story)).map((r) => keyOf(r.story));
      const p = precisionAt(5, shown, related);
      scores.push(p);
      if (p < 1)
        misses.push(`${key} ${p.toFixed(1)}: ${shown.filter((k) => !related.has(k)).join(', ')}`);
    }
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    t.diagnostic(`precision at 5: ${mean.toFixed(3)} over ${scores.length} stories`);
    assert.ok(mean >= 0.8, `precision at 5: ${mean.toFixed(3)}\n${misses.join('\n')}`);
  });

  test("the editors' picks come first, in order; a pick of another edition is read as its translation here", async () => {
    const story = byKey.get('en-chess-in-schools')!;
    const judo = byKey.get('en-judo-coach-appointed')!;
    // The Russian edition's budget story: its English translation is what an English reader gets.
    const ruBudget = byKey.get('ru-budget-2026-committee')!;
    await deps.store.transaction((store) =>
      saveStoryContent(
        { ...deps, store },
        LOADER,
        story,
        { related: [judo.id, ruBudget.id] },
        { audit: { action: 'story.update' } },
      ),
    );
    const shown = (await relatedStories(deps, (await deps.store.stories.findById(story.id))!)).map(
      (r) => keyOf(r.story),
    );
    assert.deepEqual(shown.slice(0, 2), ['en-judo-coach-appointed', 'en-budget-2026-committee']);
    assert.equal(shown.length, 5);
    // Then the ranked stories, the picks not again.
    assert.ok(shown.filter((k) => k.includes('chess')).length >= 2, shown.join(', '));
    assert.equal(new Set(shown).size, 5);
  });

  test("every story listed is public, of the reader's edition, and not the story itself", async () => {
    const story = byKey.get('en-judo-grand-slam-baku')!;
    const shown = (await relatedStories(deps, story)).map((r) => r.story);
    assert.ok(shown.length === 5);
    assert.ok(
      shown.every((s) => s.status === 'published' && s.edition === 'en' && s.id !== story.id),
    );
  });

  test("a server keeps a story's ranked stories across its saves: a headline saved again and again matches the text's stems once, the picks are read at each version", async () => {
    const kept = { ...deps, reads: { counter: undefined!, memo: new QueryMemo(60_000) } };
    const search = deps.store.search;
    const termMatches = search.termMatches.bind(search);
    let matched = 0;
    search.termMatches = (request) => {
      matched += 1;
      return termMatches(request);
    };
    try {
      let story = byKey.get('en-judo-grand-slam-baku')!;
      const save = async (changes: Parameters<typeof saveStoryContent>[3]) => {
        await deps.store.transaction((store) =>
          saveStoryContent({ ...deps, store }, LOADER, story, changes, {
            audit: { action: 'story.update' },
          }),
        );
        story = (await deps.store.stories.findById(story.id))!;
      };
      const first = (await relatedStories(kept, story)).map((r) => r.story.id);
      assert.equal(matched, 1);
      for (const title of [
        'Judo: Grand Slam in Baku, day one',
        'Judo: Grand Slam in Baku, day two',
      ]) {
        await save({ title });
        const shown = (await relatedStories(kept, story)).map((r) => r.story.id);
        assert.deepEqual(shown, first, title);
      }
      assert.equal(matched, 1, "the text's stems matched once for three versions");
      // An editor's pick is on the list of the next version at once.
      const chess = byKey.get('en-chess-in-schools')!;
      await save({ related: [chess.id] });
      assert.equal((await relatedStories(kept, story))[0]!.story.id, chess.id);
      assert.equal(matched, 1);
      // Without a server's memo (one-shot commands, the newsroom's tests) each call matches anew.
      await relatedStories(deps, story);
      assert.equal(matched, 2);
    } finally {
      search.termMatches = termMatches;
    }
  });
});
