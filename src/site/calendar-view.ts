// The archive calendar's view: years as links, each month with stories as a grid of weeks, days linked to their archive pages.

import { formatDate } from '../domain/dates.js';
import type { Edition } from '../domain/editions.js';
import { paths } from '../domain/urls.js';
import type { Deps } from '../operations/deps.js';
import { archiveCalendar, type CalendarMonth } from '../operations/read-calendar.js';
import type { EditionChrome } from '../operations/read-site.js';
import { chromeView } from './build-views.js';
import { feedLinks } from './feed-links.js';
import { sideView } from './side-view.js';
import type { CalendarDayView, CalendarMonthView } from './view-models.js';
import { renderCalendarPage } from './views/render-calendar.js';
import { readerStrings } from './views/reader-strings.js';
import { strings } from './views/strings.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/** Addresses of the calendar: the edition's, a year's, a month's. */
export const calendarPaths = {
  root: (e: Edition) => `${e.prefix}archive/`,
  year: (e: Edition, year: number) => `${e.prefix}archive/${year}/`,
  month: (e: Edition, year: number, month: number) => `${e.prefix}archive/${year}/${pad(month)}/`,
};

function monthView(edition: Edition, m: CalendarMonth): CalendarMonthView {
  const r = readerStrings(edition.code);
  const withStories = new Set(m.days);
  const count = new Date(Date.UTC(m.year, m.month, 0)).getUTCDate();
  // Monday first: getUTCDay() is 0 on Sunday.
  const lead = (new Date(Date.UTC(m.year, m.month - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (CalendarDayView | null)[] = Array.from({ length: lead }, () => null);
  for (let d = 1; d <= count; d++) {
    const day = `${m.year}-${pad(m.month)}-${pad(d)}`;
    cells.push({
      day: d,
      label: formatDate(edition.code, new Date(`${day}T12:00:00Z`), 'UTC'),
      url: withStories.has(day) ? paths.archive(edition, day) : null,
    });
  }
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (CalendarDayView | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return {
    name: `${r.months[m.month - 1]} ${m.year}`,
    url: calendarPaths.month(edition, m.year, m.month),
    weeks,
  };
}

/** The calendar page's HTML and its surrogate keys; null when the year or month has no stories. */
export async function calendarPage(
  deps: Deps,
  edition: Edition,
  chrome: EditionChrome,
  asked: { year?: number; month?: number },
): Promise<{ html: string } | null> {
  const calendar = await archiveCalendar(deps, edition.code, asked);
  if (!calendar) return null;
  const r = readerStrings(edition.code);
  const archive = strings(edition.code).archive;
  const heading =
    asked.month !== undefined && asked.year !== undefined
      ? `${r.months[asked.month - 1]} ${asked.year}`
      : calendar.year !== null
        ? `${archive} ${calendar.year}`
        : archive;
  const canonical =
    asked.year === undefined
      ? calendarPaths.root(edition)
      : asked.month === undefined
        ? calendarPaths.year(edition, asked.year)
        : calendarPaths.month(edition, asked.year, asked.month);
  const html = renderCalendarPage({
    chrome: chromeView({
      edition,
      editions: deps.editions,
      chrome,
      title: heading,
      canonical,
      origin: deps.publicUrl,
      feeds: feedLinks(deps.publicUrl, edition),
    }),
    heading,
    years: calendar.years.map((y) => ({
      name: String(y),
      url: calendarPaths.year(edition, y),
      current: y === calendar.year && asked.month === undefined,
    })),
    months: calendar.months.map((m) => monthView(edition, m)),
    side: await sideView(deps, edition, chrome),
  });
  return { html };
}
