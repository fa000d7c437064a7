// `lede token create --email E [--name N]`: creates an API token for the user and prints it, once.

import { SYSTEM } from '../../domain/actor.js';
import { createApiToken } from '../../operations/create-api-token.js';
import { findUser } from '../../operations/find-user.js';
import { defineCommand, required } from '../args.js';
import { withOneShot } from './one-shot.js';

export default defineCommand({
  options: { email: { type: 'string' }, name: { type: 'string' } },
  async run({ values }, io) {
    const email = required(values.email, 'email');
    return withOneShot(async (lede) => {
      const user = await findUser(lede.deps, SYSTEM, { email });
      const { token, apiToken } = await createApiToken(lede.deps, SYSTEM, {
        userId: user.id,
        ...(values.name !== undefined ? { name: values.name } : {}),
      });
      io.err(
        `API token ${apiToken.id} "${apiToken.name}" for ${user.email}; it is shown only once:`,
      );
      io.out(token);
      return 0;
    });
  },
});
