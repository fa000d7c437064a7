// The <time> element of the site: UTC instant in datetime, the edition's local date and time as text.

import { formatDate, formatTime, localDay } from '../../domain/dates.js';
import type { Edition } from '../../domain/editions.js';

export interface DateTimeProps {
  /** UTC ISO instant. */
  iso: string;
  edition: Edition;
  /** "full": "05 декабря, 2025 14:30"; "time": "14:30" only (news feeds). */
  mode?: 'full' | 'time';
  /** Only the day is known (a crawled page's date): the local day, never a made-up "00:00". */
  dateOnly?: boolean;
  class?: string;
}

/** The instant as a UTC ISO string for the datetime attribute; input already in UTC is kept as is. */
export function utcIso(iso: string, instant: Date): string {
  return iso.endsWith('Z') ? iso : instant.toISOString();
}

export function DateTime({
  iso,
  edition,
  mode = 'full',
  dateOnly,
  class: className,
}: DateTimeProps) {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return null;
  const cls = className ? `dt ${className}` : 'dt';
  if (dateOnly) {
    // A feed line shows times under a date heading: a story without a time shows none there.
    if (mode === 'time') return null;
    return (
      <time datetime={localDay(instant, edition.timeZone)} class={`${cls} dt-date-only`}>
        <span class="dt-date">{formatDate(edition.code, instant, edition.timeZone)}</span>
      </time>
    );
  }
  const time = formatTime(instant, edition.timeZone);
  return (
    <time datetime={utcIso(iso, instant)} class={cls}>
      {mode === 'full' && (
        <>
          <span class="dt-date">{formatDate(edition.code, instant, edition.timeZone)}</span>{' '}
        </>
      )}
      <span class="dt-time">{time}</span>
    </time>
  );
}
