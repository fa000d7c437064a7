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
import { searchDocOf } from './search-doc.js';

const REBUILD_BATCH = 1000;
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
