// What both search indexes share through Kysely: the indexing port, the vocabulary for "did you mean" and the rebuild from the stories.

import type { Kysely } from 'kysely';
import type { IndexedStories, IndexedStory } from '../storage/story-index-port.js';
import { SEARCH_PAIRS_MIGRATION } from './migrations/0007-search-pairs.js';
import type {
  SearchDoc,
  SearchIndex,
  SearchRequest,
  SearchResult,
  TermMatchRequest,
  TermMatches,
  VocabularyEntry,
  VocabularyProbe,
} from './port.js';
import { VOCABULARY_PER_LENGTH } from './port.js';
import type { SearchDatabase } from './schema.js';
import { searchDocOf, searchDocSliced } from './search-doc.js';

const REBUILD_BATCH = 1000;
/** Queue rows read at a time by drain(). */
const QUEUE_BATCH = 50;

/** Gives the event loop back: what is waiting (readers' requests) runs before the indexer goes on. */
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

let queueCounter = 0;
/** A value that differs from every earlier one of this story's queue row (milliseconds, then a counter). */
function nextQueueSeq(): number {
  queueCounter = (queueCounter + 1) % 1024;
  return Date.now() * 1024 + queueCounter;
}
const WORD_ROWS_PER_INSERT = 500;

type WordCounts = Map<string, { edition: string; key: string; word: string; docs: number }>;

export abstract class KyselySearchIndex implements SearchIndex {
  constructor(
    protected readonly db: Kysely<SearchDatabase>,
    /** The stories, read back on the same connection or transaction (refresh, rebuild). */
    protected readonly stories: IndexedStories,
  ) {}

  /** Writes the story's entry; true when the story was not in the index before. */
  protected abstract writeEntry(db: Kysely<SearchDatabase>, doc: SearchDoc): Promise<boolean>;
  /** Writes the entries of stories not in the index yet (a rebuild, in batches). */
  protected async writeNewEntries(db: Kysely<SearchDatabase>, docs: SearchDoc[]): Promise<void> {
    for (const doc of docs) await this.writeEntry(db, doc);
  }
  /**
   * Adds words to the vocabulary in one statement: `fresh` counts them (a story indexed for the
   * first time), otherwise only words new to the vocabulary are added.
   */
  protected abstract upsertWords(
    db: Kysely<SearchDatabase>,
    edition: string,
    words: [key: string, word: string, docs: number][],
    fresh: boolean,
  ): Promise<void>;
  protected abstract removeEntry(db: Kysely<SearchDatabase>, storyId: number): Promise<void>;
  /** Empties the index tables (the vocabulary is emptied by the caller). */
  protected abstract clearEntries(db: Kysely<SearchDatabase>): Promise<void>;
  abstract query(request: SearchRequest): Promise<SearchResult>;
  abstract termMatches(request: TermMatchRequest): Promise<TermMatches>;

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

  /** Whether drain() locks a queue row it indexes (PostgreSQL: two processes may drain at once). */
  protected readonly locksQueueRows: boolean = false;

  async queue(storyId: number): Promise<void> {
    await this.db
      .insertInto('search_queue')
      .values({ story_id: storyId, seq: nextQueueSeq() })
      .onConflict((oc) =>
        oc.column('story_id').doUpdateSet((eb) => ({ seq: eb.ref('excluded.seq') })),
      )
      .execute();
  }

  /** The previous drain of this index (one at a time in a process; a new call runs after it). */
  private draining: Promise<number> = Promise.resolve(0);

  drain(): Promise<number> {
    const run = this.draining.then(
      () => this.drainAll(),
      () => this.drainAll(),
    );
    this.draining = run;
    return run;
  }

  async queued(): Promise<number> {
    const row = await this.db
      .selectFrom('search_queue')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  private async drainAll(): Promise<number> {
    let done = 0;
    for (;;) {
      const rows = await this.db
        .selectFrom('search_queue')
        .select(['story_id', 'seq'])
        .orderBy('seq')
        .limit(QUEUE_BATCH)
        .execute();
      if (rows.length === 0) return done;
      for (const row of rows) {
        if (await this.indexQueued(Number(row.story_id), String(row.seq))) done++;
        await pause();
      }
    }
  }

  /**
   * Indexes one queued story: reads and analyses it outside any transaction, in slices that give
   * the event loop back, then writes its entry and removes its queue row in one short
   * transaction, only if the row still holds `seq` (else the story changed meanwhile, and the
   * row is taken again with its new value). True when it was indexed.
   */
  private async indexQueued(storyId: number, seq: string): Promise<boolean> {
    const [story] = await this.stories.after(storyId - 1, 1);
    const doc = story?.id === storyId ? await searchDocSliced(story, story.tagIds, pause) : null;
    return this.db.transaction().execute(async (trx) => {
      const db = trx as unknown as Kysely<SearchDatabase>;
      const q = db.selectFrom('search_queue').select('seq').where('story_id', '=', storyId);
      const now = await (this.locksQueueRows ? q.forUpdate() : q).executeTakeFirst();
      if (!now || String(now.seq) !== seq) return false;
      if (doc) {
        const fresh = await this.writeEntry(db, doc);
        if (doc.words.length > 0)
          await this.upsertWords(
            db,
            doc.edition,
            doc.words.map((w): [string, string, number] => [w.key, w.word, 1]),
            fresh,
          );
      } else await this.removeEntry(db, storyId);
      await db
        .deleteFrom('search_queue')
        .where('story_id', '=', storyId)
        .where('seq', '=', now.seq)
        .execute();
      return true;
    });
  }

  async index(story: IndexedStory): Promise<void> {
    await this.write(searchDocOf(story, story.tagIds));
  }

  async indexNew(stories: IndexedStory[]): Promise<void> {
    await this.writeMany(stories.map((story) => searchDocOf(story, story.tagIds)));
  }

  async refresh(storyId: number): Promise<void> {
    const [story] = await this.stories.after(storyId - 1, 1);
    if (story?.id === storyId) await this.index(story);
    else await this.remove(storyId);
  }

  async upgrade(ran: readonly string[], say?: (message: string) => void): Promise<void> {
    // A migration that changed what the index keeps emptied it: fill it from the stories.
    if (ran.includes(SEARCH_PAIRS_MIGRATION) && (await this.stories.after(0, 1)).length > 0) {
      say?.('filling the search index again from the stories');
      await this.rebuild();
    }
    await this.restoreIndexes(() =>
      say?.('building the search indexes: minutes on a large archive, searches wait for them'),
    );
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
      // Every story is indexed below as it is now: what was queued is done by this.
      await (trx as unknown as Kysely<SearchDatabase>).deleteFrom('search_queue').execute();
      await this.clearEntries(trx);
      await (trx as unknown as Kysely<SearchDatabase>).deleteFrom('search_word').execute();
    });
    const counts: WordCounts = new Map();
    let lastId = 0;
    let done = 0;
    for (;;) {
      const docs = (await this.stories.after(lastId, REBUILD_BATCH)).map((story) =>
        searchDocOf(story, story.tagIds),
      );
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
