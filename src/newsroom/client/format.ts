// Times as the newsroom shows them: in the agency's time zone (Asia/Baku), in the interface language.

import { MONTHS } from '../../domain/dates.js';
import type { UiLanguage } from './i18n/index.js';

/** The agency's zone (DESIGN.md: times are stored in UTC and shown in Asia/Baku by default). */
export const AGENCY_TIME_ZONE = 'Asia/Baku';

const pad = (n: number | undefined) => String(n ?? 0).padStart(2, '0');

/**
 * "06 dekabr 23:04", "06 декабря 23:04", "06 December 23:04": Lede's own month names (the
 * browser may have none for Azerbaijani), the year added when it is not this year's
 * ("05 декабря, 2025 14:30").
 */
export function formatTime(
  iso: string | null | undefined,
  language: UiLanguage,
  options: { seconds?: boolean } = {},
): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  const p = partsIn(date, AGENCY_TIME_ZONE);
  const thisYear = partsIn(new Date(), AGENCY_TIME_ZONE).year;
  const day = `${pad(p.day)} ${MONTHS[language][p.month! - 1]}`;
  const time = `${pad(p.hour)}:${pad(p.minute)}${options.seconds ? `:${pad(p.second)}` : ''}`;
  return `${p.year === thisYear ? day : `${day}, ${p.year}`} ${time}`;
}

/** Wall-clock parts of an instant in a zone. */
function partsIn(date: Date, timeZone: string): Record<string, number> {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const out: Record<string, number> = {};
  for (const p of parts) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

/** "2025-12-05T14:30:00" for a datetime-local input, in the zone. */
export function toZonedInput(iso: string, timeZone = AGENCY_TIME_ZONE): string {
  const p = partsIn(new Date(iso), timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
}

/** The UTC ISO time of a datetime-local value read as wall-clock time in the zone. */
export function fromZonedInput(value: string, timeZone = AGENCY_TIME_ZONE): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) return null;
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0, s = 0] = m.slice(1).map((part) => Number(part ?? 0));
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  // The zone's offset at that moment (two passes settle a DST edge).
  let guess = asUtc;
  for (let i = 0; i < 2; i++) {
    const p = partsIn(new Date(guess), timeZone);
    const shown = Date.UTC(p.year!, p.month! - 1, p.day, p.hour, p.minute, p.second);
    guess = asUtc - (shown - guess);
  }
  return new Date(guess).toISOString();
}

/** The agency's way of writing a wall-clock time: "05.12.2025" and "14:30" (24 h). */
export function toAgencyFields(value: string): { date: string; time: string } {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(value);
  if (!m) return { date: '', time: '' };
  const seconds = m[6] && m[6] !== '00' ? `:${m[6]}` : '';
  return { date: `${m[3]}.${m[2]}.${m[1]}`, time: `${m[4]}:${m[5]}${seconds}` };
}

/**
 * A date typed "dd.mm.yyyy" (or d.m.yyyy, "/" or "-" between) and a time "hh:mm" as the
 * "2025-12-05T14:30" wall-clock value the zone functions take; null when either is not a real one.
 */
export function fromAgencyFields(date: string, time: string): string | null {
  const d = /^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\s*$/.exec(date);
  const t = /^\s*(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*$/.exec(time);
  if (!d || !t) return null;
  const [day, month, year] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const [hour, minute, second] = [Number(t[1]), Number(t[2]), Number(t[3] ?? 0)];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  )
    return null;
  // Seconds only when typed: a time to the second (a schedule a moment ahead) keeps them.
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}${t[3] ? `:${t[3]}` : ''}`;
}

/** "05 dekabr 2025, 14:30": a wall-clock value read back with Lede's month names. */
export function describeWallClock(value: string, language: UiLanguage): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(value);
  if (!m) return '';
  const seconds = m[6] && m[6] !== '00' ? `:${m[6]}` : '';
  return `${m[3]} ${MONTHS[language][Number(m[2]) - 1]} ${m[1]}, ${m[4]}:${m[5]}${seconds}`;
}
