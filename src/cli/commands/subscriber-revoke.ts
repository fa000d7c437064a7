// `lede subscriber revoke (--name N | --id N)`: revokes a subscriber's key; the API answers 401, webhooks stop.

import { SYSTEM } from '../../domain/actor.js';
import { revokeSubscriber, type SubscriberRef } from '../../operations/subscribers.js';
import { defineCommand, positiveInteger, required, UsageError } from '../args.js';
import { withOneShot } from './one-shot.js';

export default defineCommand({
  options: { name: { type: 'string' }, id: { type: 'string' } },
  async run({ values }, io) {
    if ((values.name === undefined) === (values.id === undefined))
      throw new UsageError('name the subscriber with --name or --id');
    const ref: SubscriberRef =
      values.id !== undefined
        ? { id: positiveInteger(values.id, 'id') }
        : { name: required(values.name, 'name') };
    return withOneShot(async (lede) => {
      const s = await revokeSubscriber(lede.deps, SYSTEM, ref);
      io.out(`revoked subscriber ${s.id} "${s.name}"`);
      return 0;
    });
  },
});
