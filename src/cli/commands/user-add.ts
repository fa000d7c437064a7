// `lede user add`: adds an account; without --password-stdin prints a one-time link to set the password.

import { isRole, ROLES, SYSTEM } from '../../domain/actor.js';
import { EDITION_CODES, isEditionCode } from '../../domain/editions.js';
import { addUser } from '../../operations/add-user.js';
import { defineCommand, listOf, required, UsageError } from '../args.js';
import { readAllStdin } from './io.js';
import { withOneShot } from './one-shot.js';

export default defineCommand({
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    editions: { type: 'string' },
    'ui-language': { type: 'string' },
    'password-stdin': { type: 'boolean', default: false },
  },
  async run({ values }, io) {
    const email = required(values.email, 'email');
    const name = required(values.name, 'name');
    const role = required(values.role, 'role');
    if (!isRole(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
    const editions = listOf(
      values.editions,
      'editions',
      isEditionCode,
      EDITION_CODES,
      'an edition',
    );
    const ui = values['ui-language'];
    if (ui !== undefined && !isEditionCode(ui))
      throw new UsageError(`--ui-language must be one of ${EDITION_CODES.join(', ')}`);
    let password: string | undefined;
    if (values['password-stdin']) {
      password = (await (io.readStdin ?? readAllStdin)()).replace(/\r?\n$/, '');
      if (password === '') throw new UsageError('--password-stdin: standard input is empty');
    }
    return withOneShot(async (lede, config) => {
      const { user, passwordReset } = await addUser(lede.deps, SYSTEM, {
        email,
        name,
        role,
        editions,
        ...(ui !== undefined ? { uiLanguage: ui } : {}),
        ...(password !== undefined ? { password } : {}),
      });
      io.out(
        `added user ${user.id}: ${user.email} (${user.role}; ${user.editions.join(',') || 'all editions'})`,
      );
      if (passwordReset) {
        io.out(`set the password within 72 hours at:`);
        io.out(`${config.publicUrl}${passwordReset.path}`);
      }
      return 0;
    });
  },
});
