// The media repo written once through Kysely, on the same connection or transaction as the store.

import { sql, type Kysely, type Selectable, type SqlBool } from 'kysely';
import type { EditionCode } from '../domain/editions.js';
import type { StoryStatus } from '../domain/story.js';
import { nameKey } from '../domain/taxonomy.js';
import type {
  MediaPage,
  MediaPatch,
  MediaQuery,
  MediaRecord,
  MediaRepo,
  MediaUse,
  MediaVariantRecord,
  NewMedia,
} from './media-port.js';
import type { Database } from './schema.js';
import type { MediaTable } from './schema-media.js';

export type MediaRow = Row;
type Row = Selectable<MediaTable> & { uploaded_by_name: string | null };

export function toMedia(r: Row): MediaRecord {
  return {
    id: Number(r.id),
    key: r.key,
    hash: r.hash,
    originalName: r.original_name,
    mime: r.mime,
    width: Number(r.width),
    height: Number(r.height),
    bytes: Number(r.bytes),
    alt: r.alt,
    caption: r.caption,
    credit: r.credit,
    uploadedBy: r.uploaded_by === null ? null : Number(r.uploaded_by),
    uploadedByName: r.uploaded_by_name,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    variants: JSON.parse(r.variants) as MediaVariantRecord[],
  };
}

const searchKey = (m: Pick<MediaRecord, 'originalName' | 'alt' | 'caption' | 'credit'>) =>
  nameKey([m.originalName, m.alt, m.caption ?? '', m.credit ?? ''].join(' \u2022 '));

/** `%text%` for LIKE, case-folded; % and _ typed by people are matched as themselves. */
const likeOf = (text: string) => `%${nameKey(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export class KyselyMediaRepo implements MediaRepo {
  constructor(private readonly db: Kysely<Database>) {}

  private select() {
    return this.db
      .selectFrom('media')
      .leftJoin('app_user', 'app_user.id', 'media.uploaded_by')
      .selectAll('media')
      .select('app_user.name as uploaded_by_name');
  }

  async insert(m: NewMedia): Promise<MediaRecord> {
    const row = await this.db
      .insertInto('media')
      .values({
        key: m.key,
        hash: m.hash,
        original_name: m.originalName,
        mime: m.mime,
        width: m.width,
        height: m.height,
        bytes: m.bytes,
        alt: m.alt,
        caption: m.caption,
        credit: m.credit,
        uploaded_by: m.uploadedBy,
        created_at: m.createdAt,
        updated_at: m.createdAt,
        variants: JSON.stringify(m.variants),
        search_key: searchKey(m),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return (await this.findById(Number(row.id)))!;
  }

  async findById(id: number): Promise<MediaRecord | null> {
    const row = await this.select().where('media.id', '=', id).executeTakeFirst();
    return row ? toMedia(row) : null;
  }

  async list(query: MediaQuery): Promise<MediaPage> {
    let q = this.db.selectFrom('media');
    const text = query.text?.trim();
    if (text) q = q.where(sql<SqlBool>`media.search_key like ${likeOf(text)} escape '\\'`);
    const [count, rows] = await Promise.all([
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      q
        .leftJoin('app_user', 'app_user.id', 'media.uploaded_by')
        .selectAll('media')
        .select('app_user.name as uploaded_by_name')
        .orderBy('media.created_at', 'desc')
        .orderBy('media.id', 'desc')
        .limit(query.limit)
        .offset(query.offset ?? 0)
        .execute(),
    ]);
    return { items: rows.map(toMedia), total: Number(count.n) };
  }

  async update(id: number, patch: MediaPatch): Promise<MediaRecord | null> {
    const current = await this.findById(id);
    if (!current) return null;
    const next = {
      ...current,
      ...(patch.alt !== undefined ? { alt: patch.alt } : {}),
      ...(patch.caption !== undefined ? { caption: patch.caption } : {}),
      ...(patch.credit !== undefined ? { credit: patch.credit } : {}),
    };
    await this.db
      .updateTable('media')
      .set({
        alt: next.alt,
        caption: next.caption,
        credit: next.credit,
        updated_at: patch.updatedAt,
        search_key: searchKey(next),
      })
      .where('id', '=', id)
      .execute();
    return this.findById(id);
  }

  async delete(id: number): Promise<boolean> {
    const result = await this.db.deleteFrom('media').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async storiesUsing(key: string): Promise<MediaUse[]> {
    // Keys are hex and a dash, so nothing in them needs escaping in LIKE.
    const rows = await this.db
      .selectFrom('story')
      .select(['id', 'edition', 'title', 'status'])
      .where((eb) =>
        eb.or([
          eb('body', 'like', `%/media/${key}/%`),
          // A story whose cover is this item uses it too.
          eb(
            'id',
            'in',
            eb
              .selectFrom('story_cover')
              .innerJoin('media', 'media.id', 'story_cover.media_id')
              .select('story_cover.story_id')
              .where('media.key', '=', key),
          ),
        ]),
      )
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      storyId: Number(r.id),
      edition: r.edition as EditionCode,
      title: r.title,
      status: r.status as StoryStatus,
    }));
  }
}
