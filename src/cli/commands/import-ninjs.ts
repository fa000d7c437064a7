// `lede import ninjs`: ninjs 1.x, 2.x and 3.x items from files and folders.

import { newsImportCommand } from './import-news.js';

export default newsImportCommand('ninjs');
