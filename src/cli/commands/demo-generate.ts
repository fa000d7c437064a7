// `lede demo generate --stories N [--seed S]`: writes a large synthetic archive for load tests.

import { defineCommand, positiveInteger, UsageError } from '../args.js';
import { generateArchive } from '../../importers/synthetic/generate-archive.js';
import { withOneShot } from './one-shot.js';
import { progress } from './progress.js';

export default defineCommand({
  options: { stories: { type: 'string' }, seed: { type: 'string' } },
  async run({ values }, io) {
    if (values.stories === undefined) throw new UsageError('--stories is required');
    const stories = positiveInteger(values.stories, 'stories');
    const seed = values.seed === undefined ? 1 : Number(values.seed);
    if (!Number.isInteger(seed)) throw new UsageError('--seed must be a whole number');
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
  },
});
