// The workflow as tables: every actor × every transition (allowed and denied), every invalid move, edit rights.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SYSTEM, type Actor, type Role } from './actor.js';
import type { EditionCode } from './editions.js';
import { STORY_STATUSES, type StoryStatus } from './story.js';
import {
  findTransition,
  mayCorrect,
  mayCreate,
  mayEdit,
  mayTransition,
  nextStatuses,
  publishProblems,
  TRANSITIONS,
} from './workflow.js';

const OWNER = 7;
const person = (role: Role, id = 1, editions: EditionCode[] = ['ru']): Actor => ({
  kind: 'user',
  id,
  name: role,
  role,
  editions,
});

/** Who acts, on a story of the ru edition created by user OWNER. */
const ACTORS: Record<string, Actor> = {
  'reporter (own story)': person('reporter', OWNER),
  'reporter (not theirs)': person('reporter', 2),
  'reporter (other edition)': person('reporter', OWNER, ['az']),
  editor: person('editor', 3),
  'editor (other edition)': person('editor', 3, ['az']),
  chief: person('chief', 4, []),
  admin: person('admin', 5, []),
  system: SYSTEM,
};
const EDITORS = ['editor', 'chief', 'admin', 'system'];
const CHIEFS = ['chief', 'admin', 'system'];

/** Every transition of the workflow and who may make it; everyone else is refused. */
const ALLOWED: [StoryStatus, StoryStatus, string[]][] = [
  ['draft', 'review', ['reporter (own story)', ...EDITORS]],
  ['review', 'draft', ['reporter (own story)', ...EDITORS]],
  ['review', 'approved', EDITORS],
  ['approved', 'draft', EDITORS],
  ['approved', 'published', EDITORS],
  ['approved', 'scheduled', EDITORS],
  ['scheduled', 'scheduled', EDITORS],
  ['scheduled', 'approved', EDITORS],
  ['scheduled', 'published', EDITORS],
  ['published', 'unpublished', CHIEFS],
  ['unpublished', 'published', CHIEFS],
  ['unpublished', 'draft', CHIEFS],
];

const story = (status: StoryStatus) => ({ edition: 'ru' as const, status, createdBy: OWNER });

describe('transitions', () => {
  test('the table lists exactly the transitions of the workflow', () => {
    assert.deepEqual(
      ALLOWED.map(([from, to]) => `${from}>${to}`).sort(),
      TRANSITIONS.map((t) => `${t.from}>${t.to}`).sort(),
    );
  });

  for (const [from, to, allowed] of ALLOWED)
    for (const [label, actor] of Object.entries(ACTORS)) {
      const expected = allowed.includes(label);
      test(`${from} → ${to}: ${label} ${expected ? 'may' : 'may not'}`, () => {
        const decision = mayTransition(actor, story(from), to);
        assert.equal(decision.ok, expected);
        if (!decision.ok) {
          assert.equal(decision.code, 'forbidden');
          assert.ok(decision.reason.length > 10);
        }
      });
    }

  test('every other move is invalid for everyone, the system included', () => {
    for (const from of STORY_STATUSES)
      for (const to of STORY_STATUSES) {
        if (findTransition(from, to)) continue;
        for (const actor of Object.values(ACTORS)) {
          const decision = mayTransition(actor, story(from), to);
          assert.equal(decision.ok, false, `${from} → ${to}`);
          if (!decision.ok) {
            assert.equal(decision.code, 'invalid_transition');
            assert.match(decision.reason, new RegExp(`a ${from} story cannot go to ${to}`));
          }
        }
      }
  });

  test('a reporter is told why: their own stories only', () => {
    const decision = mayTransition(ACTORS['reporter (not theirs)']!, story('draft'), 'review');
    assert.deepEqual(decision, {
      ok: false,
      code: 'forbidden',
      reason: 'may submit only stories you created',
    });
  });

  test('scheduling needs a time and unpublishing a reason', () => {
    assert.equal(findTransition('approved', 'scheduled')?.needsTime, true);
    assert.equal(findTransition('scheduled', 'scheduled')?.needsTime, true);
    assert.equal(findTransition('published', 'unpublished')?.needsReason, true);
  });

  test('the next statuses offered follow the same rights', () => {
    assert.deepEqual(nextStatuses(ACTORS.editor!, story('review')), ['draft', 'approved']);
    assert.deepEqual(nextStatuses(ACTORS['reporter (own story)']!, story('review')), ['draft']);
    assert.deepEqual(nextStatuses(ACTORS.editor!, story('published')), []);
    assert.deepEqual(nextStatuses(ACTORS.chief!, story('published')), ['unpublished']);
  });
});

/** Who may save a story's content in each status (the same ru story of OWNER). */
const EDIT: Record<StoryStatus, string[]> = {
  draft: ['reporter (own story)', ...EDITORS],
  review: EDITORS,
  approved: EDITORS,
  scheduled: EDITORS,
  published: EDITORS,
  unpublished: CHIEFS,
};

describe('edit, create and correct rights', () => {
  for (const status of STORY_STATUSES)
    for (const [label, actor] of Object.entries(ACTORS)) {
      const expected = EDIT[status].includes(label);
      test(`edit a ${status} story: ${label} ${expected ? 'may' : 'may not'}`, () => {
        assert.equal(mayEdit(actor, story(status)).ok, expected);
      });
    }

  test('writing is for the actor’s editions; everyone but editors of other editions may', () => {
    for (const [label, actor] of Object.entries(ACTORS))
      assert.equal(mayCreate(actor, 'ru').ok, !label.includes('other edition'), label);
  });

  test('only a published story is corrected, by who holds correct', () => {
    for (const [label, actor] of Object.entries(ACTORS)) {
      assert.equal(mayCorrect(actor, story('published')).ok, EDITORS.includes(label), label);
      const draft = mayCorrect(actor, story('draft'));
      assert.equal(draft.ok, false);
      if (!draft.ok) assert.equal(draft.code, 'invalid_transition');
    }
  });
});

test('an image without alt text stops publication, naming the block', () => {
  assert.deepEqual(
    publishProblems([
      { type: 'paragraph', content: [{ text: 'x' }] },
      { type: 'image', src: '/media/a.jpg', alt: ' ' },
      { type: 'image', src: '/media/b.jpg', alt: 'A port crane' },
    ]),
    ['blocks.1.alt: the image /media/a.jpg needs alt text before it is published'],
  );
});
