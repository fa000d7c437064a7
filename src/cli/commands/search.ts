// `lede reindex` and `lede demo generate`: rebuild the search index; write a large synthetic archive.

import { parseArgs } from 'node:util';
import { generateArchive } from '../../importers/synthetic/generate-archive.js';
import { withOneShot } from './one-shot.js';
import { UsageError, type Io } from './io.js';

export const SEARCH_USAGE = `  reindex                       rebuild the search index from the stories
  demo generate --stories N [--seed S]
                                write N synthetic stories (three editions, ten years) for load tests
`;

function progress(io: Io, label: string, total?: number) {
  const started = Date.now();
  let last = 0;
  return (done: number) => {
    if (Date.now() - last < 2000 && done !== total) return;
    last = Date.now();
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    io.err(`${label}: ${done}${total ? ` of ${total}` : ''} (${seconds} s)`);
  };
}

export async function reindex(io: Io): Promise<number> {
  return withOneShot(async (lede) => {
    const started = Date.now();
    const n = await lede.deps.store.search.rebuild(progress(io, 'indexed'));
    io.out(`indexed ${n} stories in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  });
}

export async function demoGenerate(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { stories: { type: 'string' }, seed: { type: 'string' } },
  });
  const stories = Number(values.stories);
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isInteger(stories) || stories < 1 || !Number.isInteger(seed))
    throw new UsageError('Usage: lede demo generate --stories N [--seed S]');
  return withOneShot(async (lede) => {
    const started = Date.now();
    const n = await generateArchive(lede.deps, {
      stories,
      seed,
      now: lede.deps.clock.now(),
      onProgress: progress(io, 'written', stories),
    });
    io.out(`wrote ${n} stories in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  });
}
