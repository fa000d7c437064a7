// Author profiles in the newsroom: find (the picker), read, create and edit (names and bios per edition, photo, user).

import { z } from 'zod';
import { canSomewhere, type Actor } from '../domain/actor.js';
import type { AuthorProfile } from '../domain/authors.js';
import { EDITION_CODES, type EditionCode } from '../domain/editions.js';
import { LedeError } from '../domain/errors.js';
import { slugify } from '../domain/slug.js';
import { RESERVED_SLUGS } from '../domain/urls.js';
import type { AuthorInput } from '../storage/authors-port.js';
import type { Store } from '../storage/port.js';
import type { Deps } from './deps.js';
import { recordAudit } from './record-audit.js';
import { announceEditionChange } from './story-events.js';
import { parseFields } from './story-fields.js';

const perEdition = (max: number) =>
  z
    .object(
      Object.fromEntries(EDITION_CODES.map((e) => [e, z.string().trim().max(max).optional()])) as {
        [K in EditionCode]: z.ZodOptional<z.ZodString>;
      },
    )
    .strict();

export const authorProfileSchema = z
  .object({
    /** The name as each edition writes it; at least one. */
    names: perEdition(200),
    bios: perEdition(2000).optional(),
    /** A media-library item, or null for none. */
    photoId: z.number().int().positive().nullable().optional(),
    /** The newsroom user this author is, or null. */
    userId: z.number().int().positive().nullable().optional(),
    /** The page's address; made from the name when left out. A published page's slug should stay. */
    slug: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a slug is lowercase ASCII words joined by "-"')
      .max(120)
      .optional(),
  })
  .strict();

