// `lede import newsml`: NewsML-G2 news items, news messages and packages from files and folders.

import { newsImportCommand } from './import-news.js';

export default newsImportCommand('newsml');
