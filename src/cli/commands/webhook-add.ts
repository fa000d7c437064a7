// `lede webhook add --subscriber N --url U [--events E,E] [--editions az,ru]`: registers a webhook and prints its signing secret, once.

import { SYSTEM } from '../../domain/actor.js';
import { isWebhookEvent, WEBHOOK_EVENTS } from '../../domain/distribution.js';
import { EDITION_CODES, isEditionCode } from '../../domain/editions.js';
import { createWebhook } from '../../operations/webhooks.js';
import { defineCommand, listOf, required } from '../args.js';
import { withOneShot } from './one-shot.js';

export default defineCommand({
  options: {
    subscriber: { type: 'string' },
    url: { type: 'string' },
    events: { type: 'string' },
    editions: { type: 'string' },
  },
  async run({ values }, io) {
    const subscriber = required(values.subscriber, 'subscriber');
    const url = required(values.url, 'url');
    const events = listOf(values.events, 'events', isWebhookEvent, WEBHOOK_EVENTS, 'an event');
    const editions = listOf(
      values.editions,
      'editions',
      isEditionCode,
      EDITION_CODES,
      'an edition',
    );
    return withOneShot(async (lede) => {
      const { webhook, secret } = await createWebhook(lede.deps, SYSTEM, {
        subscriber,
        url,
        events,
        editions,
      });
      io.err(`webhook ${webhook.id} → ${webhook.url}; its signing secret is shown only once:`);
      io.out(secret);
      return 0;
    });
  },
});