export const authorSearchSchema = z
  .object({
    q: z.string().trim().max(200).default(''),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

/** A profile as the newsroom shows it: the profile and whether it is the asking user's own. */
export interface AuthorProfileView extends AuthorProfile {
  own: boolean;
}

export interface AuthorList {
  items: AuthorProfileView[];
}

function viewOf(actor: Actor, a: AuthorProfile): AuthorProfileView {
  return { ...a, own: actor.kind === 'user' && a.userId === actor.id };
}

function requireNewsroom(actor: Actor): void {
  if (!canSomewhere(actor, 'write'))
    throw new LedeError('forbidden', 'only the newsroom may look authors up');
}

function requireManage(actor: Actor): void {
  if (!canSomewhere(actor, 'manage-taxonomy'))
    throw new LedeError('forbidden', 'may not edit author profiles');
}

/**
 * Profiles whose name in any edition holds the words, by name. The asking reporter's own
 * profile comes first, so crediting oneself is one choice.
 */
export async function listAuthorProfiles(
  deps: Deps,
  actor: Actor,
  raw: unknown,
): Promise<AuthorList> {
  requireNewsroom(actor);
  const input = parseFields(authorSearchSchema, raw ?? {});
  const found = await deps.store.authors.search(input.q, input.limit);
  const own = actor.kind === 'user' ? await deps.store.authors.findByUser(actor.id) : null;
  const items = own && !input.q ? [own, ...found.filter((a) => a.id !== own.id)] : found;
  // Stable: the own profile first, the others by name.
  items.sort((a, b) => Number(b.id === own?.id) - Number(a.id === own?.id));
  return { items: items.slice(0, input.limit).map((a) => viewOf(actor, a)) };
}

export async function getAuthorProfile(
  deps: Deps,
  actor: Actor,
  id: number,
): Promise<AuthorProfileView> {
  requireNewsroom(actor);
  const found = (await deps.store.authors.profiles([id]))[0];
  if (!found) throw new LedeError('not_found', `author ${id} does not exist`);
  return viewOf(actor, found);
}

/** The main name: the English spelling, else the first edition's that has one. */
function mainName(names: Partial<Record<EditionCode, string>>): string | undefined {
  return (['en', ...EDITION_CODES] as EditionCode[]).map((e) => names[e]?.trim()).find(Boolean);
}

async function freeAuthorSlug(store: Store, base: string, exceptId?: number): Promise<string> {
  let slug = RESERVED_SLUGS.has(base) ? `${base}-1` : base;
  for (let n = 2; await store.authors.slugTaken(slug, exceptId); n++) slug = `${base}-${n}`;
  return slug;
}

async function checkRefs(store: Store, input: z.infer<typeof authorProfileSchema>): Promise<void> {
  if (input.photoId && !(await store.media.findById(input.photoId)))
    throw new LedeError('invalid_input', `photoId: no media item ${input.photoId}`, {
      field: 'photoId',
    });
  if (input.userId && !(await store.accounts.findUserById(input.userId)))
    throw new LedeError('invalid_input', `userId: no user ${input.userId}`, { field: 'userId' });
}

/** Every edition's pages name the author in bylines: each edition is told of the change. */
async function announced(deps: Deps, store: Store, at: string): Promise<void> {
  for (const e of deps.editions) await announceEditionChange(deps, store, e.code, at);
}

export async function createAuthorProfile(
  deps: Deps,
  actor: Actor,
  raw: unknown,
): Promise<AuthorProfileView> {
  requireManage(actor);
  const input = parseFields(authorProfileSchema, raw);
  const name = mainName(input.names);
  if (!name)
    throw new LedeError('invalid_input', 'names: a name in at least one edition is required', {
      field: 'names',
    });
  return deps.store.transaction(async (store) => {
    await checkRefs(store, input);
    const clash = await store.authors.findByName(name);
    if (clash)
      throw new LedeError('duplicate', `names: author ${clash.id} is already named "${name}"`, {
        field: 'names',
        id: clash.id,
      });
    const edition = EDITION_CODES.find((e) => input.names[e]?.trim() === name) ?? 'en';
    const slug = input.slug ? input.slug : await freeAuthorSlug(store, slugify(name, edition));
    if (input.slug && (await store.authors.slugTaken(input.slug)))
      throw new LedeError('duplicate', `slug: another author has "${input.slug}"`, {
        field: 'slug',
      });
    const profile = await store.authors.create({
      name,
      slug,
      names: input.names,
      bios: input.bios ?? {},
      photoId: input.photoId ?? null,
      userId: input.userId ?? null,
    });
    const at = deps.clock.now().toISOString();
    await recordAudit(store, actor, 'author.create', { detail: { author: profile.id, name }, at });
    return viewOf(actor, profile);
  });
}

export async function updateAuthorProfile(
  deps: Deps,
  actor: Actor,
  id: number,
  raw: unknown,
): Promise<AuthorProfileView> {
  requireManage(actor);
  const input = parseFields(authorProfileSchema, raw);
  const name = mainName(input.names);
  if (!name)
    throw new LedeError('invalid_input', 'names: a name in at least one edition is required', {
      field: 'names',
    });
  return deps.store.transaction(async (store) => {
    const current = (await store.authors.profiles([id]))[0];
    if (!current) throw new LedeError('not_found', `author ${id} does not exist`);
    await checkRefs(store, input);
    const clash = await store.authors.findByName(name);
    if (clash && clash.id !== id)
      throw new LedeError('duplicate', `names: author ${clash.id} is already named "${name}"`, {
        field: 'names',
        id: clash.id,
      });
    if (input.slug && (await store.authors.slugTaken(input.slug, id)))
      throw new LedeError('duplicate', `slug: another author has "${input.slug}"`, {
        field: 'slug',
      });
    const next: AuthorInput = {
      name,
      slug: input.slug ?? current.slug,
      names: input.names,
      bios: input.bios ?? current.bios,
      photoId: input.photoId === undefined ? current.photoId : input.photoId,
      userId: input.userId === undefined ? current.userId : input.userId,
    };
    const profile = (await store.authors.update(id, next))!;
    const at = deps.clock.now().toISOString();
    await recordAudit(store, actor, 'author.update', { detail: { author: id, name }, at });
    await announced(deps, store, at);
    return viewOf(actor, profile);
  });
}

/** How a person is credited on a story they send without a byline: their profile, else their name. */
export async function ownByline(
  deps: Deps,
  actor: Actor,
): Promise<{ authors: (number | string)[] }> {
  if (actor.kind !== 'user') return { authors: [] };
  const own = await deps.store.authors.findByUser(actor.id);
  return { authors: [own ? own.id : actor.name] };
}
