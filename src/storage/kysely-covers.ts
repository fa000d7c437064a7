// The covers repo written once through Kysely, on the same connection or transaction as the store.

import type { Kysely } from 'kysely';
import { focusPercent, type StoryCover } from '../domain/cover.js';
import type { CoverRepo, StoredCover } from './cover-port.js';
import { toMedia } from './kysely-media.js';
import type { MediaRecord } from './media-port.js';
import type { Database } from './schema.js';

export class KyselyCoverRepo implements CoverRepo {
  constructor(private readonly db: Kysely<Database>) {}

  private media() {
    return this.db
      .selectFrom('media')
      .leftJoin('app_user', 'app_user.id', 'media.uploaded_by')
      .selectAll('media')
      .select('app_user.name as uploaded_by_name');
  }

  async set(storyId: number, cover: StoryCover | null): Promise<void> {
    await this.db.deleteFrom('story_cover').where('story_id', '=', storyId).execute();
    if (!cover) return;
    await this.db
      .insertInto('story_cover')
      .values({
        story_id: storyId,
        media_id: cover.mediaId,
        alt: cover.alt,
        caption: cover.caption,
        credit: cover.credit,
        focus_x: cover.focus.x,
        focus_y: cover.focus.y,
      })
      .execute();
  }

  async ofStories(storyIds: readonly number[]): Promise<Map<number, StoredCover>> {
    const found = new Map<number, StoredCover>();
    if (storyIds.length === 0) return found;
    const rows = await this.db
      .selectFrom('story_cover')
      .innerJoin('media', 'media.id', 'story_cover.media_id')
      .leftJoin('app_user', 'app_user.id', 'media.uploaded_by')
      .selectAll('media')
      .select([
        'app_user.name as uploaded_by_name',
        'story_cover.story_id as cover_story',
        'story_cover.alt as cover_alt',
        'story_cover.caption as cover_caption',
        'story_cover.credit as cover_credit',
        'story_cover.focus_x as cover_x',
        'story_cover.focus_y as cover_y',
      ])
      .where('story_cover.story_id', 'in', [...new Set(storyIds)])
      .execute();
    for (const r of rows) {
      const media = toMedia(r);
      found.set(Number(r.cover_story), {
        storyId: Number(r.cover_story),
        media,
        cover: {
          mediaId: media.id,
          alt: r.cover_alt,
          caption: r.cover_caption,
          credit: r.cover_credit,
          focus: { x: Number(r.cover_x), y: Number(r.cover_y) },
        },
      });
    }
    return found;
  }

  async mediaByKey(key: string): Promise<MediaRecord | null> {
    const row = await this.media().where('media.key', '=', key).executeTakeFirst();
    return row ? toMedia(row) : null;
  }

  async focusesOf(mediaId: number): Promise<{ x: number; y: number }[]> {
    const rows = await this.db
      .selectFrom('story_cover')
      .select(['focus_x', 'focus_y'])
      .where('media_id', '=', mediaId)
      .execute();
    return rows.map((r) => focusPercent({ x: Number(r.focus_x), y: Number(r.focus_y) }));
  }
}
