// The archive calendar of an edition: its years, and the days of a year or a month that have public stories.

import { localParts, zonedToUtc } from '../domain/dates.js';
import type { EditionCode } from '../domain/editions.js';
import type { CalendarSpan } from '../storage/calendar-port.js';
import { editionOf, type Deps } from './deps.js';

export interface CalendarMonth {
  year: number;
  /** 1..12 */
  month: number;
  /** "YYYY-MM-DD" local days of the edition's zone with public stories, in order. */
  days: string[];
}

export interface ArchiveCalendar {
  /** Years with public stories, newest first. */
  years: number[];
  /** The year shown; null when the edition has no public story yet. */
  year: number | null;
  /** Months of the year (or the one month asked for) that have stories, in order. */
  months: CalendarMonth[];
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The UTC bounds of a local span of the edition's zone, from the first day to the day after. */
function span(
  key: string,
  zone: string,
  from: [number, number, number],
  to: [number, number, number],
): CalendarSpan {
  // Date.UTC rolls a day 32 or a month 13 over; zonedToUtc takes the rolled-over parts.
  const at = ([y, m, d]: [number, number, number]) => {
    const n = new Date(Date.UTC(y, m - 1, d));
    return zonedToUtc(n.getUTCFullYear(), n.getUTCMonth() + 1, n.getUTCDate(), 0, 0, zone);
  };
  return { key, from: at(from).toISOString(), to: at(to).toISOString() };
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The calendar of an edition: `year` and `month` left out, its newest year with stories. Null
 * when the year or month asked for has no public story (or lies outside the edition's years).
 * Computed by index seeks (store.calendar), a few hundred at most, at any archive size.
 */
export async function archiveCalendar(
  deps: Deps,
  edition: EditionCode,
  asked: { year?: number; month?: number } = {},
): Promise<ArchiveCalendar | null> {
  const zone = editionOf(deps, edition).timeZone;
  const now = deps.clock.now().toISOString();
  const first = await deps.store.calendar.firstPublished(edition, now);
  if (first === null)
    return asked.year === undefined ? { years: [], year: null, months: [] } : null;
  const firstYear = localParts(new Date(first), zone).year;
  const thisYear = localParts(new Date(now), zone).year;
  if (asked.year !== undefined && (asked.year < firstYear || asked.year > thisYear)) return null;
  const yearSpans: CalendarSpan[] = [];
  for (let y = thisYear; y >= firstYear; y--)
    yearSpans.push(span(String(y), zone, [y, 1, 1], [y + 1, 1, 1]));
  const years = (await deps.store.calendar.spansWithStories(edition, yearSpans, now)).map(Number);
  const year = asked.year ?? years[0]!;
  if (!years.includes(year)) return null;
  const months =
    asked.month !== undefined ? [asked.month] : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  const daySpans: CalendarSpan[] = [];
  for (const m of months)
    for (let d = 1; d <= daysIn(year, m); d++)
      daySpans.push(span(`${year}-${pad(m)}-${pad(d)}`, zone, [year, m, d], [year, m, d + 1]));
  const days = await deps.store.calendar.spansWithStories(edition, daySpans, now);
  const shown = months
    .map((month) => ({
      year,
      month,
      days: days.filter((d) => d.startsWith(`${year}-${pad(month)}-`)),
    }))
    .filter((m) => m.days.length > 0);
  if (asked.month !== undefined && shown.length === 0) return null;
  return { years, year, months: shown };
}
