// axe-core in Chromium, ru edition at 1366 px: no violation on its home, story, rubric, tag, archive, calendar and search pages.

import { describeAxe } from './accessibility-support.js';

describeAxe('ru', { name: 'desktop', width: 1366, height: 900 });
