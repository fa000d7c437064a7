// The compiled build as a user runs it: `lede` (bin/lede.js) runs dist/, built by
// scripts/build-server.js when a source is newer; `lede --help` imports no server code (the
// modules it imports are recorded by module hooks); a command and the server run from dist and
// find what they read at run time (migrations, the site's CSS) there.

import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { openTestStore, type TestStore } from './support/test-store.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'lede.js');
const fixture = path.join(root, 'test', 'fixtures', 'crawl', 'en-news.txt');
const QUIET = { LEDE_LOG: 'off', LEDE_DEMO: 'off', HOST: '127.0.0.1' };
let db: TestStore;
let scratch: string;

/** Module hooks (node:module register) that append every module URL the process resolves to a file. */
const HOOKS = `import { appendFileSync } from 'node:fs';
let file = '';
export function initialize(data) { file = data.file; }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(file, result.url + '\\n');
  return result;
}`;
/** Preloaded with --import before the command: registers HOOKS, writing to LEDE_RECORD_MODULES. */
const RECORDER = `import { register } from 'node:module';
register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOKS)}`)}, 'file:///', {
  data: { file: process.env.LEDE_RECORD_MODULES },
});`;

/** `lede ARGS…` from the build, on the test's database; `record` names a file for the modules it imports. */
function lede(args: string[], record?: string) {
  const preload = record
    ? ['--import', `data:text/javascript,${encodeURIComponent(RECORDER)}`]
    : [];
  const r = spawnSync(process.execPath, [...preload, bin, ...args], {
    cwd: root,
    env: {
      ...process.env,
      ...QUIET,
      ...db.env,
      ...(record ? { LEDE_RECORD_MODULES: record } : {}),
    },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The modules a run imported: paths inside the repository, packages by name, node: built-ins. */
function importedBy(file: string): string[] {
  const urls = readFileSync(file, 'utf8').trim().split('\n');
  return [...new Set(urls)].map((url) => {
    if (url.startsWith('node:')) return url;
    const full = fileURLToPath(url);
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(full);
    return pkg ? `package ${pkg[1]}` : path.relative(root, full);
  });
}

before(
  async () => {
    db = await openTestStore();
    scratch = mkdtempSync(path.join(tmpdir(), 'lede-build-'));
    const build = spawnSync(process.execPath, ['scripts/build-server.js', '--if-stale'], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(build.status, 0, `build failed:\n${build.stdout}\n${build.stderr}`);
  },
  { timeout: 600_000 },
);
after(async () => {
  await db.dispose();
  rmSync(scratch, { recursive: true, force: true });
});

test('the build holds the compiled CLI and the files the server reads at run time', () => {
  for (const file of ['cli/run.js', 'server/boot.js', 'site/assets/site.css'])
    assert.ok(existsSync(path.join(root, 'dist', file)), `dist/${file}`);
});

test('lede --help answers from the build and imports no server code', () => {
  const record = path.join(scratch, 'help.txt');
  const r = lede(['--help'], record);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.err, '', 'a fresh build is not built again');
  assert.match(r.out, /^Usage: lede <command>/);
  assert.match(r.out, /^ {2}import crawl \[--json\] PATH\.\.\. import crawled pages/m);
  assert.match(r.out, /^ {2}webhook remove --id N {9}delete a webhook/m);
  const modules = importedBy(record);
  assert.ok(modules.includes('dist/cli/main.js'), modules.join('\n'));
  const packages = modules.filter((m) => m.startsWith('package '));
  assert.deepEqual(packages, [], 'no package at all: no Fastify, sharp, pg, SQLite or Kysely');
  const app = modules.filter((m) => m.startsWith('dist/') && !/^dist\/(cli|domain)\//.test(m));
  assert.deepEqual(app, [], 'nothing of the app beyond the CLI and the domain');
  assert.deepEqual(
    modules.filter((m) => m.startsWith('dist/cli/commands/')),
    [],
    'no command module',
  );
});

test('a command runs from the build: it imports its own module and the store, and writes', async () => {
  const record = path.join(scratch, 'import.txt');
  const r = lede(['import', 'crawl', fixture], record);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /en-news\.txt\t\/en\/economy\/caspian-ferry-line-adds-night-crossings/);
  assert.equal(await db.store.stories.countStories(), 1);
  const modules = importedBy(record);
  for (const m of ['dist/cli/commands/import-crawl.js', 'dist/server/boot.js', 'package kysely'])
    assert.ok(modules.includes(m), `${m} among\n${modules.join('\n')}`);
  assert.ok(!modules.includes('dist/cli/commands/user-add.js'), 'only the command that runs');
});

test('usage errors from the build exit with 2 and name the command', () => {
  const r = lede(['webhook', 'remove', '--id', 'x']);
  assert.equal(r.code, 2);
  assert.match(r.err, /--id must be a positive whole number\nUsage: lede webhook remove --id N/);
  assert.equal(lede(['frobnicate']).code, 2);
});

test('lede serve from the build answers pages and the site CSS', async () => {
  const added = spawnSync(
    process.execPath,
    [bin, 'user', 'add', '--email', 'build@lede.test', '--name', 'Build', '--role', 'admin'].concat(
      ['--password-stdin'],
    ),
    {
      cwd: root,
      env: { ...process.env, ...QUIET, ...db.env },
      input: 'a password for the build test\n',
      encoding: 'utf8',
    },
  );
  assert.equal(added.status, 0, added.stderr);
  const server = spawn(process.execPath, [bin, 'serve'], {
    cwd: root,
    env: { ...process.env, ...QUIET, ...db.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let log = '';
    const origin = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no address in 60 s:\n${log}`)), 60_000);
      const read = (d: Buffer) => {
        log += d.toString();
        const m = /Lede is running at (http:\/\/\S+)/.exec(log);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      };
      server.stdout.on('data', read);
      server.stderr.on('data', read);
      server.once('exit', (code) => reject(new Error(`exited with ${code}:\n${log}`)));
    });
    const page = await fetch(`${origin}/en/`);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /Caspian ferry line adds night crossings/);
    // The page carries its stylesheet, read from dist, in its head, and the CSP allows that text.
    const style = /<style>([^]*?)<\/style>/.exec(html)?.[1] ?? '';
    assert.match(style, /--brand:#0b3d6e/, 'the page carries the stylesheet');
    const hash = createHash('sha256').update(style).digest('base64');
    assert.ok(
      page.headers.get('content-security-policy')?.includes(`'sha256-${hash}'`),
      'the CSP allows the stylesheet',
    );
    // `lede serve` runs as one bundled file: the newsroom's client, sign-in (the password hash's
    // native addon), the QR code of two-step sign-in and an image upload (the image library's
    // native addon) work from it as from the modules.
    assert.match(readFileSync(path.join(root, 'dist/cli/commands/serve.js'), 'utf8'), /fastify/);
    const client = await fetch(`${origin}/newsroom/`);
    assert.equal(client.status, 200);
    assert.match(await client.text(), /<script/);
    const login = await fetch(`${origin}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'build@lede.test', password: 'a password for the build test' }),
    });
    assert.equal(login.status, 200, await login.clone().text());
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const signedIn = { cookie, 'x-csrf-token': csrfToken };
    const enrol = await fetch(`${origin}/api/auth/me/two-factor`, {
      method: 'POST',
      headers: signedIn,
    });
    assert.equal(enrol.status, 200, await enrol.clone().text());
    assert.match(((await enrol.json()) as { qrSvg: string }).qrSvg, /^<svg/);
    const png = await sharp({
      create: { width: 640, height: 360, channels: 3, background: '#36c' },
    })
      .png()
      .toBuffer();
    const form = new FormData();
    form.append('alt', 'A blue test picture');
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'blue.png');
    const upload = await fetch(`${origin}/api/media`, {
      method: 'POST',
      headers: signedIn,
      body: form,
    });
    assert.equal(upload.status, 201, await upload.clone().text());
  } finally {
    if (server.exitCode === null && server.signalCode === null) {
      const exited = once(server, 'exit');
      server.kill('SIGTERM');
      await exited;
    }
  }
});
