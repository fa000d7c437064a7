// `lede ingest remove --name N`: stops polling a source and drops its incoming items (drafts taken from it stay).

import { SYSTEM } from '../../domain/actor.js';
import { removeIngestSource } from '../../operations/ingest.js';
import { defineCommand, required } from '../args.js';
import { withOneShot } from './one-shot.js';

export default defineCommand({
  options: { name: { type: 'string' } },
  async run({ values }, io) {
    const name = required(values.name, 'name');
    return withOneShot(async (lede) => {
      await removeIngestSource(lede.deps, SYSTEM, name);
      io.err(`source "${name}" removed`);
      return 0;
    });
  },
});
