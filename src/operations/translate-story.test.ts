// Translations: a linked draft with the source's structure, one per edition, stale when the source moves on.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  type NewsroomDeps,
  newStory,
  openNewsroomDeps,
} from '../../test/support/newsroom-fixtures.js';
import { createStory } from './create-story.js';
import { ensureRubric, ensureTag } from './taxonomy.js';
import { linkTaxonomy } from './taxonomy-links.js';
import { getStory } from './get-story.js';
import { transitionStory } from './transition-story.js';
import { translateStory } from './translate-story.js';
import { translationStatus } from './translation-status.js';
import { updateStory } from './update-story.js';

let deps: NewsroomDeps;
before(async () => {
  deps = await openNewsroomDeps();
});
after(async () => {
  await deps.testStore.dispose();
});

test('a translation copies the structure, joins a new group and remembers the source version', async () => {
  const { editor, azEditor, reporter } = deps.people;
  const source = await createStory(
    deps,
    editor,
    newStory({ title: 'Источник для перевода', type: 'interview' }),
  );
  await transitionStory(deps, editor, source.id, { to: 'review' });

  const status = await translationStatus(deps, editor, 'ru');
  const entry = status.missing.find((m) => m.story.id === source.id);
  assert.deepEqual(entry?.missingIn, ['az', 'en']);

  await assert.rejects(translateStory(deps, reporter, source.id, { edition: 'en' }), {
    code: 'forbidden',
  });
  const en = await translateStory(deps, editor, source.id, { edition: 'en' });
  assert.equal(en.edition, 'en');
  assert.equal(en.status, 'draft');
  assert.equal(en.type, 'interview');
  assert.deepEqual(en.blocks, source.blocks);
  assert.deepEqual(en.tags, [], "the source's tag has no linked counterpart");
  assert.deepEqual(en.untranslatedTags, ['Порт']);
  assert.equal(en.rubric, 'Economy');
  assert.equal(en.rubricGuessed, true);
  assert.equal(en.translatedFromId, source.id);
  assert.equal(en.translatedFromVersion, 1);
  assert.equal(en.stale, false);
  const group = en.translationGroup;
  assert.ok(group);
  assert.equal((await getStory(deps, editor, source.id)).translationGroup, group);
  await assert.rejects(translateStory(deps, editor, source.id, { edition: 'en' }), {
    code: 'duplicate',
  });
  await assert.rejects(translateStory(deps, editor, source.id, { edition: 'ru' }), {
    code: 'invalid_input',
  });
  const az = await translateStory(deps, azEditor, source.id, { edition: 'az' });
  assert.equal(az.translationGroup, group);
  assert.deepEqual(
    (await translationStatus(deps, editor, 'ru')).missing.find((m) => m.story.id === source.id),
    undefined,
  );

  await updateStory(deps, editor, source.id, { baseVersion: 1, story: { lead: 'Новый лид.' } });
  assert.equal((await getStory(deps, editor, en.id)).stale, true);
  const enStatus = await translationStatus(deps, editor, 'en');
  assert.deepEqual(
    enStatus.stale.map((s) => [s.story.id, s.source.id, s.source.version, s.translatedFromVersion]),
    [[en.id, source.id, 2, 1]],
  );
});

test('the rubric and tags become their counterparts linked across editions; the rest is named', async () => {
  const { editor, azEditor, chief } = deps.people;
  const ruRubric = await ensureRubric(deps.store, 'ru', 'Политика / Внешняя политика');
  // Unlinked, the English draft would get the edition's first rubric (Economy).
  const enRubric = await ensureRubric(deps.store, 'en', 'World');
  await linkTaxonomy(deps, chief, 'rubric', ruRubric.id, { ids: [enRubric.id] });
  const oil = await ensureTag(deps.store, 'ru', 'Нефть');
  const opec = await ensureTag(deps.store, 'ru', 'ОПЕК');
  await ensureTag(deps.store, 'ru', 'Переговоры');
  await linkTaxonomy(deps, chief, 'tag', oil.id, {
    ids: [
      (await ensureTag(deps.store, 'en', 'Oil')).id,
      (await ensureTag(deps.store, 'az', 'Neft')).id,
    ],
  });
  await linkTaxonomy(deps, chief, 'tag', opec.id, {
    ids: [(await ensureTag(deps.store, 'en', 'OPEC')).id],
  });
  const source = await createStory(
    deps,
    editor,
    newStory({
      title: 'Переговоры ОПЕК о нефти',
      rubric: 'Политика / Внешняя политика',
      tags: ['ОПЕК', 'Переговоры', 'Нефть'],
    }),
  );

  const en = await translateStory(deps, editor, source.id, { edition: 'en' });
  assert.equal(en.rubric, 'World');
  assert.equal(en.rubricGuessed, false);
  assert.deepEqual(en.tags, ['OPEC', 'Oil'], "the source's order, linked tags only");
  assert.deepEqual(en.untranslatedTags, ['Переговоры']);
  assert.deepEqual((await getStory(deps, editor, en.id)).tags, ['OPEC', 'Oil'], 'as stored');

  // The Azerbaijani edition has Oil's counterpart only, and no rubric linked: the rubric is guessed.
  const az = await translateStory(deps, azEditor, source.id, { edition: 'az' });
  assert.deepEqual(az.tags, ['Neft']);
  assert.deepEqual(az.untranslatedTags, ['ОПЕК', 'Переговоры']);
  assert.equal(az.rubric, 'İqtisadiyyat');
  assert.equal(az.rubricGuessed, true);
});
