// `lede reindex`: rebuilds the search index from the stories.

import { defineCommand } from '../args.js';
import { withOneShot } from './one-shot.js';
import { progress } from './progress.js';

export default defineCommand({
  options: {},
  async run(_args, io) {
    return withOneShot(async (lede) => {
      const started = Date.now();
      const n = await lede.deps.store.search.rebuild(progress(io, 'indexed'));
      io.out(`indexed ${n} stories in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return 0;
    });
  },
});
