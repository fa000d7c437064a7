// Creating and saving stories: drafts in the parser's shape, versions, conflicts, rights and revisions.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  type NewsroomDeps,
  newStory,
  openNewsroomDeps,
  storyJson,
} from '../../test/support/newsroom-fixtures.js';
import { LedeError } from '../domain/errors.js';
import { compareRevisions } from './compare-revisions.js';
import { createStory } from './create-story.js';
import { getRevision } from './get-revision.js';
import { listRevisions } from './list-revisions.js';
import { restoreRevision } from './restore-revision.js';
import { newStorySchema, parseFields } from './story-fields.js';
import { StaleVersionError } from './story-view.js';
import { updateStory } from './update-story.js';

let deps: NewsroomDeps;
before(async () => {
  deps = await openNewsroomDeps();
});
after(async () => {
  await deps.testStore.dispose();
});

describe('create', () => {
  test('a parsed story becomes a draft of version 1 with its revision and audit line', async () => {
    const { reporter } = deps.people;
    const story = await createStory(deps, reporter, newStory({ hotTags: ['Ignored'] }));
    assert.equal(story.status, 'draft');
    assert.equal(story.version, 1);
    assert.equal(story.createdBy, reporter.id);
    assert.equal(story.slug, 'port-alyat-udvoit-gruzooborot');
    assert.equal(story.url, '/ru/ekonomika/port-alyat-udvoit-gruzooborot');
    assert.equal(story.rubric, 'Экономика');
    assert.equal(story.author, 'Анна Келлер');
    assert.deepEqual(story.tags, ['Порт']);
    assert.deepEqual(story.allowed, { edit: true, correct: false, transitions: ['review'] });
    const revisions = await listRevisions(deps, reporter, story.id);
    assert.deepEqual(
      revisions.map((r) => [r.version, r.savedBy, r.savedByName]),
      [[1, reporter.id, reporter.name]],
    );
    const audit = await deps.store.audit.list({ storyId: story.id, limit: 10 });
    assert.deepEqual(
      audit.map((a) => a.action),
      ['story.create'],
    );
  });

  test('bad input names the field; a reporter may not invent a rubric; others’ editions refused', async () => {
    const { reporter, azEditor } = deps.people;
    for (const [bad, field] of [
      [storyJson({ title: ' ' }), 'title'],
      [storyJson({ colour: 'red' }), 'colour'],
      [storyJson({ blocks: [{ type: 'image', src: '/a.jpg' }] }), 'blocks.0.alt'],
      [storyJson({ embargoUntil: 'tomorrow' }), 'embargoUntil'],
    ] as const)
      await assert.rejects(
        async () => createStory(deps, reporter, parseFields(newStorySchema, bad)),
        (e: unknown) => {
          assert.ok(e instanceof LedeError);
          assert.equal(e.code, 'invalid_input');
          assert.ok(e.detail.startsWith(`${field}:`), e.detail);
          return true;
        },
      );
    await assert.rejects(createStory(deps, azEditor, newStory()), { code: 'forbidden' });
    // A rubric the edition does not have: refused (422), naming the ones it has.
    await assert.rejects(
      async () =>
        createStory(
          deps,
          reporter,
          parseFields(newStorySchema, storyJson({ rubric: 'Новая рубрика' })),
        ),
      (e: unknown) => {
        assert.ok(e instanceof LedeError);
        assert.equal(e.code, 'unknown_rubric');
        assert.match(e.detail, /^rubric: the ru edition has no rubric "Новая рубрика"/);
        assert.match(e.detail, /its rubrics: .*Экономика/);
        return true;
      },
    );
  });
});

describe('update', () => {
  test('a save based on the current version writes version 2; a stale one gets the story back', async () => {
    const { reporter } = deps.people;
    const draft = await createStory(deps, reporter, newStory({ title: 'Черновик о порте' }));
    const saved = await updateStory(deps, reporter, draft.id, {
      baseVersion: 1,
      story: { title: 'Черновик о порте Алят', lead: 'Новый лид.' },
    });
    assert.equal(saved.version, 2);
    assert.equal(
      saved.slug,
      'chernovik-o-porte-alyat',
      'the slug follows the headline while a draft',
    );
    await assert.rejects(
      updateStory(deps, reporter, draft.id, { baseVersion: 1, story: { lead: 'Lost?' } }),
      (e: unknown) => {
        assert.ok(e instanceof StaleVersionError);
        assert.equal(e.status, 409);
        assert.equal(e.current.version, 2);
        assert.equal(e.current.lead, 'Новый лид.');
        return true;
      },
    );
    assert.equal((await deps.store.stories.findById(draft.id))?.lead, 'Новый лид.');
  });

  test('the API shape sent back unchanged is accepted; changing a read-only field is refused', async () => {
    const { reporter } = deps.people;
    const draft = await createStory(deps, reporter, newStory({ title: 'Круговой путь' }));
    const saved = await updateStory(deps, reporter, draft.id, {
      baseVersion: 1,
      story: { ...draft, lead: 'Изменён.' },
    });
    assert.equal(saved.lead, 'Изменён.');
    await assert.rejects(
      updateStory(deps, reporter, draft.id, { baseVersion: 2, story: { status: 'published' } }),
      {
        code: 'invalid_input',
        message: /status: cannot be changed by saving the story; use a transition/,
      },
    );
  });

  test('a reporter edits only their own drafts', async () => {
    const { reporter, reporter2 } = deps.people;
    const draft = await createStory(deps, reporter, newStory({ title: 'Чужой черновик' }));
    await assert.rejects(
      updateStory(deps, reporter2, draft.id, { baseVersion: 1, story: { lead: 'x' } }),
      { code: 'forbidden', message: /only drafts you created/ },
    );
  });
});

describe('revisions', () => {
  test('compare shows the changed fields and blocks; restore saves the old content anew', async () => {
    const { editor } = deps.people;
    const v1 = await createStory(deps, editor, newStory({ title: 'История правок' }));
    await updateStory(deps, editor, v1.id, {
      baseVersion: 1,
      story: {
        title: 'История правок: второй вариант',
        blocks: [
          { type: 'paragraph', content: [{ text: 'Первый абзац.' }] },
          { type: 'paragraph', content: [{ text: 'Второй абзац, исправленный.' }] },
          { type: 'quote', content: [{ type: 'paragraph', content: [{ text: 'Цитата.' }] }] },
        ],
      },
    });
    const diff = await compareRevisions(deps, editor, v1.id, 1, 2);
    assert.deepEqual(
      diff.fields.map((f) => f.field),
      ['title', 'slug'],
    );
    assert.deepEqual(
      diff.blocks.map((b) => b.kind),
      ['changed', 'added'],
    );
    assert.equal(diff.unchanged, 1);
    const restored = await restoreRevision(deps, editor, v1.id, 1, 2);
    assert.equal(restored.version, 3);
    assert.equal(restored.title, 'История правок');
    assert.equal(restored.blocks.length, 2);
    const old = await getRevision(deps, editor, v1.id, 2);
    assert.equal(old.story.title, 'История правок: второй вариант');
    assert.equal((await listRevisions(deps, editor, v1.id)).length, 3);
    await assert.rejects(getRevision(deps, editor, v1.id, 9), { code: 'not_found' });
  });
});
