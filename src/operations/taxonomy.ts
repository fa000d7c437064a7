// Finds or creates rubrics, tags and authors by name, with slugs that are unique and never reserved.

import { can, type Actor } from '../domain/actor.js';
import type { EditionCode } from '../domain/editions.js';
import { LedeError } from '../domain/errors.js';
import { slugify } from '../domain/slug.js';
import {
  cleanTagName,
  nameKey,
  rubricPath,
  type Author,
  type Rubric,
  type Tag,
} from '../domain/taxonomy.js';
import { RESERVED_SLUGS } from '../domain/urls.js';
import type { Store } from '../storage/port.js';

/** The base slug, or base-2, base-3… the first that `taken` does not have (reserved words never). */
export async function freeSlug(
  base: string,
  taken: (slug: string) => Promise<boolean>,
): Promise<string> {
  let slug = RESERVED_SLUGS.has(base) ? `${base}-1` : base;
  for (let n = 2; await taken(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** The rubric of a path "Parent / Child", created level by level when new. */
export async function ensureRubric(
  store: Store,
  edition: EditionCode,
  path: string,
): Promise<Rubric> {
  const names = rubricPath(path);
  // A page that names only the rubric ("Внешняя политика") means the one the edition has,
  // at whatever level it stands; a second rubric of the same name is made only for a full path.
  if (names.length === 1) {
    const top = await store.taxonomy.findRubric(edition, names[0]!, null);
    if (top) return top;
    const key = nameKey(names[0]!);
    const same = (await store.taxonomy.listRubrics(edition)).filter((r) => nameKey(r.name) === key);
    if (same.length === 1) return same[0]!;
  }
  let parent: Rubric | null = null;
  for (const name of names) {
    const parentId: number | null = parent ? parent.id : null;
    let rubric = await store.taxonomy.findRubric(edition, name, parentId);
    if (!rubric) {
      const siblings = (await store.taxonomy.listRubrics(edition)).filter(
        (r) => r.parentId === parentId,
      );
      const slug = await freeSlug(
        slugify(name, edition),
        async (s) => (await store.taxonomy.findRubricBySlug(edition, s)) !== null,
      );
      rubric = await store.taxonomy.createRubric({
        edition,
        name,
        slug,
        parentId,
        position: siblings.length,
      });
    }
    parent = rubric;
  }
  return parent!;
}

export async function ensureTag(store: Store, edition: EditionCode, rawName: string): Promise<Tag> {
  return (await ensureTags(store, edition, [rawName]))[0]!;
}

/** The tags of these names in order, the ones the edition has read in one query, the others made. */
export async function ensureTags(
  store: Store,
  edition: EditionCode,
  rawNames: readonly string[],
): Promise<Tag[]> {
  const names = rawNames.map(cleanTagName);
  const byKey = new Map(
    (await store.taxonomy.findTags(edition, names)).map((t) => [nameKey(t.name), t]),
  );
  const out: Tag[] = [];
  for (const name of names) {
    let tag = byKey.get(nameKey(name));
    if (!tag) {
      const slug = await freeSlug(
        slugify(name, edition),
        async (s) => (await store.taxonomy.findTagBySlug(edition, s)) !== null,
      );
      tag = await store.taxonomy.createTag({ edition, name, slug });
      byKey.set(nameKey(name), tag);
    }
    out.push(tag);
  }
  return out;
}

/**
 * The author of a name as any edition spells it; made when new, with the name as the story's
 * edition writes it and a slug no other author has.
 */
export async function ensureAuthor(
  store: Store,
  rawName: string,
  edition?: EditionCode,
): Promise<Author> {
  const name = rawName.trim().replace(/\s+/g, ' ');
  const found = await store.authors.findByName(name);
  if (found) return found;
  const slug = await freeSlug(slugify(name, edition ?? 'en') || 'author', (s) =>
    store.authors.slugTaken(s),
  );
  return store.authors.create({
    name,
    slug,
    names: edition ? { [edition]: name } : {},
    bios: {},
    photoId: null,
    userId: null,
  });
}

/** A story slug free in its edition, made from the headline. */
export function freeStorySlug(
  store: Store,
  edition: EditionCode,
  base: string,
  exceptId?: number,
): Promise<string> {
  return freeSlug(base, (s) => store.stories.slugTaken(edition, s, exceptId));
}

/**
 * The rubric a story names. Who manages the taxonomy (chiefs, admins, and the importers, which
 * act as the system) may name a new one and it is made; for anyone else a rubric that does not
 * exist is refused (422, naming the edition's rubrics), so a typo never adds a section to the
 * site's menu.
 */
export async function resolveRubric(
  store: Store,
  actor: Actor,
  edition: EditionCode,
  path: string,
  create = can(actor, 'manage-taxonomy', edition),
): Promise<Rubric> {
  let names: string[];
  try {
    names = rubricPath(path);
  } catch (e) {
    throw new LedeError('invalid_input', `rubric: ${(e as Error).message}`, { field: 'rubric' });
  }
  if (create) return ensureRubric(store, edition, path);
  let found: Rubric | null;
  if (names.length === 1) {
    found = await store.taxonomy.findRubric(edition, names[0]!, null);
    if (!found) {
      const same = (await store.taxonomy.listRubrics(edition)).filter(
        (r) => nameKey(r.name) === nameKey(names[0]!),
      );
      found = same.length === 1 ? same[0]! : null;
    }
  } else {
    const parent = await store.taxonomy.findRubric(edition, names[0]!, null);
    found = parent ? await store.taxonomy.findRubric(edition, names[1]!, parent.id) : null;
  }
  if (!found) throw await unknownRubric(store, edition, path);
  return found;
}

/** The refusal of a rubric that does not exist: it lists the rubrics the edition has. */
async function unknownRubric(store: Store, edition: EditionCode, path: string): Promise<LedeError> {
  const all = await store.taxonomy.listRubrics(edition);
  const byId = new Map(all.map((r) => [r.id, r]));
  const names = all.map((r) => {
    const parent = r.parentId === null ? undefined : byId.get(r.parentId);
    return parent ? `${parent.name} / ${r.name}` : r.name;
  });
  return new LedeError(
    'unknown_rubric',
    `rubric: the ${edition} edition has no rubric "${path}" (only chiefs and admins add rubrics); ` +
      (names.length > 0 ? `its rubrics: ${names.join(', ')}` : 'it has no rubrics yet'),
    { field: 'rubric' },
  );
}

export async function tagIdsOf(store: Store, edition: EditionCode, names: readonly string[]) {
  return (await ensureTags(store, edition, names)).map((t) => t.id);
}
