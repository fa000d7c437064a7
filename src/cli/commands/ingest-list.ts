// `lede ingest list`: each wire source with its last poll, last error and item counts.

import { SYSTEM } from '../../domain/actor.js';
import { listIngestSources } from '../../operations/ingest.js';
import { defineCommand } from '../args.js';
import { withOneShot } from './one-shot.js';

export default defineCommand({
  options: { json: { type: 'boolean', default: false } },
  async run({ values }, io) {
    return withOneShot(async (lede) => {
      const sources = await listIngestSources(lede.deps, SYSTEM);
      if (values.json) io.out(JSON.stringify(sources, null, 2));
      else
        for (const s of sources)
          io.out(
            [
              s.id,
              s.name,
              s.url ?? s.dir,
              s.format,
              s.edition,
              `every ${s.everySeconds}s`,
              `last poll ${s.lastPollAt ?? 'never'}`,
              `${s.counts.incoming} incoming, ${s.counts.taken} taken, ${s.counts.withdrawn} withdrawn, ${s.counts.failed} failed`,
              s.lastError ? `error: ${s.lastError}` : 'ok',
            ].join('\t'),
          );
      return 0;
    });
  },
});
