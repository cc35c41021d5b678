/** Stable, kebab-case codes for every way an input can be unusable. */
export const ERROR_CODES = [
  'invalid-input',
  'empty-input',
  'input-too-large',
  'not-arabic',
  'no-body',
  'invalid-option',
  'internal-error',
] as const;

export type ArticleParseErrorCode = (typeof ERROR_CODES)[number];

/**
 * The only error `parseArticle` throws. `code` is stable and documented; `message` is for people.
 */
export class ArticleParseError extends Error {
  readonly code: ArticleParseErrorCode;

  constructor(code: ArticleParseErrorCode, message: string) {
    super(message);
    this.name = 'ArticleParseError';
    this.code = code;
  }

  toJSON(): { code: ArticleParseErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}

export function isArticleParseError(value: unknown): value is ArticleParseError {
  return value instanceof ArticleParseError;
}
