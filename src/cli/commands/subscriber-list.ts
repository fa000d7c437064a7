// `lede subscriber list`: lists the subscribers of the content API, one a line.

import { SYSTEM } from '../../domain/actor.js';
import { listSubscribers } from '../../operations/subscribers.js';
import { defineCommand } from '../args.js';
import { withOneShot } from './one-shot.js';

export default defineCommand({
  options: {},
  async run(_args, io) {
    return withOneShot(async (lede) => {
      for (const s of await listSubscribers(lede.deps, SYSTEM))
        io.out(
          [
            s.id,
            s.name,
            s.revokedAt ? `revoked ${s.revokedAt}` : 'active',
            s.rateLimit === null ? 'default limit' : `${s.rateLimit}/min`,
            s.lastUsedAt ? `last used ${s.lastUsedAt}` : 'never used',
          ].join('\t'),
        );
      return 0;
    });
  },
});
