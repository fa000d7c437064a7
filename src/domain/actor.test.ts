// The role → permission matrix as a table: role × action × edition (own edition, other edition).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ACTIONS, can, canSomewhere, SYSTEM, type Action, type Actor, type Role } from './actor.js';

const person = (role: Role): Actor => ({ kind: 'user', id: 1, name: role, role, editions: ['ru'] });

/** [own edition (ru), another edition (az)] for each role and action. */
const TABLE: Record<Action, Record<Role, [boolean, boolean]>> = {
  write: {
    reporter: [true, false],
    editor: [true, false],
    chief: [true, true],
    admin: [true, true],
  },
  submit: {
    reporter: [true, false],
    editor: [true, false],
    chief: [true, true],
    admin: [true, true],
  },
  'upload-media': {
    reporter: [true, false],
    editor: [true, false],
    chief: [true, true],
    admin: [true, true],
  },
  approve: {
    reporter: [false, false],
    editor: [true, false],
    chief: [true, true],
    admin: [true, true],
  },
  publish: {
    reporter: [false, false],
    editor: [true, false],
    chief: [true, true],
    admin: [true, true],
  },
  schedule: {
    reporter: [false, false],
    editor: [true, false],
    chief: [true, true],
    admin: [true, true],
  },
  correct: {
    reporter: [false, false],
    editor: [true, false],
    chief: [true, true],
    admin: [true, true],
  },
  import: {
    reporter: [false, false],
    editor: [true, false],
    chief: [true, true],
    admin: [true, true],
  },
  unpublish: {
    reporter: [false, false],
    editor: [false, false],
    chief: [true, true],
    admin: [true, true],
  },
  'manage-taxonomy': {
    reporter: [false, false],
    editor: [false, false],
    chief: [true, true],
    admin: [true, true],
  },
  'manage-users': {
    reporter: [false, false],
    editor: [false, false],
    chief: [false, false],
    admin: [true, true],
  },
  'manage-settings': {
    reporter: [false, false],
    editor: [false, false],
    chief: [false, false],
    admin: [true, true],
  },
  'read-audit': {
    reporter: [false, false],
    editor: [false, false],
    chief: [false, false],
    admin: [true, true],
  },
};

describe('role × action × edition', () => {
  test('the table covers every action', () => {
    assert.deepEqual(Object.keys(TABLE).sort(), [...ACTIONS].sort());
  });

  for (const action of ACTIONS)
    for (const role of ['reporter', 'editor', 'chief', 'admin'] as const) {
      const [own, other] = TABLE[action][role];
      test(`${role} ${own ? 'may' : 'may not'} ${action} in own edition, ${other ? 'may' : 'may not'} in another`, () => {
        assert.equal(can(person(role), action, 'ru'), own);
        assert.equal(can(person(role), action, 'az'), other);
        assert.equal(canSomewhere(person(role), action), own || other);
      });
    }

  test('the system may do everything everywhere', () => {
    for (const action of ACTIONS) assert.equal(can(SYSTEM, action, 'en'), true);
  });

  test('a reporter or editor with no editions may do nothing', () => {
    const nobody: Actor = { kind: 'user', id: 2, name: 'x', role: 'editor', editions: [] };
    for (const action of ACTIONS) assert.equal(canSomewhere(nobody, action), false);
  });
});
