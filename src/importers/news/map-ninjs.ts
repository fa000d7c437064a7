// Reads ninjs 1.x, 2.x and 3.x documents into news items (3.x's camelCase names are read as 2.x's lowercase ones).

import { isStoryType } from '../../domain/story.js';
import { htmlBlocks, textBlocks } from './markup-blocks.js';
import {
  emptyItem,
  isoTime,
  type NewsItem,
  type NewsPubStatus,
  type Rendition,
} from './news-item.js';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';

/** Every key lowercased, at every depth: ninjs 3 writes "versionCreated" for 2's "versioncreated". */
function lowerKeys(value: unknown, depth = 0): unknown {
  if (depth > 20) return null;
  if (Array.isArray(value)) return value.map((v) => lowerKeys(v, depth + 1));
  if (!isObject(value)) return value;
  const out: Json = {};
  for (const [k, v] of Object.entries(value)) out[k.toLowerCase()] = lowerKeys(v, depth + 1);
  return out;
}

/** A ninjs 2/3 list of objects, or a 1.x object keyed by name (its keys become `name`). */
function namedList(value: unknown): Json[] {
  if (Array.isArray(value)) return value.filter(isObject);
  if (isObject(value))
    return Object.entries(value).flatMap(([name, v]) => (isObject(v) ? [{ name, ...v }] : []));
  return [];
}

/** 1.x fields named "<prefix>_<role>" (headline_main, body_html) as role/value pairs. */
function prefixed(
  doc: Json,
  prefix: string,
): { role: string; value: string; contenttype: string }[] {
  return Object.entries(doc).flatMap(([k, v]) =>
    (k === prefix || k.startsWith(`${prefix}_`)) && typeof v === 'string'
      ? [{ role: k.slice(prefix.length + 1) || 'main', value: v, contenttype: '' }]
      : [],
  );
}

function texts(doc: Json, plural: string, singular: string) {
  const list = Array.isArray(doc[plural])
    ? (doc[plural] as unknown[]).filter(isObject).map((o) => ({
        role: str(o.role) || 'main',
        value: str(o.value),
        contenttype: str(o.contenttype),
      }))
    : prefixed(doc, singular);
  return list.filter((t) => t.value.trim());
}

const looksHtml = (s: string, type: string) =>
  /html|xml/.test(type) ||
  /<(p|div|br|h[1-6]|ul|ol|blockquote|figure|section|strong|em|a)\b/i.test(s);

function pick<T extends { role: string }>(list: T[], roles: string[]): T | undefined {
  for (const role of roles) {
    const found = list.find((t) => t.role.toLowerCase() === role);
    if (found) return found;
  }
  return list[0];
}

const stripTags = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function names(value: unknown): string[] {
  return namedList(value)
    .map((o) => str(o.name).trim())
    .filter(Boolean);
}

