// The logger port: JSON lines with an error code, or silence in tests.

export interface Logger {
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

function line(level: string, msg: string, fields?: Record<string, unknown>): string {
  return JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields });
}

export function consoleLogger(stream: NodeJS.WritableStream = process.stderr): Logger {
  return {
    info: (msg, fields) => stream.write(line('info', msg, fields) + '\n'),
    warn: (msg, fields) => stream.write(line('warn', msg, fields) + '\n'),
    error: (msg, fields) => stream.write(line('error', msg, fields) + '\n'),
  };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
