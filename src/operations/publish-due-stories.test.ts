// Scheduled publishing and embargo lifts: due stories go out once, however many times or processes run it.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  type NewsroomDeps,
  newStory,
  openNewsroomDeps,
} from '../../test/support/newsroom-fixtures.js';
import type { LedeEvent } from '../platform/events.js';
import { createStory } from './create-story.js';
import { publishDueStories } from './publish-due-stories.js';
import { findPublicStory } from './read-site.js';
import { transitionStory } from './transition-story.js';

let deps: NewsroomDeps;
const events: LedeEvent[] = [];
before(async () => {
  deps = await openNewsroomDeps('2025-12-06T09:00:00Z');
  deps.events.subscribe((e) => void events.push(e), { sync: true });
});
after(async () => {
  await deps.testStore.dispose();
});

async function approved(title: string, over: Record<string, unknown> = {}) {
  const { editor } = deps.people;
  const story = await createStory(deps, editor, newStory({ title, ...over }));
  for (const to of ['review', 'approved'] as const)
    await transitionStory(deps, editor, story.id, { to });
  return story;
}

test('a scheduled story goes out at its time, once, with its time as publication time', async () => {
  const { editor } = deps.people;
  const a = await approved('Выйдет в десять');
  const b = await approved('Выйдет в одиннадцать');
  await transitionStory(deps, editor, a.id, { to: 'scheduled', at: '2025-12-06T10:00:00Z' });
  await transitionStory(deps, editor, b.id, { to: 'scheduled', at: '2025-12-06T11:00:00Z' });

  let result = await publishDueStories(deps);
  assert.deepEqual(result.published, []);
  assert.equal(result.next, '2025-12-06T10:00:00.000Z');
  assert.equal(await findPublicStory(deps, 'ru', a.slug), null);

  deps.clock.set('2025-12-06T10:00:00.400Z');
  events.length = 0;
  // Two runs at once (two processes): the claim lets exactly one publish the story.
  const [one, two] = await Promise.all([publishDueStories(deps), publishDueStories(deps)]);
  assert.deepEqual([...one.published, ...two.published], [a.id]);
  assert.deepEqual(
    events.map((e) => e.type),
    ['story.published'],
  );
  const out = await findPublicStory(deps, 'ru', a.slug);
  assert.equal(out?.publishedAt, '2025-12-06T10:00:00.000Z');
  assert.equal(out?.scheduledAt, null);
  result = await publishDueStories(deps);
  assert.deepEqual(result.published, []);
  assert.equal(result.next, '2025-12-06T11:00:00.000Z');
  const audit = await deps.store.audit.list({ storyId: a.id, limit: 10 });
  assert.equal(audit.find((e) => e.action === 'story.publish')?.actorName, 'scheduler');
});

test('an embargoed story is out for the newsroom but not on the site until the embargo lifts', async () => {
  const { editor } = deps.people;
  deps.clock.set('2025-12-06T12:00:00Z');
  const story = await approved('Под эмбарго', { embargoUntil: '2025-12-06T13:00:00Z' });
  await transitionStory(deps, editor, story.id, { to: 'published' });
  assert.equal(await findPublicStory(deps, 'ru', story.slug), null);
  assert.equal((await publishDueStories(deps)).next, '2025-12-06T13:00:00.000Z');
  deps.clock.set('2025-12-06T13:00:00Z');
  assert.ok(await findPublicStory(deps, 'ru', story.slug), 'visible at once, scheduler or not');
  events.length = 0;
  const result = await publishDueStories(deps);
  assert.deepEqual(result.lifted, [story.id]);
  assert.deepEqual(
    events.map((e) => e.type),
    ['story.updated'],
  );
  assert.deepEqual((await publishDueStories(deps)).lifted, []);
});
