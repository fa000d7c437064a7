// Dates in the edition's own format: "05 декабря, 2025", "05 dekabr, 2025", "05 December, 2025".

import type { EditionCode } from './editions.js';

/** Month names as they stand after a day number, per edition language. */
export const MONTHS: Record<EditionCode, readonly string[]> = {
  ru: [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ],
  az: [
    'yanvar',
    'fevral',
    'mart',
    'aprel',
    'may',
    'iyun',
    'iyul',
    'avqust',
    'sentyabr',
    'oktyabr',
    'noyabr',
    'dekabr',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

export interface LocalParts {
  year: number;
  month: number; // 1..12
  day: number;
  hour: number;
  minute: number;
}

/** One formatter per time zone: making one costs about a millisecond, using it microseconds. */
const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let fmt = partsFormats.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
    partsFormats.set(timeZone, fmt);
  }
  return fmt;
}

/** Wall-clock parts of an instant in a time zone. */
export function localParts(instant: Date, timeZone: string): LocalParts {
  const fmt = partsFormat(timeZone);
  const parts: Record<string, number> = {};
  for (const p of fmt.formatToParts(instant))
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** "05 декабря, 2025" */
export function formatDate(edition: EditionCode, instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${pad(p.day)} ${MONTHS[edition][p.month - 1]}, ${p.year}`;
}

/** "14:30" */
export function formatTime(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** "2025-12-05": the local day, used by archive URLs. */
export function localDay(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** Offset of a time zone at an instant, in minutes east of UTC. */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const p = localParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  const floored = Math.floor(instant.getTime() / 60000) * 60000;
  return Math.round((asUtc - floored) / 60000);
}

/** The UTC instant at which a local wall-clock time happens in a zone. */
export function zonedToUtc(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timeZone: string,
): Date {
  const guess = new Date(Date.UTC(year, month - 1, day, hour, minute));
  const offset = zoneOffsetMinutes(guess, timeZone);
  const first = new Date(guess.getTime() - offset * 60000);
  const second = zoneOffsetMinutes(first, timeZone);
  return second === offset ? first : new Date(guess.getTime() - second * 60000);
}

/** ISO 8601 with the zone's offset: "2025-12-05T14:30:00+04:00". */
export function isoInZone(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  const off = zoneOffsetMinutes(instant, timeZone);
  const sign = off >= 0 ? '+' : '-';
  const abs = Math.abs(off);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Parses "YYYY-MM-DD" into its parts, or null. */
export function parseDay(day: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const [year, month, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, d));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== d) return null;
  return { year, month, day: d };
}
