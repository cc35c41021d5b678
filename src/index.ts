export { parseArticle, safeParseArticle, type SafeParseResult } from './parse.js';
export { ArticleParseError, isArticleParseError, ERROR_CODES, type ArticleParseErrorCode } from './errors.js';
export {
  ArticleSchema,
  BylineSchema,
  ReadTimeSchema,
  QuoteSchema,
  QuoteKindSchema,
  SpeakerSchema,
  ParseOptionsSchema,
  type Article,
  type Byline,
  type ReadTime,
  type Quote,
  type QuoteKind,
  type Speaker,
  type ParseOptions,
} from './schema.js';
export { parseStream, type StreamRecord, type StreamOptions } from './stream/records.js';
