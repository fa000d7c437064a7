// The reader's site at 390 px: no page of any kind scrolls sideways in any edition; the side column goes below the list.

import { describeLayout } from './reader-support.js';

describeLayout({ width: 390, height: 844 });
