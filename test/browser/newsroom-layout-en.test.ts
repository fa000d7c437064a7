// Every newsroom screen and dialog in the English interface at 390, 768 and 1366 px: no horizontal scrolling, no text cut short in a select or text area, headlines with room on the desk, no axe violation, 44 px touch targets below 1000 px.

import { describeNewsroomLayout } from './newsroom-layout-support.js';

describeNewsroomLayout('en');
