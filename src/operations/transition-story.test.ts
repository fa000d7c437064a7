// The workflow end to end through the operations: submit to publish, schedule, unpublish, corrections, events.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  type NewsroomDeps,
  newStory,
  openNewsroomDeps,
} from '../../test/support/newsroom-fixtures.js';
import type { LedeEvent } from '../platform/events.js';
import { correctStory } from './correct-story.js';
import { createStory } from './create-story.js';
import { findPublicStory } from './read-site.js';
import { parseFields } from './story-fields.js';
import { transitionSchema, transitionStory } from './transition-story.js';
import { updateStory } from './update-story.js';

let deps: NewsroomDeps;
const events: LedeEvent[] = [];
before(async () => {
  deps = await openNewsroomDeps();
  deps.events.subscribe((e) => void events.push(e), { sync: true });
});
after(async () => {
  await deps.testStore.dispose();
});

async function draft(title: string, over: Record<string, unknown> = {}) {
  return createStory(deps, deps.people.reporter, newStory({ title, ...over }));
}

describe('from draft to the site', () => {
  test('submit, approve, publish: each step audited, the story out and announced once', async () => {
    const { reporter, editor } = deps.people;
    const story = await draft('Путь к публикации');
    await transitionStory(deps, reporter, story.id, { to: 'review' });
    await transitionStory(deps, editor, story.id, { to: 'approved', note: 'хорошо' });
    events.length = 0;
    const out = await transitionStory(deps, editor, story.id, { to: 'published' });
    assert.equal(out.status, 'published');
    assert.equal(out.publishedAt, '2025-12-06T09:00:00.000Z');
    assert.equal(out.version, 1, 'a transition is not a new version of the content');
    assert.ok(await findPublicStory(deps, 'ru', out.slug));
    assert.deepEqual(
      events.map((e) => e.type),
      ['story.published'],
    );
    const audit = await deps.store.audit.list({ storyId: story.id, limit: 10 });
    assert.deepEqual(audit.map((a) => a.action).sort(), [
      'story.approve',
      'story.create',
      'story.publish',
      'story.submit',
    ]);
  });

  test('an image without alt text is refused with the block named', async () => {
    const { reporter, editor } = deps.people;
    const story = await draft('С картинкой', {
      blocks: [{ type: 'image', src: '/media/port.jpg', alt: '' }],
    });
    await transitionStory(deps, reporter, story.id, { to: 'review' });
    await transitionStory(deps, editor, story.id, { to: 'approved' });
    await assert.rejects(transitionStory(deps, editor, story.id, { to: 'published' }), {
      code: 'not_ready',
      message: /blocks\.0\.alt: the image \/media\/port\.jpg needs alt text/,
    });
    assert.equal((await deps.store.stories.findById(story.id))?.status, 'approved');
  });

  test('wrong moves and missing rights are refused; nothing changes', async () => {
    const { reporter, reporter2, editor } = deps.people;
    const story = await draft('Отказы');
    await assert.rejects(transitionStory(deps, reporter, story.id, { to: 'published' }), {
      code: 'invalid_transition',
    });
    await assert.rejects(transitionStory(deps, reporter2, story.id, { to: 'review' }), {
      code: 'forbidden',
    });
    await assert.rejects(
      transitionStory(deps, editor, story.id, { to: 'review', at: '2030-01-01T00:00:00Z' }),
      {
        code: 'invalid_input',
        message: /^invalid_input: at:/,
      },
    );
    await assert.rejects(
      async () =>
        transitionStory(deps, editor, story.id, parseFields(transitionSchema, { to: 'gone' })),
      {
        code: 'invalid_input',
        message: /to:/,
      },
    );
    assert.equal((await deps.store.stories.findById(story.id))?.status, 'draft');
  });
});

describe('schedule, unpublish, correct', () => {
  test('scheduling needs a future time; unscheduling brings it back to approved', async () => {
    const { reporter, editor } = deps.people;
    const story = await draft('По расписанию');
    await transitionStory(deps, reporter, story.id, { to: 'review' });
    await transitionStory(deps, editor, story.id, { to: 'approved' });
    await assert.rejects(
      transitionStory(deps, editor, story.id, { to: 'scheduled', at: '2025-12-06T08:00:00Z' }),
      { message: /at: must be in the future/ },
    );
    await assert.rejects(transitionStory(deps, editor, story.id, { to: 'scheduled' }), {
      message: /at: say when/,
    });
    const scheduled = await transitionStory(deps, editor, story.id, {
      to: 'scheduled',
      at: '2025-12-06T15:00:00+04:00',
    });
    assert.equal(scheduled.scheduledAt, '2025-12-06T11:00:00.000Z');
    const back = await transitionStory(deps, editor, story.id, { to: 'approved' });
    assert.equal(back.scheduledAt, null);
  });

  test('only a chief unpublishes, and only with a reason; the reason is kept', async () => {
    const { editor, chief } = deps.people;
    const story = await draft('Снять с сайта');
    for (const to of ['review', 'approved', 'published'] as const)
      await transitionStory(deps, editor, story.id, { to });
    await assert.rejects(
      transitionStory(deps, editor, story.id, { to: 'unpublished', reason: 'ошибка' }),
      { code: 'forbidden' },
    );
    await assert.rejects(transitionStory(deps, chief, story.id, { to: 'unpublished' }), {
      message: /reason: say why/,
    });
    events.length = 0;
    const killed = await transitionStory(deps, chief, story.id, {
      to: 'unpublished',
      reason: 'Юридическая претензия',
    });
    assert.equal(killed.unpublishedReason, 'Юридическая претензия');
    assert.equal(await findPublicStory(deps, 'ru', killed.slug), null);
    assert.deepEqual(
      events.map((e) => e.type),
      ['story.unpublished'],
    );
  });

  test('a correction saves the edit with a dated note and announces story.corrected', async () => {
    const { editor, reporter } = deps.people;
    const story = await draft('Исправление');
    for (const to of ['review', 'approved', 'published'] as const)
      await transitionStory(deps, editor, story.id, { to });
    deps.clock.advance(60_000);
    await assert.rejects(
      correctStory(deps, reporter, story.id, { note: 'x', story: { lead: 'y' } }),
      { code: 'forbidden' },
    );
    events.length = 0;
    const corrected = await correctStory(deps, editor, story.id, {
      note: 'Исправлено название порта',
      story: { lead: 'Исправленный лид.' },
    });
    assert.equal(corrected.version, 2);
    assert.equal(corrected.lead, 'Исправленный лид.');
    assert.deepEqual(corrected.corrections, [
      { at: '2025-12-06T09:01:00.000Z', note: 'Исправлено название порта' },
    ]);
    assert.equal(corrected.slug, story.slug, 'a story that has been out keeps its slug');
    assert.deepEqual(
      events.map((e) => e.type),
      ['story.corrected'],
    );
    const plain = await updateStory(deps, editor, story.id, {
      baseVersion: 2,
      story: { title: 'Исправление: новый заголовок' },
    });
    assert.equal(plain.slug, story.slug);
    assert.equal(plain.corrections.length, 1);
  });
});
