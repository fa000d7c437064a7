// The reader's site at 1366 px: no page of any kind scrolls sideways in any edition; list pages have their side column beside.

import { describeLayout } from './reader-support.js';

describeLayout({ width: 1366, height: 900 });
