// Distribution test helpers: a story taken through the workflow to published, and newsroom people with API tokens.

import { SYSTEM, type Role } from '../../src/domain/actor.js';
import { addUser } from '../../src/operations/add-user.js';
import { createApiToken } from '../../src/operations/create-api-token.js';
import { createStory } from '../../src/operations/create-story.js';
import type { Deps } from '../../src/operations/deps.js';
import { newStorySchema, parseFields } from '../../src/operations/story-fields.js';
import { transitionStory } from '../../src/operations/transition-story.js';

/** Creates a draft as the system and takes it through review and approval to published. */
export async function publishThroughWorkflow(
  deps: Deps,
  story: Record<string, unknown>,
): Promise<number> {
  const draft = await createStory(deps, SYSTEM, parseFields(newStorySchema, story));
  for (const to of ['review', 'approved', 'published'] as const)
    await transitionStory(deps, SYSTEM, draft.id, { to });
  return draft.id;
}

let n = 0;
/** A newsroom person of a role and an API token acting as them. */
export async function personWithToken(
  deps: Pick<Deps, 'store' | 'clock'>,
  role: Role,
): Promise<{ userId: number; token: string }> {
  n += 1;
  const { user } = await addUser(deps, SYSTEM, {
    email: `${role}-${n}-${Math.random().toString(36).slice(2, 8)}@agency.example`,
    name: `${role} ${n}`,
    role,
    editions: ['en', 'ru', 'az'],
  });
  const { token } = await createApiToken(deps, SYSTEM, { userId: user.id });
  return { userId: user.id, token };
}
