// A one-line progress bar on standard error (counts and time left), drawn only when it is a terminal.

export interface ProgressBar {
  update(done: number, total: number, label: string): void;
  end(): void;
}

/** A bar on `stream` when it is a TTY, else one that draws nothing. */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  if (!stream.isTTY) return { update: () => {}, end: () => {} };
  let started = Date.now();
  let lastLabel = '';
  let lastDraw = 0;
  let drawn = false;
  return {
    update(done, total, label) {
      if (label !== lastLabel) {
        started = Date.now();
        lastLabel = label;
      }
      const now = Date.now();
      if (now - lastDraw < 100 && done < total) return;
      lastDraw = now;
      const share = total > 0 ? Math.min(1, done / total) : 0;
      const width = 24;
      const filled = Math.round(share * width);
      const elapsed = (now - started) / 1000;
      const left = done > 0 ? Math.round((elapsed / done) * (total - done)) : 0;
      const line = `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${Math.round(share * 100)}% ${left}s left`;
      stream.write(`\r${line.slice(-(stream.columns || 100) + 1)}\u001b[K`);
      drawn = true;
    },
    end() {
      if (drawn) stream.write('\n');
      drawn = false;
    },
  };
}
