// axe-core in Chromium, ru edition at 390 px: no violation on its home, story, rubric, tag, archive, calendar and search pages.

import { describeAxe } from './accessibility-support.js';

describeAxe('ru', { name: 'phone', width: 390, height: 844 });
