// `lede demo generate`: a large synthetic archive (three editions, rubrics, tags, interviews, ten years oldest first), written in batches.

import type { Block } from '../../domain/blocks.js';
import type { EditionCode } from '../../domain/editions.js';
import { slugify } from '../../domain/slug.js';
import type { StoryStatus, StoryType } from '../../domain/story.js';
import type { Actor } from '../../domain/actor.js';
import type { Deps } from '../../operations/deps.js';
import { ensureRubric } from '../../operations/taxonomy.js';
import { writeStories } from '../../operations/write-stories.js';
import type { StoryFields } from '../../operations/write-story.js';
import { DEMO_RUBRICS } from '../demo/rubrics.js';
import { randomSource, TextGenerator } from './text-generator.js';

export interface GenerateOptions {
  stories: number;
  /** The archive ends here and reaches ten years back. */
  now: Date;
  seed?: number;
  /** Stories per transaction. */
  batch?: number;
  editions?: EditionCode[];
  onProgress?: (done: number) => void;
}

/** From this many stories on, indexes are built after the writes rather than grown during them. */
const BULK_FROM = 20_000;
const TEN_YEARS_MS = 10 * 365.25 * 86400 * 1000;
const TYPES: [StoryType, number][] = [
  ['news', 0.7],
  ['interview', 0.08],
  ['opinion', 0.07],
  ['analysis', 0.07],
  ['photo', 0.04],
  ['video', 0.03],
  ['live', 0.01],
];
const AUTHORS = [
  'Aysel Məmmədova',
  'Rauf Hüseynov',
  'Leyla Quliyeva',
  'Orxan Əliyev',
  'Nigar Kazımova',
];

/** Who the synthetic archive's revisions and audit lines name. */
export const SYNTHETIC_WRITER: Actor = { kind: 'system', name: 'synthetic archive' };

interface EditionSetup {
  text: TextGenerator;
  rubrics: string[];
}

function pickType(r: number): StoryType {
  let sum = 0;
  for (const [type, share] of TYPES) {
    sum += share;
    if (r < sum) return type;
  }
  return 'news';
}

function paragraph(text: string): Block {
  return { type: 'paragraph', content: [{ text }] };
}

function body(gen: TextGenerator, type: StoryType, rand: () => number): Block[] {
  if (type === 'interview') {
    const speaker = gen.pick(gen.speakers);
    const blocks: Block[] = [paragraph(gen.paragraph())];
    const pairs = 3 + Math.floor(rand() * 4);
    for (let i = 0; i < pairs; i++) {
      blocks.push({
        type: 'question',
        content: [{ type: 'paragraph', content: [{ text: gen.question() }] }],
      });
      blocks.push({
        type: 'answer',
        speaker,
        content: [{ type: 'paragraph', content: [{ text: gen.paragraph() }] }],
      });
    }
    return blocks;
  }
  const n = 3 + Math.floor(rand() * 5);
  return Array.from({ length: n }, () => paragraph(gen.paragraph()));
}

function setUp(edition: EditionCode, seed: number): EditionSetup {
  const text = new TextGenerator(edition, randomSource(seed + edition.charCodeAt(1)));
  return { text, rubrics: Object.values(DEMO_RUBRICS[edition]) };
}

/**
 * Writes `stories` synthetic stories in batches through the story write's bulk form (each story
 * with its revision; rubrics, tags and authors made by name on the way); the search index
 * follows. Returns how many.
 */
export async function generateArchive(deps: Deps, options: GenerateOptions): Promise<number> {
  const seed = options.seed ?? 1;
  const rand = randomSource(seed);
  const editions = options.editions ?? (['az', 'ru', 'en'] as EditionCode[]);
  const setups = new Map<EditionCode, EditionSetup>();
  for (const edition of editions) setups.set(edition, setUp(edition, seed));
  // The rubrics first, in their order, so the menu lists them as the demo archive does.
  await deps.store.transaction(async (store) => {
    for (const edition of editions)
      for (const path of setups.get(edition)!.rubrics) await ensureRubric(store, edition, path);
  });
  const run = `${seed.toString(36)}${Date.now().toString(36).slice(-4)}`;
  // A bulk write in larger batches: fewer commits, and FTS5 writes larger segments.
  const batch = options.batch ?? (options.stories >= BULK_FROM ? 2000 : 500);
  const end = options.now.getTime();
  let done = 0;
  const write = async () => {
    while (done < options.stories) {
      const size = Math.min(batch, options.stories - done);
      const writes: StoryFields[] = [];
      for (let i = 0; i < size; i++) {
        const n = done + i;
        const edition = editions[n % editions.length]!;
        const { text, rubrics } = setups.get(edition)!;
        const type = pickType(rand());
        const title = text.sentence(5, 10).replace(/\.$/, '');
        const roll = rand();
        const status: StoryStatus =
          roll < 0.97 ? 'published' : roll < 0.99 ? 'draft' : 'unpublished';
        // Oldest first, as an archive grows: story ids and the table's rows follow publication
        // time, as they do in a newsroom (PostgreSQL then finds an edition's recent stories on
        // neighbouring pages).
        const at = new Date(
          end - TEN_YEARS_MS + ((n + rand()) / options.stories) * TEN_YEARS_MS,
        ).toISOString();
        const tags = Array.from({ length: Math.floor(rand() * 4) }, () => text.pick(text.names));
        const write: StoryFields = {
          edition,
          type,
          status,
          title,
          slug: `${slugify(title.split(' ').slice(0, 5).join(' '), edition).slice(0, 60)}-${run}${n.toString(36)}`,
          lead: text.sentence(14, 26),
          blocks: body(text, type, rand),
          rubric: text.pick(rubrics),
          author: rand() < 0.6 ? text.pick(AUTHORS) : null,
          tags: [...new Set(tags)],
          publishedAt: status === 'draft' ? null : at,
          updatedAt: at,
          translationGroup: null,
          translatedFromVersion: null,
          sourceKey: null,
          ...(status === 'unpublished' ? { unpublishedReason: 'synthetic' } : {}),
        };
        writes.push(write);
      }
      // One transaction and a few statements per batch: stories, tags, revisions, search entries.
      await writeStories(deps, SYNTHETIC_WRITER, {
        stories: writes,
        at: options.now.toISOString(),
        action: 'story.generate',
      });
      done += size;
      options.onProgress?.(done);
    }
  };
  // A large archive is written as a bulk write: the text indexes are built once, at the end.
  await (options.stories >= BULK_FROM ? deps.store.search.bulk(write) : write());
  return done;
}
