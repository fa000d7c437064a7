// `lede demo load [--force]`: loads the demo archive (only into an empty database unless --force).

import { defineCommand } from '../args.js';
import { loadDemoArchive } from '../../importers/load-demo.js';
import { withOneShot } from './one-shot.js';

export default defineCommand({
  options: { force: { type: 'boolean', default: false } },
  async run({ values }, io) {
    return withOneShot(async (lede) => {
      const n = await loadDemoArchive(lede.deps, { force: values.force });
      io.out(n > 0 ? `loaded ${n} demo stories` : 'the database has stories already; use --force');
      return 0;
    });
  },
});
