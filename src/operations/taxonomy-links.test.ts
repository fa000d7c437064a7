// Rubrics and tags linked across editions: one per edition, chiefs of each edition only, audited, all or nothing.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type NewsroomDeps, openNewsroomDeps } from '../../test/support/newsroom-fixtures.js';
import { ensureRubric, ensureTag } from './taxonomy.js';
import { mergeTags } from './tag-settings.js';
import { mergeRubrics } from './taxonomy-guard.js';
import { linkTaxonomy, taxonomyLinks } from './taxonomy-links.js';

let deps: NewsroomDeps;
before(async () => {
  deps = await openNewsroomDeps();
});
after(async () => {
  await deps.testStore.dispose();
});

test('rubrics: linked one per edition, the link seen from each, relinked and unlinked', async () => {
  const { chief } = deps.people;
  const az = await ensureRubric(deps.store, 'az', 'İdman');
  const ru = await ensureRubric(deps.store, 'ru', 'Спорт');
  const en = await ensureRubric(deps.store, 'en', 'Sport');
  const ru2 = await ensureRubric(deps.store, 'ru', 'Футбол');

  const linked = await linkTaxonomy(deps, chief, 'rubric', en.id, { ids: [az.id, ru.id] });
  assert.equal(linked.key, en.slug, 'a new link is named after the slug');
  assert.deepEqual(linked.items.map((r) => r.name).sort(), ['Sport', 'Спорт', 'İdman'].sort());
  const seen = await taxonomyLinks(deps, 'rubric', az.id);
  assert.equal(seen.key, linked.key);
  assert.deepEqual(seen.items.map((r) => r.id).sort(), [az.id, ru.id, en.id].sort());

  // Two of one edition: refused, nothing changed.
  await assert.rejects(linkTaxonomy(deps, chief, 'rubric', en.id, { ids: [ru.id, ru2.id] }), {
    code: 'invalid_input',
    message: /two rubrics of the ru edition/,
  });
  await assert.rejects(linkTaxonomy(deps, chief, 'rubric', en.id, { ids: [999_999] }), {
    code: 'invalid_input',
  });
  await assert.rejects(linkTaxonomy(deps, chief, 'rubric', 999_999, { ids: [] }), {
    code: 'not_found',
  });
  await assert.rejects(linkTaxonomy(deps, chief, 'rubric', en.id, { ids: [ru.id], key: 'x' }), {
    code: 'invalid_input',
  });

  // Choosing another Russian rubric: the former one leaves the link, the key stays.
  const relinked = await linkTaxonomy(deps, chief, 'rubric', az.id, { ids: [en.id, ru2.id] });
  assert.equal(relinked.key, linked.key);
  assert.equal((await deps.store.taxonomy.findRubricById(ru.id))?.key, undefined);
  assert.equal((await deps.store.taxonomy.findRubricById(ru2.id))?.key, linked.key);

  // Unlinking the Azerbaijani one leaves two; unlinking one of two leaves none.
  const left = await linkTaxonomy(deps, chief, 'rubric', az.id, { ids: [] });
  assert.deepEqual([left.key, left.items.map((r) => r.id)], [null, [az.id]]);
  assert.equal((await deps.store.taxonomy.findRubricById(en.id))?.key, linked.key);
  await linkTaxonomy(deps, chief, 'rubric', en.id, { ids: [] });
  assert.equal((await deps.store.taxonomy.findRubricById(ru2.id))?.key, undefined);
  assert.equal((await taxonomyLinks(deps, 'rubric', ru2.id)).key, null);

  const audit = await deps.store.audit.list({ limit: 20 });
  const lines = audit.filter((e) => e.action === 'rubric.link');
  assert.equal(lines.length, 4);
  assert.equal(lines[0]?.actorName, chief.name);
});

