// Desk lists: by status, edition, rubric, author, mine, headline words, and scheduled next.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  type NewsroomDeps,
  newStory,
  openNewsroomDeps,
} from '../../test/support/newsroom-fixtures.js';
import { createStory } from './create-story.js';
import { listDesk } from './list-desk.js';
import { transitionStory } from './transition-story.js';

let deps: NewsroomDeps;
before(async () => {
  deps = await openNewsroomDeps();
});
after(async () => {
  await deps.testStore.dispose();
});

test('filters combine, and the scheduled list starts with the next to go out', async () => {
  const { reporter, editor } = deps.people;
  const mine = await createStory(deps, reporter, newStory({ title: 'Заметка репортёра о ПОРТЕ' }));
  deps.clock.advance(1000);
  const other = await createStory(
    deps,
    editor,
    newStory({
      title: 'Внешняя политика сегодня',
      rubric: 'Политика / Внешняя политика',
      author: 'Иван Петров',
    }),
  );
  deps.clock.advance(1000);
  const en = await createStory(
    deps,
    editor,
    newStory({ edition: 'en', title: 'Port news', rubric: 'Economy' }),
  );
  const later: number[] = [];
  for (const [title, at] of [
    ['Позже', '2025-12-07T12:00:00Z'],
    ['Раньше', '2025-12-07T10:00:00Z'],
  ] as const) {
    const s = await createStory(deps, editor, newStory({ title }));
    for (const to of ['review', 'approved'] as const)
      await transitionStory(deps, editor, s.id, { to });
    await transitionStory(deps, editor, s.id, { to: 'scheduled', at });
    later.push(s.id);
  }
  const ids = async (q: Record<string, string>) =>
    (await listDesk(deps, reporter, q)).items.map((s) => s.id);

  assert.deepEqual(await ids({ mine: '1' }), [mine.id]);
  assert.deepEqual(await ids({ q: 'порте' }), [mine.id]);
  assert.deepEqual(await ids({ edition: 'en' }), [en.id]);
  const politics = (await deps.store.taxonomy.listRubrics('ru')).find(
    (r) => r.name === 'Политика',
  )!;
  assert.deepEqual(await ids({ rubric: String(politics.id) }), [other.id]);
  assert.deepEqual(
    await ids({ author: String((await deps.store.taxonomy.findAuthor('Иван Петров'))!.id) }),
    [other.id],
  );
  assert.deepEqual(await ids({ view: 'scheduled' }), [later[1], later[0]]);
  assert.deepEqual(await ids({ status: 'draft', edition: 'ru' }), [other.id, mine.id]);
  const page = await listDesk(deps, reporter, { limit: '2' });
  assert.equal(page.items.length, 2);
  assert.equal(page.total, 5);
  assert.equal('blocks' in page.items[0]!, false);
  await assert.rejects(listDesk(deps, reporter, { status: 'lost' }), { message: /status/ });
  await assert.rejects(listDesk(deps, reporter, { sort: 'x' }), { message: /sort/ });
});
