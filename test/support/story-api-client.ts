// Story API test helpers: people of every role with API tokens, stories put in any workflow status.

import type { LightMyRequestResponse } from 'fastify';
import { SYSTEM, type Role, type UserActor } from '../../src/domain/actor.js';
import type { EditionCode } from '../../src/domain/editions.js';
import type { StoryStatus } from '../../src/domain/story.js';
import { actorOf } from '../../src/domain/user.js';
import { createApiToken } from '../../src/operations/create-api-token.js';
import { createStory } from '../../src/operations/create-story.js';
import type { StoryView } from '../../src/operations/story-view.js';
import { transitionStory } from '../../src/operations/transition-story.js';
import { newsroomClient } from './newsroom-client.js';
import { newStory } from './newsroom-fixtures.js';
import type { TestApp } from './test-app.js';

export interface Caller {
  actor: UserActor;
  token: string;
  call(
    method: string,
    url: string,
    payload?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
}

/** The path through the workflow to each status, made by the system. */
const PATH: Record<StoryStatus, { to: StoryStatus; at?: string; reason?: string }[]> = {
  draft: [],
  review: [{ to: 'review' }],
  approved: [{ to: 'review' }, { to: 'approved' }],
  scheduled: [
    { to: 'review' },
    { to: 'approved' },
    { to: 'scheduled', at: '2030-01-01T00:00:00Z' },
  ],
  published: [{ to: 'review' }, { to: 'approved' }, { to: 'published' }],
  unpublished: [
    { to: 'review' },
    { to: 'approved' },
    { to: 'published' },
    { to: 'unpublished', reason: 'test' },
  ],
};

/** Works with any booted Lede (a test app, or one booted with the real clock). */
export function storyApi(t: Pick<TestApp, 'lede'>) {
  // newsroomClient reads nothing of the test app but its `lede`.
  const client = newsroomClient(t as TestApp);
  const deps = t.lede.deps;
  let n = 0;

  async function caller(role: Role, editions: EditionCode[] = ['ru']): Promise<Caller> {
    const user = await client.user(role, editions);
    const { token } = await createApiToken(deps, SYSTEM, { userId: user.id });
    return {
      actor: actorOf(user),
      token,
      call: (method, url, payload, headers = {}) =>
        t.lede.app.inject({
          method: method as 'GET',
          url,
          headers: { authorization: `Bearer ${token}`, ...headers },
          ...(payload !== undefined ? { payload: payload as object } : {}),
        }),
    };
  }

  /** A story of `owner` brought to `status` by the system. */
  async function storyIn(
    status: StoryStatus,
    owner: UserActor,
    over: Record<string, unknown> = {},
  ): Promise<StoryView> {
    n += 1;
    const created = await createStory(
      deps,
      owner,
      newStory({
        title: `Материал номер ${n} ${Math.random().toString(36).slice(2, 6)}`,
        ...over,
      }),
    );
    let story = created;
    for (const step of PATH[status]) story = await transitionStory(deps, SYSTEM, created.id, step);
    return story;
  }

  return { client, caller, storyIn };
}
