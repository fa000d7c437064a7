// What both search indexes share through Kysely: the vocabulary for "did you mean" and the rebuild from the stories table.

import type { Kysely } from 'kysely';
import type { Block } from '../domain/blocks.js';
import type { EditionCode } from '../domain/editions.js';
import type { StoryStatus, StoryType } from '../domain/story.js';
import type { Database } from '../storage/schema.js';
import type {
  SearchDoc,
  SearchIndex,
  SearchRequest,
  SearchResult,
  VocabularyEntry,
  VocabularyProbe,
} from './port.js';
import { VOCABULARY_PER_LENGTH } from './port.js';
import type { SearchDatabase } from './schema.js';
import { searchDocOf } from './search-doc.js';

const REBUILD_BATCH = 1000;
const WORD_ROWS_PER_INSERT = 500;

type WordCounts = Map<string, { edition: string; key: string; word: string; docs: number }>;

export abstract class KyselySearchIndex implements SearchIndex {
  constructor(protected readonly db: Kysely<Database>) {}

  /** Writes the story's entry; true when the story was not in the index before. */
  protected abstract writeEntry(db: Kysely<Database>, doc: SearchDoc): Promise<boolean>;
  /** Writes the entries of stories not in the index yet (a rebuild, in batches). */
  protected async writeNewEntries(db: Kysely<Database>, docs: SearchDoc[]): Promise<void> {
    for (const doc of docs) await this.writeEntry(db, doc);
  }
  /**
   * Adds words to the vocabulary in one statement: `fresh` counts them (a story indexed for the
   * first time), otherwise only words new to the vocabulary are added.
   */
  protected abstract upsertWords(
    db: Kysely<Database>,
    edition: string,
    words: [key: string, word: string, docs: number][],
    fresh: boolean,
  ): Promise<void>;
  protected abstract removeEntry(db: Kysely<Database>, storyId: number): Promise<void>;
  /** Empties the index tables (the vocabulary is emptied by the caller). */
  protected abstract clearEntries(db: Kysely<Database>): Promise<void>;
  abstract query(request: SearchRequest): Promise<SearchResult>;

  private get words(): Kysely<SearchDatabase> {
    return this.db;
  }

  async write(doc: SearchDoc): Promise<void> {
    const fresh = await this.writeEntry(this.db, doc);
    await this.addWords(doc, fresh);
  }

  async remove(storyId: number): Promise<void> {
    await this.removeEntry(this.db, storyId);
  }

  async refresh(storyId: number): Promise<void> {
    const [doc] = await readDocs(this.db, storyId - 1, 1);
    if (doc?.id === storyId) await this.write(doc);
    else await this.remove(storyId);
  }

  /**
   * Counts the words of a story the first time it is indexed; a later version only adds the words
   * that are new to the vocabulary (the counts steer suggestions, a rebuild makes them exact).
   */
  private async addWords(doc: SearchDoc, fresh: boolean): Promise<void> {
    if (doc.words.length === 0) return;
    const rows = doc.words.map((w): [string, string, number] => [w.key, w.word, 1]);
    await this.upsertWords(this.db, doc.edition, rows, fresh);
  }

  async writeMany(docs: SearchDoc[]): Promise<void> {
    if (docs.length === 0) return;
    await this.writeNewEntries(this.db, docs);
    const counts: WordCounts = new Map();
    for (const doc of docs) countWords(counts, doc);
    const byEdition = new Map<string, [string, string, number][]>();
    for (const w of counts.values()) {
      const list = byEdition.get(w.edition) ?? [];
      list.push([w.key, w.word, w.docs]);
      byEdition.set(w.edition, list);
    }
    for (const [edition, rows] of byEdition)
      for (let i = 0; i < rows.length; i += 5000)
        await this.upsertWords(this.db, edition, rows.slice(i, i + 5000), true);
  }

