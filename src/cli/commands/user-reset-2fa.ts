// `lede user reset-2fa --email E`: turns a user's two-step sign-in off (a lost phone); the next sign-in asks for the password only.

import { SYSTEM } from '../../domain/actor.js';
import { resetTwoFactor } from '../../operations/two-factor.js';
import { defineCommand, required } from '../args.js';
import { withOneShot } from './one-shot.js';

export default defineCommand({
  options: { email: { type: 'string' } },
  async run({ values }, io) {
    const email = required(values.email, 'email');
    return withOneShot(async (lede) => {
      const { removed } = await resetTwoFactor(lede.deps, SYSTEM, email);
      io.out(
        removed
          ? `two-step sign-in of ${email} is off; it signs in with the password and enrols again`
          : `${email} had no two-step sign-in; nothing to reset`,
      );
      return 0;
    });
  },
});
