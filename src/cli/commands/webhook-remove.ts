// `lede webhook remove --id N`: deletes a webhook and its delivery log.

import { SYSTEM } from '../../domain/actor.js';
import { deleteWebhook } from '../../operations/webhooks.js';
import { defineCommand, positiveInteger, required } from '../args.js';
import { withOneShot } from './one-shot.js';

export default defineCommand({
  options: { id: { type: 'string' } },
  async run({ values }, io) {
    const id = positiveInteger(required(values.id, 'id'), 'id');
    return withOneShot(async (lede) => {
      await deleteWebhook(lede.deps, SYSTEM, id);
      io.out(`removed webhook ${id}`);
      return 0;
    });
  },
});
