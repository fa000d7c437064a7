// `lede user …` and `lede token …` as an admin runs them, against the database LEDE_DATABASE_URL chooses.
// One command runs as a process (the command's entry, a password on its standard input); the rest run
// main() in this process, which is quicker.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ManualClock } from '../src/platform/clock.js';
import { SYSTEM } from '../src/domain/actor.js';
import { actorOf } from '../src/domain/user.js';
import { addUser } from '../src/operations/add-user.js';
import { login, signIn } from '../src/operations/login.js';
import { confirmTwoFactor, startTwoFactor } from '../src/operations/two-factor.js';
import { totpCode } from '../src/platform/totp.js';
import { resolveApiToken } from '../src/operations/resolve-api-token.js';
import { resetPassword } from '../src/operations/reset-password.js';
import { ledeCli } from './support/cli.js';
import { openTestStore, type TestStore } from './support/test-store.js';

let db: TestStore;
const { lede, ledeProcess } = ledeCli(() => ({ ...db.env, PORT: '3000' }));

const deps = () => ({ store: db.store, clock: new ManualClock(new Date()) });

before(async () => {
  db = await openTestStore();
});
after(async () => {
  await db.dispose();
});

describe('lede user add', () => {
  test('with --password-stdin the user can sign in with that password', async () => {
    const r = ledeProcess(
      [
        'user',
        'add',
        '--email',
        'Chief@Agency.example',
        '--name',
        'Rauf',
        '--role',
        'chief',
        '--password-stdin',
      ],
      'a long chief password\n',
    );
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /added user \d+: Chief@Agency\.example \(chief; all editions\)/);
    assert.doesNotMatch(r.out, /set-password/);
    const { user } = await login(
      deps(),
      { email: 'chief@agency.example', password: 'a long chief password' },
      '1.1.1.1',
    );
    assert.equal(user.role, 'chief');
  });

  test('without a password it prints a one-time set-password link that works', async () => {
    const r = await lede([
      'user',
      'add',
      '--email',
      'rep@agency.example',
      '--name',
      'Aynur',
      '--role',
      'reporter',
      '--editions',
      'az,ru',
    ]);
    assert.equal(r.code, 0, r.err);
    const link = /http:\/\/127\.0\.0\.1:3000\/newsroom\/set-password\?token=([\w%-]+)/.exec(r.out);
    assert.ok(link, r.out);
    const user = await db.store.accounts.findUserByEmail('rep@agency.example');
    assert.deepEqual(user?.editions, ['az', 'ru']);
    assert.equal(user?.hasPassword, false);
    await resetPassword(deps(), {
      token: decodeURIComponent(link[1]!),
      password: 'a long reporter password',
    });
    assert.equal((await db.store.accounts.findUserById(user.id))?.hasPassword, true);
  });

  test('usage errors exit with 2, failures with 1', async () => {
    const missing = await lede(['user', 'add', '--email', 'x@agency.example', '--role', 'editor']);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /--name is required/);
    const role = await lede([
      'user',
      'add',
      '--email',
      'x@agency.example',
      '--name',
      'X',
      '--role',
      'boss',
    ]);
    assert.equal(role.code, 2);
    assert.match(role.err, /--role must be one of reporter, editor, chief, admin/);
    const edition = await lede([
      'user',
      'add',
      '--email',
      'x@agency.example',
      '--name',
      'X',
      '--role',
      'editor',
      '--editions',
      'fr',
    ]);
    assert.equal(edition.code, 2);
    assert.match(edition.err, /fr is not an edition/);
    assert.equal((await lede(['user', 'add', '--bogus'])).code, 2);
    const empty = await lede([
      'user',
      'add',
      '--email',
      'x@agency.example',
      '--name',
      'X',
      '--role',
      'editor',
      '--editions',
      'en',
      '--password-stdin',
    ]);
    assert.equal(empty.code, 2);

    const noEditions = await lede([
      'user',
      'add',
      '--email',
      'x@agency.example',
      '--name',
      'X',
      '--role',
      'editor',
    ]);
    assert.equal(noEditions.code, 1);
    assert.match(noEditions.err, /editions: reporters and editors need at least one edition/);
    const dup = await lede([
      'user',
      'add',
      '--email',
      'CHIEF@agency.example',
      '--name',
      'X',
      '--role',
      'admin',
    ]);
    assert.equal(dup.code, 1);
    assert.match(dup.err, /exists already/);
    const weak = await lede(
      [
        'user',
        'add',
        '--email',
        'w@agency.example',
        '--name',
        'W',
        '--role',
        'admin',
        '--password-stdin',
      ],
      'short',
    );
    assert.equal(weak.code, 1);
    assert.match(weak.err, /password: must have at least 10 characters/);
  });

  test('user list shows the accounts', async () => {
    const r = await lede(['user', 'list']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /Chief@Agency\.example\tRauf\tchief\t\*\tactive/);
    assert.match(r.out, /rep@agency\.example\tAynur\treporter\taz,ru\tactive/);
  });
});

