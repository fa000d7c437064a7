// Progress lines of a long command on standard error, at most one every two seconds.

import type { Io } from './io.js';

export function progress(io: Io, label: string, total?: number) {
  const started = Date.now();
  let last = 0;
  return (done: number) => {
    if (Date.now() - last < 2000 && done !== total) return;
    last = Date.now();
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    io.err(`${label}: ${done}${total ? ` of ${total}` : ''} (${seconds} s)`);
  };
}
