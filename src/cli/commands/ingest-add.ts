// `lede ingest add --name N (--url URL | --dir DIR) --format ninjs|newsml|rss|atom --edition E [--every 60s]`: a wire source for the desk.

import path from 'node:path';
import { SYSTEM } from '../../domain/actor.js';
import { EDITION_CODES } from '../../domain/editions.js';
import { addIngestSource, INGEST_FORMATS } from '../../operations/ingest.js';
import { defineCommand, oneOf, required, UsageError } from '../args.js';
import { withOneShot } from './one-shot.js';

/** "60s", "5m", "1h" or a number of seconds. */
export function parseEvery(raw: string | undefined): number {
  if (raw === undefined) return 60;
  const m = /^(\d+)\s*(s|m|h)?$/.exec(raw.trim());
  if (!m) throw new UsageError(`--every: a period like 60s, 5m or 1h, not "${raw}"`);
  return Number(m[1]) * (m[2] === 'h' ? 3600 : m[2] === 'm' ? 60 : 1);
}

export default defineCommand({
  options: {
    name: { type: 'string' },
    url: { type: 'string' },
    dir: { type: 'string' },
    format: { type: 'string' },
    edition: { type: 'string' },
    every: { type: 'string' },
  },
  async run({ values }, io) {
    const name = required(values.name, 'name');
    const format = oneOf(required(values.format, 'format'), 'format', INGEST_FORMATS, 'ninjs');
    const edition = oneOf(required(values.edition, 'edition'), 'edition', EDITION_CODES, 'az');
    const everySeconds = parseEvery(values.every);
    if (!values.url === !values.dir) throw new UsageError('give either --url or --dir');
    return withOneShot(async (lede) => {
      const source = await addIngestSource(lede.deps, SYSTEM, {
        name,
        ...(values.url ? { url: values.url } : {}),
        ...(values.dir ? { dir: path.resolve(values.dir) } : {}),
        format,
        edition,
        everySeconds,
      });
      io.out(
        `${source.id}\t${source.name}\t${source.url ?? source.dir}\t${source.format}\t${source.edition}\tevery ${source.everySeconds}s`,
      );
      return 0;
    });
  },
});
