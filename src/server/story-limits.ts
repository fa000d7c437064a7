// Story size limits no newsroom meets but that stop abuse: request bytes (413), blocks and characters of text (422).

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { LedeError } from '../domain/errors.js';

export const STORY_LIMITS = {
  /** Bytes of one story request (JSON): a very long story with its markup is under 1 MB. */
  bytes: 4 * 1024 * 1024,
  /** Blocks of one story, those inside questions, answers and lists included. */
  blocks: 5_000,
  /** Characters of text in all of one story's fields (a 150,000-word story is about 1,000,000). */
  textChars: 1_000_000,
};

const WRITES = new Set(['POST', 'PUT', 'PATCH']);
const writesStory = (req: FastifyRequest) =>
  WRITES.has(req.method) && req.url.startsWith('/api/stories');

/** Blocks (objects with a type) in a body's block tree, and characters of every string in it. */
export function measure(value: unknown, inBlocks = false): { blocks: number; chars: number } {
  if (typeof value === 'string') return { blocks: 0, chars: value.length };
  if (value === null || typeof value !== 'object') return { blocks: 0, chars: 0 };
  let blocks = inBlocks && !Array.isArray(value) && 'type' in value ? 1 : 0;
  let chars = 0;
  for (const [key, child] of Object.entries(value)) {
    const m = measure(child, inBlocks || key === 'blocks');
    blocks += m.blocks;
    chars += m.chars;
  }
  return { blocks, chars };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function registerStoryLimits(app: FastifyInstance, limits = STORY_LIMITS): void {
  app.addHook('onRequest', async (req) => {
    if (!writesStory(req)) return;
    const length = Number(req.headers['content-length']);
    if (length > limits.bytes)
      throw new LedeError(
        'too_large',
        `the story request is ${mb(length)}; a story may be at most ${mb(limits.bytes)}`,
        { limit: limits.bytes },
      );
  });
  app.addHook('preValidation', async (req) => {
    if (!writesStory(req) || req.body === null || typeof req.body !== 'object') return;
    const { blocks, chars } = measure(req.body);
    if (blocks > limits.blocks)
      throw new LedeError(
        'story_too_long',
        `blocks: the story has ${blocks} blocks; a story may have at most ${limits.blocks}`,
        { field: 'blocks', limit: limits.blocks },
      );
    if (chars > limits.textChars)
      throw new LedeError(
        'story_too_long',
        `the story has ${chars} characters of text; a story may have at most ${limits.textChars}`,
        { limit: limits.textChars },
      );
  });
}