  async vocabulary(probe: VocabularyProbe): Promise<VocabularyEntry[]> {
    const words = this.words.selectFrom('search_word').select(['key', 'word', 'docs']);
    const rows = await words
      .where('edition', '=', probe.edition)
      .where('key', '=', probe.key)
      .execute();
    for (let len = probe.minLength; len <= probe.maxLength; len++)
      rows.push(
        ...(await words
          .where('edition', '=', probe.edition)
          .where('first', '=', probe.first)
          .where('len', '=', len)
          .where('key', '!=', probe.key)
          .orderBy('docs', 'desc')
          .limit(VOCABULARY_PER_LENGTH)
          .execute()),
      );
    return rows.map((r) => ({ key: r.key, word: r.word, docs: Number(r.docs) }));
  }

  async bulk<T>(write: () => Promise<T>): Promise<T> {
    return write();
  }

  rebuild(onProgress?: (done: number) => void): Promise<number> {
    return this.bulk(() => this.rebuildAll(onProgress));
  }

  async restoreIndexes(_onStart?: () => void): Promise<void> {}

  private async rebuildAll(onProgress?: (done: number) => void): Promise<number> {
    await this.db.transaction().execute(async (trx) => {
      await this.clearEntries(trx);
      await (trx as unknown as Kysely<SearchDatabase>).deleteFrom('search_word').execute();
    });
    const counts: WordCounts = new Map();
    let lastId = 0;
    let done = 0;
    for (;;) {
      const docs = await readDocs(this.db, lastId, REBUILD_BATCH);
      if (docs.length === 0) break;
      await this.db.transaction().execute((trx) => this.writeNewEntries(trx, docs));
      for (const doc of docs) countWords(counts, doc);
      lastId = docs[docs.length - 1]!.id;
      done += docs.length;
      onProgress?.(done);
    }
    await this.writeCounts(counts);
    return done;
  }

  private async writeCounts(counts: WordCounts): Promise<void> {
    const all = [...counts.values()];
    await this.db.transaction().execute(async (trx) => {
      const db = trx as unknown as Kysely<SearchDatabase>;
      for (let i = 0; i < all.length; i += WORD_ROWS_PER_INSERT) {
        const rows = all.slice(i, i + WORD_ROWS_PER_INSERT).map((w) => ({
          ...w,
          first: firstChar(w.key),
          len: [...w.key].length,
        }));
        await db.insertInto('search_word').values(rows).execute();
      }
    });
  }
}

function firstChar(key: string): string {
  return String.fromCodePoint(key.codePointAt(0) ?? 32);
}

function countWords(counts: WordCounts, doc: SearchDoc): void {
  for (const w of doc.words) {
    const id = `${doc.edition}:${w.key}`;
    const entry = counts.get(id);
    if (entry) entry.docs++;
    else counts.set(id, { edition: doc.edition, key: w.key, word: w.word, docs: 1 });
  }
}

/** The index entries of the next `limit` stories after `afterId`, in id order. */
async function readDocs(
  db: Kysely<Database>,
  afterId: number,
  limit: number,
): Promise<SearchDoc[]> {
  const rows = await db
    .selectFrom('story')
    .select([
      'id',
      'edition',
      'status',
      'type',
      'rubric_id',
      'author_id',
      'title',
      'lead',
      'body',
      'published_at',
      'updated_at',
      'embargo_until',
    ])
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
  if (rows.length === 0) return [];
  const tags = await db
    .selectFrom('story_tag')
    .select(['story_id', 'tag_id'])
    .where(
      'story_id',
      'in',
      rows.map((r) => Number(r.id)),
    )
    .execute();
  const tagIds = new Map<number, number[]>();
  for (const t of tags) {
    const list = tagIds.get(Number(t.story_id)) ?? [];
    list.push(Number(t.tag_id));
    tagIds.set(Number(t.story_id), list);
  }
  return rows.map((r) =>
    searchDocOf(
      {
        id: Number(r.id),
        edition: r.edition as EditionCode,
        status: r.status as StoryStatus,
        type: r.type as StoryType,
        rubricId: Number(r.rubric_id),
        authorId: r.author_id === null ? null : Number(r.author_id),
        title: r.title,
        lead: r.lead,
        blocks: JSON.parse(r.body) as Block[],
        publishedAt: r.published_at,
        updatedAt: r.updated_at,
        embargoUntil: r.embargo_until,
      },
      tagIds.get(Number(r.id)) ?? [],
    ),
  );
}
