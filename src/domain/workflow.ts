// The story workflow: its states, the transitions between them and who may make each one and edit.

import { can, type Action, type Actor } from './actor.js';
import type { Block } from './blocks.js';
import type { ErrorCode } from './errors.js';
import type { Story, StoryStatus } from './story.js';

export type TransitionName =
  | 'submit'
  | 'return'
  | 'approve'
  | 'publish'
  | 'schedule'
  | 'reschedule'
  | 'unschedule'
  | 'unpublish'
  | 'republish'
  | 'rework';

export interface Transition {
  name: TransitionName;
  from: StoryStatus;
  to: StoryStatus;
  /** The action of the role → permission matrix (actor.ts) needed to make it on any story. */
  action: Action;
  /** An action that is enough on a story the actor created (a reporter's own draft). */
  ownAction?: Action;
  /** A time `at` in the future is required (scheduling). */
  needsTime?: true;
  /** A reason is required and kept on the story (unpublishing). */
  needsReason?: true;
}

/**
 * Every allowed move, and nothing else. Rights come from the one role → permission matrix
 * (actor.ts), so with today's matrix:
 *
 * | from → to                 | reporter  | editor | chief, admin | system |
 * |---------------------------|-----------|--------|--------------|--------|
 * | draft → review (submit)   | own story | ✓      | ✓            | ✓      |
 * | review → draft (return)   | own story | ✓      | ✓            | ✓      |
 * | review → approved         |           | ✓      | ✓            | ✓      |
 * | approved → draft          |           | ✓      | ✓            | ✓      |
 * | approved → published      |           | ✓      | ✓            | ✓      |
 * | approved → scheduled (at) |           | ✓      | ✓            | ✓      |
 * | scheduled → scheduled (at)|           | ✓      | ✓            | ✓      |
 * | scheduled → approved      |           | ✓      | ✓            | ✓      |
 * | scheduled → published     |           | ✓      | ✓            | ✓ (the scheduler) |
 * | published → unpublished   |           |        | ✓ (reason)   | ✓      |
 * | unpublished → published   |           |        | ✓            | ✓      |
 * | unpublished → draft       |           |        | ✓            | ✓      |
 *
 * Reporters and editors act in their own editions, chiefs and admins in all. Admins hold
 * every action of the matrix, so today they act as chiefs; taking editorial actions from
 * the admin role is one change in actor.ts. A killed story is brought back only by who
 * may kill, so an editor cannot undo a chief's decision by re-approving it.
 */
export const TRANSITIONS: readonly Transition[] = [
  { name: 'submit', from: 'draft', to: 'review', action: 'approve', ownAction: 'submit' },
  { name: 'return', from: 'review', to: 'draft', action: 'approve', ownAction: 'submit' },
  { name: 'approve', from: 'review', to: 'approved', action: 'approve' },
  { name: 'return', from: 'approved', to: 'draft', action: 'approve' },
  { name: 'publish', from: 'approved', to: 'published', action: 'publish' },
  { name: 'schedule', from: 'approved', to: 'scheduled', action: 'schedule', needsTime: true },
  {
    name: 'reschedule',
    from: 'scheduled',
    to: 'scheduled',
    action: 'schedule',
    needsTime: true,
  },
  { name: 'unschedule', from: 'scheduled', to: 'approved', action: 'schedule' },
  { name: 'publish', from: 'scheduled', to: 'published', action: 'publish' },
  {
    name: 'unpublish',
    from: 'published',
    to: 'unpublished',
    action: 'unpublish',
    needsReason: true,
  },
  { name: 'republish', from: 'unpublished', to: 'published', action: 'unpublish' },
  { name: 'rework', from: 'unpublished', to: 'draft', action: 'unpublish' },
];

export function findTransition(from: StoryStatus, to: StoryStatus): Transition | undefined {
  return TRANSITIONS.find((t) => t.from === from && t.to === to);
}

/** The answer of a rights check: allowed, or the error code and a sentence saying why not. */
export type Decision = { ok: true } | { ok: false; code: ErrorCode; reason: string };

