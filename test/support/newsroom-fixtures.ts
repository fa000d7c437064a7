// Newsroom operation fixtures: test deps with people of every role and a story in its JSON shape.

import { SYSTEM, type Role, type UserActor } from '../../src/domain/actor.js';
import type { EditionCode } from '../../src/domain/editions.js';
import { actorOf } from '../../src/domain/user.js';
import { addUser } from '../../src/operations/add-user.js';
import type { Deps } from '../../src/operations/deps.js';
import {
  newStorySchema,
  parseFields,
  type NewStoryInput,
} from '../../src/operations/story-fields.js';
import { ensureRubric } from '../../src/operations/taxonomy.js';
import { openTestDeps, type TestDeps } from './test-deps.js';

export interface NewsroomDeps extends TestDeps {
  people: Record<'reporter' | 'reporter2' | 'editor' | 'azEditor' | 'chief' | 'admin', UserActor>;
}

let n = 0;
/** An account (no password: actors only) made through the accounts operation. */
export async function person(
  deps: Pick<Deps, 'store' | 'clock'>,
  role: Role,
  editions: EditionCode[] = ['ru'],
): Promise<UserActor> {
  n += 1;
  const { user } = await addUser(deps, SYSTEM, {
    email: `${role}${n}-${Math.random().toString(36).slice(2, 7)}@agency.example`,
    name: `${role} ${n}`,
    role,
    editions,
  });
  return actorOf(user);
}

export async function openNewsroomDeps(now = '2025-12-06T09:00:00Z'): Promise<NewsroomDeps> {
  const deps = await openTestDeps(now);
  for (const [edition, rubric] of [
    ['ru', 'Экономика'],
    ['ru', 'Политика / Внешняя политика'],
    ['en', 'Economy'],
    ['az', 'İqtisadiyyat'],
  ] as const)
    await ensureRubric(deps.store, edition, rubric);
  return {
    ...deps,
    people: {
      reporter: await person(deps, 'reporter'),
      reporter2: await person(deps, 'reporter'),
      editor: await person(deps, 'editor', ['ru', 'en']),
      azEditor: await person(deps, 'editor', ['az']),
      chief: await person(deps, 'chief', []),
      admin: await person(deps, 'admin', []),
    },
  };
}

/** A story in the JSON shape the crawl parser prints. */
export function storyJson(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    edition: 'ru',
    type: 'news',
    title: 'Порт Алят удвоит грузооборот',
    rubric: 'Экономика',
    lead: 'Министр рассказал о планах порта.',
    blocks: [
      { type: 'paragraph', content: [{ text: 'Первый абзац.' }] },
      { type: 'paragraph', content: [{ text: 'Второй абзац.' }] },
    ],
    tags: ['Порт'],
    author: 'Анна Келлер',
    ...over,
  };
}

/** storyJson parsed by the API's schema, as the route hands it to createStory (once). */
export function newStory(over: Record<string, unknown> = {}): NewStoryInput {
  return parseFields(newStorySchema, storyJson(over));
}
