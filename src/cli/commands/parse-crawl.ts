// `lede parse crawl FILE`: prints the story a crawled page holds, as JSON; stores nothing.

import { readFile } from 'node:fs/promises';
import { defineCommand } from '../args.js';
import { LedeError } from '../../domain/errors.js';
import { parseCrawlPage } from '../../importers/crawl/parse-crawl.js';
import { loadConfig } from '../../server/config.js';

export default defineCommand({
  options: {},
  positionals: { min: 1, max: 1 },
  async run({ positionals: [file = ''] }, io) {
    const bytes = await readFile(file).catch((e: NodeJS.ErrnoException) => {
      throw new LedeError('parse_failed', `${file}: cannot read the file (${e.code ?? e.message})`);
    });
    const story = parseCrawlPage(bytes, { file, timeZone: loadConfig().timeZone });
    io.out(JSON.stringify(story, null, 2));
    return 0;
  },
});
