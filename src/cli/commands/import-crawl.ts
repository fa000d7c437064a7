// `lede import crawl [--json] PATH...`: imports crawled pages (files or folders) and prints each story's URL.

import { defineCommand } from '../args.js';
import { importCrawlFiles } from '../../importers/import-crawl-files.js';
import { withOneShot } from './one-shot.js';

export default defineCommand({
  options: { json: { type: 'boolean', default: false } },
  positionals: { min: 1, max: Infinity },
  async run({ values, positionals }, io) {
    return withOneShot(async (lede) => {
      const results = await importCrawlFiles(lede.deps, positionals);
      if (values.json) io.out(JSON.stringify(results, null, 2));
      else
        for (const r of results)
          if (r.ok) io.out(`${r.file}\t${r.url}`);
          else io.err(`error: ${r.error}`);
      const failed = results.filter((r) => !r.ok).length;
      if (!values.json) io.err(`${results.length - failed} imported, ${failed} failed`);
      return results.length === 0 ? 1 : failed > 0 ? 1 : 0;
    });
  },
});
