// The presence port: who has a story open in the editor, kept alive by heartbeats; in memory here, Redis later.

import type { Clock } from './clock.js';

export interface PresenceEntry {
  userId: number;
  name: string;
  /** UTC ISO times: when this user opened the story, and their last heartbeat. */
  since: string;
  seenAt: string;
}

export interface Presence {
  /** Marks the user as having the story open now; answers everyone else who has it open. */
  heartbeat(storyId: number, user: { id: number; name: string }): Promise<PresenceEntry[]>;
  /** The user closed the story. */
  leave(storyId: number, userId: number): Promise<void>;
  /** Who has the story open now. */
  list(storyId: number): Promise<PresenceEntry[]>;
}

/** One process's presence map: an entry lapses `ttlMs` after its last heartbeat. */
export function memoryPresence(clock: Clock, ttlMs = 30_000): Presence {
  const stories = new Map<number, Map<number, PresenceEntry>>();
  const live = (storyId: number): Map<number, PresenceEntry> => {
    const users = stories.get(storyId) ?? new Map<number, PresenceEntry>();
    const cutoff = new Date(clock.now().getTime() - ttlMs).toISOString();
    for (const [id, entry] of users) if (entry.seenAt < cutoff) users.delete(id);
    if (users.size === 0) stories.delete(storyId);
    return users;
  };
  const sorted = (entries: Iterable<PresenceEntry>) =>
    [...entries].sort((a, b) => a.since.localeCompare(b.since) || a.userId - b.userId);
  return {
    async heartbeat(storyId, user) {
      const users = live(storyId);
      const now = clock.now().toISOString();
      const entry = users.get(user.id);
      users.set(user.id, {
        userId: user.id,
        name: user.name,
        since: entry?.since ?? now,
        seenAt: now,
      });
      stories.set(storyId, users);
      return sorted([...users.values()].filter((e) => e.userId !== user.id));
    },
    async leave(storyId, userId) {
      const users = live(storyId);
      users.delete(userId);
      if (users.size === 0) stories.delete(storyId);
    },
    async list(storyId) {
      return sorted(live(storyId).values());
    },
  };
}
