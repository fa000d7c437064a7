// Renders the archive calendar page to a complete HTML document.

import { renderToString } from 'preact-render-to-string';
import type { CalendarPageView } from '../view-models.js';
import { CalendarPage } from './calendar-page.js';

export function renderCalendarPage(view: CalendarPageView): string {
  return '<!doctype html>' + renderToString(<CalendarPage view={view} />);
}
