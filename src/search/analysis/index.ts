// Text analysis for search: the public API of the folder (pure functions, no I/O).

export { analyze } from './analyze.js';
export { ANALYSIS_LANGUAGES, detectLanguage, isAnalysisLanguage } from './language.js';
export type { AnalysisLanguage } from './language.js';
export { normalize } from './normalize.js';
export { stem } from './stem.js';
export { isStopword, stopwords } from './stopwords.js';
export { tokenize } from './tokenize.js';
