// Finds the parts of a crawled page: the " date … <hot tags>" line, headline, rubric, date line and body lines.

import { parseFailed, quote } from './crawl-error.js';
import { readDateLine, type DateLine } from './parse-date-line.js';

export interface PageLayout {
  /** "YYYY-MM-DD" from the first line, if the page has one (the date line wins when they differ). */
  stripDay: string | null;
  /** The hot-tags strip as written after the date on the first line; '' when missing. */
  hotTagsStrip: string;
  headline: string;
  rubric: string;
  dateLine: DateLine;
  /** Lines after the date line, trimmed, blank lines kept as ''. */
  bodyLines: string[];
}

interface Line {
  /** 1-based line number in the file. */
  no: number;
  text: string;
}

/** The first line: " date 2025-12-05 Ильхам Алиев WUF13 …". */
const STRIP_LINE = /^date\s+(\d{4}-\d{1,2}-\d{1,2})(?:\s+(.*))?$/iu;

/** How far below the headline the date line may stand (rubric, then date). */
const DATE_LINE_WINDOW = 4;

/** Splits decoded text into the parts of a page, or throws a parse_failed error naming the file. */
export function readLayout(text: string, file: string): PageLayout {
  const lines: Line[] = text
    .split('\n')
    .map((raw, i) => ({ no: i + 1, text: raw.replace(/[ \t\f\v]+/g, ' ').trim() }));
  if (lines.every((l) => l.text === '')) throw parseFailed(file, 'the file holds only whitespace');

  let at = nextFilled(lines, 0);
  let stripDay: string | null = null;
  let hotTagsStrip = '';
  const strip = STRIP_LINE.exec(lines[at]!.text);
  if (strip) {
    stripDay = strip[1]!;
    hotTagsStrip = (strip[2] ?? '').trim();
    at = nextFilled(lines, at + 1);
  }
  if (at >= lines.length) {
    throw parseFailed(file, 'no headline: the page has only the "date …" line with the hot tags');
  }

  // The headline, the rubric and the date line are the next filled lines.
  const head: Line[] = [];
  for (
    let i = at;
    i < lines.length && head.length < DATE_LINE_WINDOW;
    i = nextFilled(lines, i + 1)
  ) {
    head.push(lines[i]!);
  }
  let dateIndex = -1;
  let dateLine: DateLine | null = null;
  let invalid: { line: Line; reason: string } | null = null;
  for (let k = 0; k < head.length && dateLine === null; k++) {
    const result = readDateLine(head[k]!.text);
    if (result.kind === 'date') {
      dateIndex = k;
      dateLine = result.value;
    } else if (result.kind === 'invalid' && k > 0 && invalid === null) {
      invalid = { line: head[k]!, reason: result.reason };
    }
  }

  if (dateLine === null) {
    if (invalid) {
      throw parseFailed(file, `unreadable date on line ${invalid.line.no}: ${invalid.reason}`);
    }
    throw parseFailed(
      file,
      `no date line: expected a line like "05 декабря, 2025" under the rubric, after the headline on line ${head[0]!.no}`,
    );
  }
  if (dateIndex === 0) {
    throw parseFailed(
      file,
      `no headline: line ${head[0]!.no} is already the date line; expected the headline and the rubric above it`,
    );
  }
  if (dateIndex === 1) {
    const only = head[0]!;
    throw parseFailed(
      file,
      looksLikeRubric(only.text)
        ? `no headline: only the rubric ${quote(only.text)} (line ${only.no}) stands above the date line`
        : `no rubric: only the headline ${quote(only.text)} (line ${only.no}) stands above the date line`,
    );
  }
  if (dateIndex > 2) {
    const extra = head.slice(1, dateIndex).map((l) => l.no);
    throw parseFailed(
      file,
      `expected one rubric line between the headline and the date line, found ${dateIndex - 1} (lines ${extra.join(', ')})`,
    );
  }

  const dateLineNo = head[dateIndex]!.no;
  return {
    stripDay,
    hotTagsStrip,
    headline: head[0]!.text,
    rubric: head[1]!.text,
    dateLine,
    bodyLines: lines.filter((l) => l.no > dateLineNo).map((l) => l.text),
  };
}

/** Index of the first non-blank line at or after `from` (lines.length when none). */
function nextFilled(lines: readonly Line[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i]!.text === '') i++;
  return i;
}

/** Rubrics are short names ("Внешняя политика", "Xarici siyasət / Diplomatiya"); headlines are longer. */
function looksLikeRubric(text: string): boolean {
  const words = text.split(' ').filter((w) => w !== '/');
  return words.length <= 4 && !/[.!?:]$/u.test(text) && !/\s[-–—]\s/u.test(text);
}
