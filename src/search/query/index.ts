// The query language of search: parsing what readers type and analysing it for the index.

export { analyzeQuery } from './analyze-query.js';
export type { AnalyzedQuery } from './analyze-query.js';
export {
  MAX_QUERY_LENGTH,
  MAX_QUERY_WORDS,
  parseQuery,
  QuerySyntaxError,
  querySyntaxMessage,
} from './parse-query.js';
export type { QueryNode, QuerySyntaxErrorCode } from './parse-query.js';
