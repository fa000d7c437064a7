// `lede user add|list|link` and `lede token create|revoke`: accounts and API tokens from the command line.

import { parseArgs } from 'node:util';
import { isRole, ROLES, SYSTEM } from '../../domain/actor.js';
import { EDITION_CODES, isEditionCode, type EditionCode } from '../../domain/editions.js';
import { addUser } from '../../operations/add-user.js';
import { createApiToken } from '../../operations/create-api-token.js';
import { findUser } from '../../operations/find-user.js';
import { issuePasswordReset } from '../../operations/issue-password-reset.js';
import { listUsers } from '../../operations/list-users.js';
import { revokeToken } from '../../operations/revoke-token.js';
import { withOneShot } from './one-shot.js';
import { readAllStdin, UsageError, type Io, commandGroup, type CommandRun } from './io.js';

export const USER_USAGE = `  user add --email E --name N --role R [--editions az,ru] [--ui-language L] [--password-stdin]
                                add an account; without --password-stdin prints a one-time link
                                to set the password (roles: ${ROLES.join(', ')})
  user list                     list the accounts
  user link --email E           print a new one-time link to set the password
  token create --email E [--name N]
                                create an API token for the user and print it (only this once)
  token revoke --id N           revoke an API token
`;

function required(value: string | undefined, flag: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`--${flag} is required`);
  return value;
}

function editionList(raw: string | undefined): EditionCode[] {
  if (raw === undefined || raw.trim() === '') return [];
  return raw.split(',').map((code) => {
    const c = code.trim();
    if (!isEditionCode(c))
      throw new UsageError(`--editions: ${c} is not an edition (${EDITION_CODES.join(', ')})`);
    return c;
  });
}

async function userAdd(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      editions: { type: 'string' },
      'ui-language': { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
    },
  });
  const email = required(values.email, 'email');
  const name = required(values.name, 'name');
  const role = required(values.role, 'role');
  if (!isRole(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
  const editions = editionList(values.editions);
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
}

async function userList(args: string[], io: Io): Promise<number> {
  parseArgs({ args, options: {} });
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
}

async function userLink(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { email: { type: 'string' } } });
  const email = required(values.email, 'email');
  return withOneShot(async (lede, config) => {
    const user = await findUser(lede.deps, SYSTEM, { email });
    const ticket = await issuePasswordReset(lede.deps, SYSTEM, user.id);
    io.out(`${config.publicUrl}${ticket.path}`);
    return 0;
  });
}

async function tokenCreate(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { email: { type: 'string' }, name: { type: 'string' } },
  });
  const email = required(values.email, 'email');
  return withOneShot(async (lede) => {
    const user = await findUser(lede.deps, SYSTEM, { email });
    const { token, apiToken } = await createApiToken(lede.deps, SYSTEM, {
      userId: user.id,
      ...(values.name !== undefined ? { name: values.name } : {}),
    });
    io.err(`API token ${apiToken.id} "${apiToken.name}" for ${user.email}; it is shown only once:`);
    io.out(token);
    return 0;
  });
}

async function tokenRevoke(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { id: { type: 'string' } } });
  const id = Number(required(values.id, 'id'));
  if (!Number.isInteger(id) || id <= 0) throw new UsageError('--id must be a token number');
  return withOneShot(async (lede) => {
    await revokeToken(lede.deps, SYSTEM, id);
    io.out(`revoked API token ${id}`);
    return 0;
  });
}

const COMMANDS: Record<string, CommandRun> = {
  'user add': userAdd,
  'user list': userList,
  'user link': userLink,
  'token create': tokenCreate,
  'token revoke': tokenRevoke,
};

/** Runs `lede user …` or `lede token …`; null when the words name no such command. */
export const runAccountCommand = commandGroup(COMMANDS, USER_USAGE);