describe('lede token create', () => {
  test('prints a token once, on its own line; it acts as the user', async () => {
    const r = await lede([
      'token',
      'create',
      '--email',
      'rep@agency.example',
      '--name',
      'import script',
    ]);
    assert.equal(r.code, 0, r.err);
    const token = r.out.trim();
    assert.match(token, /^lede_[\w-]{43}$/);
    assert.match(r.err, /"import script" for rep@agency\.example; it is shown only once/);
    const resolved = await resolveApiToken(deps(), token);
    assert.equal(resolved?.actor.role, 'reporter');
    const stored = await db.store.accounts.listApiTokens(resolved.user.id);
    assert.equal(JSON.stringify(stored).includes(token), false);

    const revoked = await lede(['token', 'revoke', '--id', String(resolved.tokenId)]);
    assert.equal(revoked.code, 0, revoked.err);
    assert.equal(await resolveApiToken(deps(), token), null);
  });

  test('an unknown user fails with 1; a missing email is a usage error', async () => {
    const r = await lede(['token', 'create', '--email', 'ghost@agency.example']);
    assert.equal(r.code, 1);
    assert.match(r.err, /error: user ghost@agency\.example does not exist/);
    assert.equal((await lede(['token', 'create'])).code, 2);
    assert.equal((await lede(['token', 'frobnicate'])).code, 2);
  });
});

describe('lede user reset-2fa', () => {
  test("turns a user's two-step sign-in off: the password alone signs in again", async () => {
    const clock = new ManualClock(new Date());
    const d = { store: db.store, clock, publicUrl: 'http://lede.test' };
    const { user } = await addUser(d, SYSTEM, {
      email: 'phone@agency.example',
      name: 'Lost Phone',
      role: 'editor',
      editions: ['az'],
      password: 'a long editor password',
    });
    const { secret } = await startTwoFactor(d, actorOf(user));
    await confirmTwoFactor(
      d,
      actorOf(user),
      await totpCode(secret, Math.floor(clock.now().getTime() / 1000)),
    );
    const creds = { email: 'phone@agency.example', password: 'a long editor password' };
    assert.ok((await signIn(d, creds, '1.1.1.1')).challenge, 'a code is asked for');

    const r = await lede(['user', 'reset-2fa', '--email', 'Phone@Agency.example']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /two-step sign-in of Phone@Agency\.example is off/);
    assert.ok((await signIn(d, creds, '1.1.1.1')).session, 'the password signs in');
    const [entry] = await db.store.audit.list({ action: 'two-factor.reset', limit: 1 });
    assert.equal(entry?.actorName, 'system');
    assert.deepEqual(entry?.detail, { userId: user.id, email: user.email, removed: true });

    const again = await lede(['user', 'reset-2fa', '--email', 'phone@agency.example']);
    assert.equal(again.code, 0);
    assert.match(again.out, /had no two-step sign-in/);
    const ghost = await lede(['user', 'reset-2fa', '--email', 'ghost@agency.example']);
    assert.equal(ghost.code, 1);
    assert.equal((await lede(['user', 'reset-2fa'])).code, 2);
  });
});
