// `lede user list`: lists the accounts, one a line.

import { SYSTEM } from '../../domain/actor.js';
import { listUsers } from '../../operations/list-users.js';
import { defineCommand } from '../args.js';
import { withOneShot } from './one-shot.js';

export default defineCommand({
  options: {},
  async run(_args, io) {
    return withOneShot(async (lede) => {
      for (const u of await listUsers(lede.deps, SYSTEM))
        io.out(
          [
            u.id,
            u.email,
            u.name,
            u.role,
            u.editions.join(',') || '*',
            u.disabled ? 'disabled' : 'active',
          ].join('\t'),
        );
      return 0;
    });
  },
});
