// `lede user link --email E`: prints a new one-time link to set the user's password.

import { SYSTEM } from '../../domain/actor.js';
import { findUser } from '../../operations/find-user.js';
import { issuePasswordReset } from '../../operations/issue-password-reset.js';
import { defineCommand, required } from '../args.js';
import { withOneShot } from './one-shot.js';

export default defineCommand({
  options: { email: { type: 'string' } },
  async run({ values }, io) {
    const email = required(values.email, 'email');
    return withOneShot(async (lede, config) => {
      const user = await findUser(lede.deps, SYSTEM, { email });
      const ticket = await issuePasswordReset(lede.deps, SYSTEM, user.id);
      io.out(`${config.publicUrl}${ticket.path}`);
      return 0;
    });
  },
});
