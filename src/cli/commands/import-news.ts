// `lede import ninjs|newsml FILE|DIR… [--edition E] [--rubric NAME] [--fetch-media] [--json]`: imports partners' news items.

import { EDITION_CODES } from '../../domain/editions.js';
import { importNewsFiles, type NewsFormat } from '../../importers/news/import-news.js';
import { defineCommand, oneOf } from '../args.js';
import { withOneShot } from './one-shot.js';
import { terminalProgress } from './terminal-progress.js';

export function newsImportCommand(format: NewsFormat) {
  return defineCommand({
    options: {
      edition: { type: 'string' },
      rubric: { type: 'string' },
      'fetch-media': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
    positionals: { min: 1, max: Infinity },
    async run({ values, positionals }, io) {
      const edition = values.edition
        ? oneOf(values.edition, 'edition', EDITION_CODES, 'az')
        : undefined;
      return withOneShot(async (lede) => {
        const bar = terminalProgress();
        const report = await importNewsFiles(lede.deps, positionals, format, {
          ...(edition ? { edition } : {}),
          ...(values.rubric?.trim() ? { rubric: values.rubric.trim() } : {}),
          fetch: values['fetch-media'],
          onProgress: (done, total, file) => bar.update(done, total, file),
        });
        bar.end();
        if (values.json) io.out(JSON.stringify(report, null, 2));
        else {
          for (const f of report.files) if (!f.ok) io.err(`error: ${f.error}`);
          for (const f of report.failed) io.err(`error: ${f.item}: ${f.error}`);
          for (const m of report.mediaMissing)
            io.err(`media missing: ${m.item}: ${m.url} (${m.reason})`);
          const reasons = new Map<string, number>();
          for (const s of report.skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
          io.out(
            `${report.read} read, ${report.imported} imported, ${report.updated} updated, ` +
              `${report.withdrawn} withdrawn, ${report.skipped.length} skipped, ` +
              `${report.failed.length} failed, ${report.mediaMissing.length} media missing`,
          );
          for (const [reason, n] of reasons) io.out(`  skipped ${n}: ${reason}`);
        }
        const refused = report.files.some((f) => !f.ok);
        return refused || report.failed.length > 0 ? 1 : 0;
      });
    },
  });
}