/** A picture's caption (description_text, else its headline) and credit (copyright holder, else byline). */
function pictureTexts(o: Record<string, unknown>): { caption?: string; credit?: string } {
  const caption = (str(o.description_text) || str(o.headline)).replace(/\s+/g, ' ').trim();
  const credit = (str(o.copyrightholder) || str(o.byline) || str(o.by)).replace(/\s+/g, ' ').trim();
  return { ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
}

function renditionsOf(value: unknown): Rendition[] {
  return namedList(value).flatMap((r) => {
    const href = str(r.href).trim();
    if (!href) return [];
    const width = Number(r.width);
    const height = Number(r.height);
    return [
      {
        href,
        contentType: str(r.contenttype) || str(r.mimetype),
        name: str(r.name),
        ...(Number.isInteger(width) && width > 0 ? { width } : {}),
        ...(Number.isInteger(height) && height > 0 ? { height } : {}),
      },
    ];
  });
}

function pubStatus(value: unknown): NewsPubStatus {
  const s = str(value).toLowerCase();
  return s === 'withheld' || s === 'canceled' || s === 'cancelled'
    ? s === 'withheld'
      ? 'withheld'
      : 'canceled'
    : 'usable';
}

/** One ninjs document as a news item; null when it has no identifier. */
export function mapNinjs(raw: unknown): NewsItem | null {
  const doc = lowerKeys(raw);
  if (!isObject(doc)) return null;
  const guid = str(doc.uri).trim() || str(doc.guid).trim();
  if (!guid) return null;
  const item = emptyItem(guid);
  item.version = str(doc.version);
  item.language = str(doc.language);
  item.pubStatus = pubStatus(doc.pubstatus);
  item.edNote = str(doc.ednote);
  item.title = (pick(texts(doc, 'headlines', 'headline'), ['main'])?.value ?? '').trim();
  const lead = pick(texts(doc, 'descriptions', 'description'), ['summary', 'text', 'main']);
  if (lead)
    item.lead = looksHtml(lead.value, lead.contenttype) ? stripTags(lead.value) : lead.value.trim();
  const bodies = texts(doc, 'bodies', 'body');
  const html = bodies.find((b) => looksHtml(b.value, b.contenttype));
  const body = html ?? pick(bodies, ['main', 'text', 'plain']);
  if (body) item.blocks = html ? htmlBlocks(html.value) : textBlocks(body.value);

  const subjects = namedList(doc.subjects ?? doc.subject);
  for (const s of subjects) {
    const name = str(s.name).trim();
    if (!name) continue;
    const rel = str(s.rel).toLowerCase();
    if (rel === 'section') item.sections.push(name);
    else if (rel === 'tag') item.tags.push(name);
    else item.subjects.push(name);
  }
  if (Array.isArray(doc.keywords))
    item.tags.push(
      ...doc.keywords
        .map(str)
        .map((k) => k.trim())
        .filter(Boolean),
    );
  item.places = names(doc.places ?? doc.place);
  item.people = names(doc.people ?? doc.person);
  item.author = (str(doc.by) || str(doc.byline)).trim();
  const genre = namedList(doc.genres ?? doc.genre)
    .map((g) => str(g.literal) || str(g.name).toLowerCase())
    .find(isStoryType);
  if (genre) item.type = genre;
  else if (str(doc.type) === 'picture') item.type = 'photo';
  else if (str(doc.type) === 'video') item.type = 'video';
  item.slug = str(doc.slugline).trim();
  item.publishedAt =
    isoTime(doc.contentcreated) || isoTime(doc.firstcreated) || isoTime(doc.versioncreated);
  item.updatedAt = isoTime(doc.versioncreated);

  const altids = Array.isArray(doc.altids)
    ? doc.altids.filter(isObject).map((a) => ({ role: str(a.role), value: str(a.value) }))
    : isObject(doc.altids)
      ? Object.entries(doc.altids).map(([role, value]) => ({ role, value: str(value) }))
      : [];
  item.translationGroup = altids.find((a) => a.role === 'lede:translation-group')?.value ?? '';

  item.renditions = renditionsOf(doc.renditions).map((r) => ({ ...r, ...pictureTexts(doc) }));
  for (const a of namedList(doc.associations)) {
    const name = str(a.name);
    if (name.startsWith('translation-') && str(a.uri)) item.translations.push(str(a.uri));
    else if (str(a.type) === 'picture' || str(a.type) === 'graphic') {
      const best = bestPicture(renditionsOf(a.renditions));
      if (best)
        item.renditions.push({ ...best, name: name || best.name || '', ...pictureTexts(a) });
    }
  }
  return item;
}

/** The picture to keep of an item's renditions: the widest image. */
export function bestPicture(renditions: Rendition[]): Rendition | undefined {
  const images = renditions.filter(
    (r) => r.contentType.startsWith('image/') || /\.(jpe?g|png|gif|webp)$/i.test(r.href),
  );
  return images.sort((a, b) => (b.width ?? 0) - (a.width ?? 0))[0];
}

/** The items of a ninjs file: one document, an array of them, or a list with `items`. */
export function ninjsDocuments(parsed: unknown): unknown[] {
  if (Array.isArray(parsed)) return parsed;
  if (isObject(parsed) && Array.isArray(parsed.items) && !('uri' in parsed)) return parsed.items;
  return [parsed];
}
