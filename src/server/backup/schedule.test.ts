import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { loadConfig } from '../config.js';
import { openStore } from '../open-store.js';
import { backupName, backupsDir, runScheduledBackup } from './schedule.js';
import { verifyBackup } from './verify-backup.js';

const dir = mkdtempSync(path.join(tmpdir(), 'lede-schedule-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('LEDE_BACKUP_EVERY and LEDE_BACKUP_KEEP: off by default, periods in minutes, hours, days', () => {
  assert.deepEqual(loadConfig({}).backup, { everyMs: null, keep: 7 });
  assert.equal(loadConfig({ LEDE_BACKUP_EVERY: '6h' }).backup.everyMs, 6 * 3_600_000);
  assert.equal(loadConfig({ LEDE_BACKUP_EVERY: '30m' }).backup.everyMs, 1_800_000);
  assert.equal(loadConfig({ LEDE_BACKUP_KEEP: '3' }).backup.keep, 3);
  assert.throws(() => loadConfig({ LEDE_BACKUP_EVERY: '6 hours' }), /LEDE_BACKUP_EVERY/);
  assert.throws(() => loadConfig({ LEDE_BACKUP_KEEP: '0' }), /LEDE_BACKUP_KEEP/);
});

test('a scheduled backup lands in the data folder and only the newest KEEP stay', async () => {
  const config = loadConfig({ LEDE_DATA_DIR: dir, LEDE_BACKUP_EVERY: '1h', LEDE_BACKUP_KEEP: '2' });
  await (await openStore(config)).close();
  const times = ['2026-01-01T00:00:00Z', '2026-01-01T06:00:00Z', '2026-01-01T12:00:00Z'];
  for (const t of times) await runScheduledBackup(config, new Date(t));
  const kept = readdirSync(backupsDir(config)).sort();
  assert.deepEqual(kept, [backupName(new Date(times[1]!)), backupName(new Date(times[2]!))]);
  assert.equal(kept[1], 'lede-20260101-120000.tar.gz');
  const manifest = await verifyBackup(path.join(backupsDir(config), kept[1]));
  assert.equal(manifest.database, 'sqlite');
});
