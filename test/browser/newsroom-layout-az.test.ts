// Every newsroom screen and dialog in the Azerbaijani interface at 390, 768 and 1366 px: no horizontal scrolling, no axe violation, 44 px touch targets below 1000 px.

import { describeNewsroomLayout } from './newsroom-layout-support.js';

describeNewsroomLayout('az');
