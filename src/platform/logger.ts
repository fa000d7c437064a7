// The logger port: JSON lines with an error code, or silence in tests.

export interface Logger {
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

/** The time of the last line, made again only when the millisecond changes (the access log's lines come thousands a second). */
let lastMs = 0;
let lastTime = '';
function isoTime(): string {
  const now = Date.now();
  if (now !== lastMs) {
    lastMs = now;
    lastTime = new Date(now).toISOString();
  }
  return lastTime;
}

function line(level: string, msg: string, fields?: Record<string, unknown>): string {
  const head = `{"time":"${isoTime()}","level":"${level}","msg":${JSON.stringify(msg)}`;
  const rest = fields ? JSON.stringify(fields) : '{}';
  return rest === '{}' ? `${head}}` : `${head},${rest.slice(1)}`;
}

/** The loggers holding lines not yet written, written when the process exits. */
const unwritten = new Set<() => void>();
let exitHooked = false;

/** Lines kept before a write of their own (the access log at 20,000 requests a second). */
const FLUSH_BYTES = 64 * 1024;

/**
 * JSON lines on a stream, written together once per turn of the event loop: one write (a system
 * call on a file or pipe) for every line of that turn, where a write per line cost a busy
 * server's cache hits a third of their time. Errors are written at once, after the lines before
 * them; whatever is kept is written when the process exits.
 */
export function consoleLogger(stream: NodeJS.WritableStream = process.stderr): Logger {
  let kept = '';
  const flush = () => {
    unwritten.delete(flush);
    if (kept === '') return;
    const text = kept;
    kept = '';
    stream.write(text);
  };
  const add = (text: string) => {
    kept += text + '\n';
    if (kept.length >= FLUSH_BYTES) flush();
    else if (!unwritten.has(flush)) {
      unwritten.add(flush);
      if (!exitHooked) {
        exitHooked = true;
        process.once('exit', () => [...unwritten].forEach((f) => f()));
      }
      setImmediate(flush);
    }
  };
  return {
    info: (msg, fields) => add(line('info', msg, fields)),
    warn: (msg, fields) => add(line('warn', msg, fields)),
    error: (msg, fields) => {
      add(line('error', msg, fields));
      flush();
    },
  };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
