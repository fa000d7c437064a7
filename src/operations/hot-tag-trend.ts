// The hot-tags strip and the trend: proposals, the edition's setting to follow it, blocked tags, and the strip kept in step.

import { z } from 'zod';
import { can, SYSTEM, type Actor } from '../domain/actor.js';
import { EDITION_CODES, type EditionCode } from '../domain/editions.js';
import { LedeError } from '../domain/errors.js';
import type { Tag } from '../domain/taxonomy.js';
import type { Deps } from './deps.js';
import { setHotTags } from './hot-tags.js';
import { recordAudit } from './record-audit.js';
import { parseFields } from './story-fields.js';
import { ensureTag } from './taxonomy.js';
import { trendingTags } from './trending.js';

/** Places of the strip the trend may fill (pinned tags first, then the trend). */
export const STRIP_PLACES = 10;

export interface HotTagTrendView {
  edition: EditionCode;
  follow: boolean;
  /** Tags the strip never takes from the trend (editors may still pin them). */
  blocked: string[];
  /** Rising tags, blocked ones included (marked), the highest score first. */
  proposals: { name: string; views: number; usual: number; score: number; blocked: boolean }[];
}

export const hotTagTrendSchema = z
  .object({
    edition: z.enum(EDITION_CODES),
    follow: z.boolean(),
    blocked: z.array(z.string().trim().min(1).max(200)).max(200),
  })
  .strict();

export async function hotTagTrend(deps: Deps, edition: EditionCode): Promise<HotTagTrendView> {
  const [settings, trends] = await Promise.all([
    deps.store.hotTagTrend.settings(edition),
    trendingTags(deps, edition, 20),
  ]);
  const blocked = new Set(settings.blockedTagIds);
  const names: string[] = [];
  for (const id of settings.blockedTagIds) {
    const tag = await deps.store.taxonomy.findTagById(id);
    if (tag) names.push(tag.name);
  }
  return {
    edition,
    follow: settings.follow,
    blocked: names,
    proposals: trends.map(({ tag, trend }) => ({
      name: tag.name,
      views: trend.views,
      usual: trend.usual,
      score: trend.score,
      blocked: blocked.has(tag.id),
    })),
  };
}

/** Sets whether the strip follows the trend and which tags it never takes (audited); applies it at once. */
export async function setHotTagTrend(
  deps: Deps,
  actor: Actor,
  raw: unknown,
): Promise<HotTagTrendView> {
  const input = parseFields(hotTagTrendSchema, raw);
  const { edition } = input;
  if (!can(actor, 'manage-taxonomy', edition))
    throw new LedeError('forbidden', `may not change the hot tags of the ${edition} edition`);
  await deps.store.transaction(async (store) => {
    const ids: number[] = [];
    for (const name of input.blocked) ids.push((await ensureTag(store, edition, name)).id);
    await store.hotTagTrend.setSettings(edition, { follow: input.follow, blockedTagIds: ids });
    await recordAudit(store, actor, 'hot-tags.trend', {
      edition,
      detail: { follow: input.follow, blocked: input.blocked },
      at: deps.clock.now().toISOString(),
    });
  });
  await followTrend(deps, edition);
  return hotTagTrend(deps, edition);
}

/**
 * The strip the trend asks for: pinned tags in place (expired pins left out), then rising tags
 * neither blocked nor hidden nor pinned, up to STRIP_PLACES; when fewer tags rise than there are
 * places, the unpinned tags the strip had (not blocked) keep theirs. Pure, for the job and tests.
 */
export function stripWithTrend(
  strip: readonly { tag: Tag; pinned: boolean; expiresAt: string | null }[],
  rising: readonly Tag[],
  blockedIds: ReadonlySet<number>,
  now: string,
): { name: string; pinned: boolean; expiresAt: string | null }[] {
  const pinned = strip.filter((e) => e.pinned && (e.expiresAt === null || e.expiresAt > now));
  const taken = new Set(pinned.map((e) => e.tag.id));
  const out = pinned.map((e) => ({ name: e.tag.name, pinned: true, expiresAt: e.expiresAt }));
  const add = (tag: Tag) => {
    if (out.length >= STRIP_PLACES || taken.has(tag.id) || blockedIds.has(tag.id) || tag.hidden)
      return;
    taken.add(tag.id);
    out.push({ name: tag.name, pinned: false, expiresAt: null });
  };
  rising.forEach(add);
  strip.filter((e) => !e.pinned).forEach((e) => add(e.tag));
  return out;
}

/**
 * Keeps an edition's strip in step with the trend when the edition follows it; writes (and so
 * purges the edition's pages) only when the strip changes. Answers whether it changed.
 */
export async function followTrend(deps: Deps, edition: EditionCode): Promise<boolean> {
  const settings = await deps.store.hotTagTrend.settings(edition);
  if (!settings.follow) return false;
  const [current, rising] = await Promise.all([
    deps.store.taxonomy.listHotTags(edition),
    trendingTags(deps, edition, STRIP_PLACES),
  ]);
  const now = deps.clock.now().toISOString();
  const next = stripWithTrend(
    current.map((t) => ({ tag: t, pinned: t.pinned, expiresAt: t.expiresAt })),
    rising.map((r) => r.tag),
    new Set(settings.blockedTagIds),
    now,
  );
  const same =
    next.length === current.length &&
    next.every(
      (e, i) =>
        e.name === current[i]!.name &&
        e.pinned === current[i]!.pinned &&
        e.expiresAt === current[i]!.expiresAt,
    );
  if (same) return false;
  await setHotTags(deps, SYSTEM, edition, next);
  return true;
}

/** The scheduled step: every edition that follows the trend; answers when to run again. */
export async function followTrends(deps: Deps): Promise<string | null> {
  for (const edition of await deps.store.hotTagTrend.following())
    if (deps.editions.some((e) => e.code === edition)) await followTrend(deps, edition);
  return new Date(deps.clock.now().getTime() + 60_000).toISOString();
}
