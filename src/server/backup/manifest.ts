// The manifest of a backup: what made it, what the database holds, and a checksum of every file.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { codeRoot } from '../../platform/code-root.js';

export const MANIFEST = 'manifest.json';
/** The database copy's name inside the archive: always a SQLite file (see README, Backups). */
export const DATABASE_FILE = 'lede.sqlite';

const manifestSchema = z.object({
  format: z.literal('lede-backup/1'),
  ledeVersion: z.string(),
  createdAt: z.string(),
  database: z.enum(['sqlite', 'postgres']),
  migrations: z.array(z.string()),
  counts: z.object({
    stories: z.number().int(),
    revisions: z.number().int(),
    users: z.number().int(),
    media: z.number().int(),
  }),
  files: z.record(z.string(), z.object({ sha256: z.string(), bytes: z.number().int() })),
});

export type Manifest = z.infer<typeof manifestSchema>;

export function parseManifest(text: string): Manifest | null {
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** This Lede's version, from its package.json (the same depth above src/ and dist/). */
export function ledeVersion(): string {
  const pkg = JSON.parse(
    readFileSync(path.join(codeRoot(import.meta.url), '..', 'package.json'), 'utf8'),
  ) as { version?: string };
  return pkg.version ?? 'unknown';
}
