// `lede webhook list [--subscriber N]`: lists the webhooks, one a line.

import { SYSTEM } from '../../domain/actor.js';
import { findSubscriber } from '../../operations/subscribers.js';
import { listWebhooks } from '../../operations/webhooks.js';
import { defineCommand } from '../args.js';
import { withOneShot } from './one-shot.js';

export default defineCommand({
  options: { subscriber: { type: 'string' } },
  async run({ values }, io) {
    return withOneShot(async (lede) => {
      const owner =
        values.subscriber !== undefined
          ? await findSubscriber(lede.deps, { name: values.subscriber })
          : null;
      const filter = owner ? { subscriberId: owner.id } : {};
      for (const w of await listWebhooks(lede.deps, SYSTEM, filter))
        io.out(
          [
            w.id,
            w.subscriberId,
            w.url,
            w.events.join(',') || 'all events',
            w.editions.join(',') || 'all editions',
          ].join('\t'),
        );
      return 0;
    });
  },
});