const ALLOWED: Decision = { ok: true };
const deny = (code: ErrorCode, reason: string): Decision => ({ ok: false, code, reason });

type StoryRef = Pick<Story, 'edition' | 'status' | 'createdBy'>;

/** Whether the actor created the story (imports and system stories belong to nobody). */
export function isOwnStory(actor: Actor, story: Pick<Story, 'createdBy'>): boolean {
  return actor.kind === 'user' && story.createdBy !== null && story.createdBy === actor.id;
}

function allowedBy(actor: Actor, story: StoryRef, action: Action, ownAction?: Action): boolean {
  if (can(actor, action, story.edition)) return true;
  return (
    ownAction !== undefined && isOwnStory(actor, story) && can(actor, ownAction, story.edition)
  );
}

/** Whether the actor may move the story to `to`; invalid moves answer invalid_transition. */
export function mayTransition(actor: Actor, story: StoryRef, to: StoryStatus): Decision {
  const transition = findTransition(story.status, to);
  if (!transition) {
    const next = TRANSITIONS.filter((t) => t.from === story.status).map((t) => t.to);
    return deny(
      'invalid_transition',
      `a ${story.status} story cannot go to ${to}; it can go to ${next.join(', ') || 'nothing'}`,
    );
  }
  if (!allowedBy(actor, story, transition.action, transition.ownAction))
    return deny(
      'forbidden',
      transition.ownAction && can(actor, transition.ownAction, story.edition)
        ? `may ${transition.name} only stories you created`
        : `may not ${transition.name} stories of the ${story.edition} edition`,
    );
  return ALLOWED;
}

/** The states the actor may move the story to now (what the editor offers). */
export function nextStatuses(actor: Actor, story: StoryRef): StoryStatus[] {
  return TRANSITIONS.filter(
    (t) => t.from === story.status && mayTransition(actor, story, t.to).ok,
  ).map((t) => t.to);
}

/** Whether the actor may create stories in an edition. */
export function mayCreate(actor: Actor, edition: Story['edition']): Decision {
  return can(actor, 'write', edition)
    ? ALLOWED
    : deny('forbidden', `may not write stories in the ${edition} edition`);
}

/**
 * Whether the actor may save the story's content in its present state: reporters their own
 * drafts; editors any draft, story in review, approved or scheduled, and published stories
 * (they hold `correct`); killed stories only who may unpublish.
 */
export function mayEdit(actor: Actor, story: StoryRef): Decision {
  const ok = (() => {
    switch (story.status) {
      case 'draft':
        return allowedBy(actor, story, 'approve', 'write');
      case 'review':
      case 'approved':
      case 'scheduled':
        return can(actor, 'approve', story.edition);
      case 'published':
        return can(actor, 'correct', story.edition);
      case 'unpublished':
        return can(actor, 'unpublish', story.edition);
    }
  })();
  if (ok) return ALLOWED;
  if (story.status === 'draft' && can(actor, 'write', story.edition))
    return deny('forbidden', 'may edit only drafts you created');
  return deny('forbidden', `may not edit a ${story.status} story of the ${story.edition} edition`);
}

/** Whether the actor may publish a correction: the story is out and the actor holds `correct`. */
export function mayCorrect(actor: Actor, story: StoryRef): Decision {
  if (story.status !== 'published')
    return deny(
      'invalid_transition',
      `only a published story is corrected; this one is ${story.status}`,
    );
  return can(actor, 'correct', story.edition)
    ? ALLOWED
    : deny('forbidden', `may not correct stories of the ${story.edition} edition`);
}

/** What stops a body from going out: every image needs alt text. Each problem names its field. */
export function publishProblems(blocks: readonly Block[]): string[] {
  const problems: string[] = [];
  blocks.forEach((block, i) => {
    if (block.type === 'image' && block.alt.trim() === '')
      problems.push(
        `blocks.${i}.alt: the image ${block.src} needs alt text before it is published`,
      );
  });
  return problems;
}