test('tags: a tag joining another link leaves a link of one behind, which goes', async () => {
  const { chief } = deps.people;
  const az = await ensureTag(deps.store, 'az', 'Neft');
  const ru = await ensureTag(deps.store, 'ru', 'Нефть');
  const en = await ensureTag(deps.store, 'en', 'Oil');
  const en2 = await ensureTag(deps.store, 'en', 'Crude oil');
  const first = await linkTaxonomy(deps, chief, 'tag', ru.id, { ids: [en.id] });
  assert.equal((await deps.store.taxonomy.findTagById(en.id))?.key, first.key);
  // The Azerbaijani tag links with the Russian one and another English tag: Oil is alone, unlinked.
  const second = await linkTaxonomy(deps, chief, 'tag', az.id, { ids: [ru.id, en2.id] });
  assert.equal(second.key, first.key, 'the key one of them had is kept');
  assert.deepEqual(second.items.map((t) => t.name).sort(), ['Crude oil', 'Neft', 'Нефть'].sort());
  assert.equal((await deps.store.taxonomy.findTagById(en.id))?.key, undefined);
  const audit = await deps.store.audit.list({ limit: 5 });
  assert.equal(audit[0]?.action, 'tag.link');
  assert.deepEqual(audit[0]?.detail.unlinked, [en.id]);
});

test('rights: editors may not link or unlink; nothing is written', async () => {
  const { chief, editor, admin } = deps.people;
  const ru = await ensureTag(deps.store, 'ru', 'Газ');
  const en = await ensureTag(deps.store, 'en', 'Gas');
  await assert.rejects(linkTaxonomy(deps, editor, 'tag', ru.id, { ids: [en.id] }), {
    code: 'forbidden',
    message: /may not change the tags of the ru edition/,
  });
  assert.equal((await deps.store.taxonomy.findTagById(ru.id))?.key, undefined, 'nothing written');
  const { key } = await linkTaxonomy(deps, chief, 'tag', ru.id, { ids: [en.id] });
  await assert.rejects(linkTaxonomy(deps, editor, 'tag', ru.id, { ids: [] }), {
    code: 'forbidden',
  });
  assert.equal((await deps.store.taxonomy.findTagById(en.id))?.key, key);
  await linkTaxonomy(deps, admin, 'tag', en.id, { ids: [] });
  assert.equal((await deps.store.taxonomy.findTagById(ru.id))?.key, undefined);
});

test('merging a linked rubric or tag into an unlinked one hands its link on', async () => {
  const { chief } = deps.people;
  const ru = await ensureTag(deps.store, 'ru', 'Хлопок');
  const ruOther = await ensureTag(deps.store, 'ru', 'Хлопководство');
  const en = await ensureTag(deps.store, 'en', 'Cotton');
  const { key } = await linkTaxonomy(deps, chief, 'tag', ru.id, { ids: [en.id] });
  await mergeTags(deps, chief, ru.id, { into: ruOther.id });
  assert.deepEqual(
    (await taxonomyLinks(deps, 'tag', en.id)).items.map((t) => t.id).sort(),
    [ruOther.id, en.id].sort(),
  );
  assert.equal((await deps.store.taxonomy.findTagById(ruOther.id))?.key, key);

  const az = await ensureRubric(deps.store, 'az', 'Kənd təsərrüfatı');
  const azOther = await ensureRubric(deps.store, 'az', 'Aqrar sahə');
  const enRubric = await ensureRubric(deps.store, 'en', 'Agriculture');
  const linked = await linkTaxonomy(deps, chief, 'rubric', az.id, { ids: [enRubric.id] });
  await mergeRubrics(deps, chief, az.id, { into: azOther.id });
  assert.equal((await deps.store.taxonomy.findRubricById(azOther.id))?.key, linked.key);
  assert.deepEqual(
    (await taxonomyLinks(deps, 'rubric', enRubric.id)).items.map((r) => r.id).sort(),
    [azOther.id, enRubric.id].sort(),
  );
});
