// `lede db warm`: reads the search tables and the stories into PostgreSQL's shared buffers, and says what fitted.

import type { WarmReport } from '../../storage/port.js';
import { defineCommand } from '../args.js';
import { withOneShot } from './one-shot.js';

function mb(bytes: number): string {
  return `${Math.ceil(bytes / 2 ** 20).toLocaleString('en')} MB`;
}

/** The report as lines for a person: what was read, what did not fit, what to change. */
export function warmReportLines(report: WarmReport): string[] {
  if (report.sharedBuffers === 0) return ['SQLite: nothing to read (the system caches the file)'];
  const lines = [
    `shared_buffers ${mb(report.sharedBuffers)}: room for ${mb(report.room)}, ${mb(report.wanted)} wanted`,
  ];
  for (const part of report.parts)
    lines.push(
      `${part.loaded ? 'read   ' : 'skipped'}  ${mb(part.bytes).padStart(10)}  ${part.what}`,
    );
  if (report.note) lines.push(`note: ${report.note}`);
  return lines;
}

export default defineCommand({
  options: {},
  async run(_args, io) {
    return withOneShot(async (lede) => {
      const started = Date.now();
      const report = await lede.deps.store.warm();
      for (const line of warmReportLines(report)) io.out(line);
      if (report.sharedBuffers > 0) io.out(`in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return 0;
    });
  },
});
