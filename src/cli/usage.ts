// The text of `lede --help` and of one command's usage line, made from the command table.

import type { CommandEntry } from './command-table.js';

const COLUMN = 32;
const WIDTH = 100;

/** The summary's words in lines of at most WIDTH columns, each after COLUMN spaces. */
function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && COLUMN + line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

/** `lede user add --email E …`: how one command is written. */
export function usageLine(entry: CommandEntry): string {
  return `Usage: lede ${entry.name}${entry.synopsis ? ` ${entry.synopsis}` : ''}`;
}

/** Every command, its words and synopsis at the left, its summary in a column at the right. */
export function helpText(commands: readonly CommandEntry[]): string {
  const out = ['Usage: lede <command>', ''];
  for (const c of commands) {
    const head = `  ${c.name}${c.synopsis ? ` ${c.synopsis}` : ''}`;
    const [first = '', ...rest] = wrap(c.summary);
    if (head.length < COLUMN) out.push(head.padEnd(COLUMN) + first);
    else out.push(head, ' '.repeat(COLUMN) + first);
    for (const line of rest) out.push(' '.repeat(COLUMN) + line);
  }
  return out.join('\n');
}
