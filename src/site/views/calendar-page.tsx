// The archive calendar: the edition's years, then a grid per month with the days that have stories linked.

import type { CalendarMonthView, CalendarPageView } from '../view-models.js';
import { Layout } from './layout.js';
import { readerStrings } from './reader-strings.js';
import { strings } from './strings.js';
import type { EditionCode } from '../../domain/editions.js';

function MonthGrid({ month, edition }: { month: CalendarMonthView; edition: EditionCode }) {
  const r = readerStrings(edition);
  return (
    <table class="month">
      <caption>
        <a href={month.url}>{month.name}</a>
      </caption>
      <thead>
        <tr>
          {r.weekdays.map((w, i) => (
            <th scope="col">
              <abbr title={r.weekdayNames[i]}>{w}</abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {month.weeks.map((week) => (
          <tr>
            {week.map((cell) =>
              cell === null ? (
                <td class="day-out" />
              ) : cell.url ? (
                <td class="day-on">
                  <a href={cell.url} title={cell.label}>
                    {cell.day}
                  </a>
                </td>
              ) : (
                <td class="day-off">{cell.day}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CalendarPage({ view }: { view: CalendarPageView }) {
  const { chrome } = view;
  const { edition } = chrome;
  const r = readerStrings(edition.code);
  return (
    <Layout chrome={chrome} page="list" {...(view.side ? { side: view.side } : {})}>
      <div class="list list-calendar">
        <header class="list-head">
          <p class="kicker">{strings(edition.code).archive}</p>
          <h1>{view.heading}</h1>
        </header>
        {view.years.length > 0 && (
          <nav class="chips years" aria-label={r.archiveYears}>
            <ul>
              {view.years.map((y) => (
                <li>
                  <a href={y.url} aria-current={y.current ? 'page' : undefined}>
                    {y.name}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {view.months.length === 0 ? (
          <p class="empty">{r.noArchive}</p>
        ) : (
          <div class="months">
            {view.months.map((m) => (
              <MonthGrid month={m} edition={edition.code} />
            ))}
          </div>
        )}
      </div>
    </Layout>
  );
}
