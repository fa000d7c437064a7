// `lede subscriber add --name N [--rate-limit R]`: adds a subscriber of the content API and prints its key, once.

import { SYSTEM } from '../../domain/actor.js';
import { addSubscriber } from '../../operations/subscribers.js';
import { defineCommand, positiveInteger, required } from '../args.js';
import { withOneShot } from './one-shot.js';

export default defineCommand({
  options: { name: { type: 'string' }, 'rate-limit': { type: 'string' } },
  async run({ values }, io) {
    const name = required(values.name, 'name');
    const rate = values['rate-limit'];
    const rateLimit = rate === undefined ? undefined : positiveInteger(rate, 'rate-limit');
    return withOneShot(async (lede) => {
      const { subscriber, key } = await addSubscriber(lede.deps, SYSTEM, {
        name,
        ...(rateLimit !== undefined ? { rateLimit } : {}),
      });
      io.err(`subscriber ${subscriber.id} "${subscriber.name}"; its key is shown only once:`);
      io.out(key);
      return 0;
    });
  },
});
