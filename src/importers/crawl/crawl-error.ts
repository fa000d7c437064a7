// The one error the crawl parser throws: LedeError 'parse_failed' naming the file and what is wrong.

import { LedeError } from '../../domain/errors.js';

/** Name used in messages when the caller gave no file name. */
export const UNNAMED_FILE = '(unnamed page)';

/** A 'parse_failed' error whose detail reads "<file>: <reason>". */
export function parseFailed(file: string, reason: string): LedeError {
  return new LedeError('parse_failed', `${file}: ${reason}`);
}

/** Quotes a piece of the page for an error message, cut to a readable length. */
export function quote(text: string, max = 60): string {
  const cut = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return `"${cut}"`;
}
