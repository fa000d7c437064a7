// `lede token revoke --id N`: revokes an API token.

import { SYSTEM } from '../../domain/actor.js';
import { revokeToken } from '../../operations/revoke-token.js';
import { defineCommand, positiveInteger, required } from '../args.js';
import { withOneShot } from './one-shot.js';

export default defineCommand({
  options: { id: { type: 'string' } },
  async run({ values }, io) {
    const id = positiveInteger(required(values.id, 'id'), 'id');
    return withOneShot(async (lede) => {
      await revokeToken(lede.deps, SYSTEM, id);
      io.out(`revoked API token ${id}`);
      return 0;
    });
  },
});
