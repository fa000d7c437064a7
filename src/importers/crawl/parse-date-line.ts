// Reads the date line under the rubric ("05 декабря, 2025", "05 dekabr, 2025 14:30") in any edition's month names.

import { MONTHS } from '../../domain/dates.js';
import { EDITION_CODES, type EditionCode } from '../../domain/editions.js';

export interface DateLine {
  year: number;
  month: number; // 1..12
  day: number;
  hour: number;
  minute: number;
  /** The line gives a time; without one hour and minute are 0 and only the day is known. */
  hasTime: boolean;
  /** "YYYY-MM-DD" of the local day. */
  localDay: string;
  /** Editions whose month names contain the month word ("may" fits az and en). */
  editions: EditionCode[];
}

export type DateLineResult =
  { kind: 'date'; value: DateLine } | { kind: 'invalid'; reason: string } | { kind: 'none' };

/** Extra spellings seen on pages: Russian nominative months, English abbreviations. */
const EXTRA_MONTHS: Partial<Record<EditionCode, readonly string[][]>> = {
  ru: [
    ['январь'],
    ['февраль'],
    ['март'],
    ['апрель'],
    ['май'],
    ['июнь'],
    ['июль'],
    ['август'],
    ['сентябрь'],
    ['октябрь'],
    ['ноябрь'],
    ['декабрь'],
  ],
  en: [
    ['jan'],
    ['feb'],
    ['mar'],
    ['apr'],
    [],
    ['jun'],
    ['jul'],
    ['aug'],
    ['sep', 'sept'],
    ['oct'],
    ['nov'],
    ['dec'],
  ],
};

/** Month word (lowercase) to its number and the editions that write it so. */
const MONTH_INDEX = buildMonthIndex();

function buildMonthIndex(): Map<string, { month: number; editions: EditionCode[] }> {
  const index = new Map<string, { month: number; editions: EditionCode[] }>();
  const add = (word: string, month: number, edition: EditionCode): void => {
    const key = monthKey(word);
    const entry = index.get(key) ?? { month, editions: [] };
    if (!entry.editions.includes(edition)) entry.editions.push(edition);
    index.set(key, entry);
  };
  for (const edition of EDITION_CODES) {
    MONTHS[edition].forEach((name, i) => add(name, i + 1, edition));
    EXTRA_MONTHS[edition]?.forEach((names, i) => names.forEach((n) => add(n, i + 1, edition)));
  }
  return index;
}

/** Lowercases a month word the same way for every language ("İyun" → "iyun"). */
function monthKey(word: string): string {
  return word
    .replace(/İ/g, 'i')
    .toLowerCase()
    .replace(/\u0307/g, '')
    .replace(/ё/g, 'е');
}

const TIME = String.raw`(\d{1,2}):(\d{2})`;
/** Optional time before or after: "14:30, 05 декабря, 2025", "05 декабря, 2025 | 14:30". */
const DATE_LINE = new RegExp(
  String.raw`^(?:${TIME}\s*[,|•·]?\s*)?(\d{1,2})\.?\s+(\p{L}+)\.?,?\s+(\d{4})(?:\s*[,|•·]?\s*${TIME})?$`,
  'u',
);

const pad = (n: number): string => String(n).padStart(2, '0');

/** Reads one (trimmed) line as a date line; 'invalid' when it has the shape but not a real date. */
export function readDateLine(line: string): DateLineResult {
  const m = DATE_LINE.exec(line);
  if (!m) return { kind: 'none' };
  const [, hBefore, minBefore, dayText, monthWord, yearText, hAfter, minAfter] = m;
  const entry = MONTH_INDEX.get(monthKey(monthWord!));
  if (!entry) return { kind: 'invalid', reason: `unknown month "${monthWord}"` };
  const year = Number(yearText);
  const day = Number(dayText);
  const hour = Number(hBefore ?? hAfter ?? 0);
  const minute = Number(minBefore ?? minAfter ?? 0);
  const check = new Date(Date.UTC(year, entry.month - 1, day));
  if (day < 1 || check.getUTCMonth() !== entry.month - 1 || check.getUTCDate() !== day) {
    return { kind: 'invalid', reason: `"${line}" is not a real date` };
  }
  if (hour > 23 || minute > 59)
    return { kind: 'invalid', reason: `"${line}" has an impossible time` };
  return {
    kind: 'date',
    value: {
      year,
      month: entry.month,
      day,
      hour,
      minute,
      hasTime: (hBefore ?? hAfter) !== undefined,
      localDay: `${year}-${pad(entry.month)}-${pad(day)}`,
      editions: [...entry.editions],
    },
  };
}
