import { foldText } from './fold.js';

const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** A line's comparison key: folded, punctuation and symbols as single spaces, trimmed. */
export function lineKey(line: string): string {
  return foldText(line).replace(NOT_WORD, ' ').trim();
}

/** The words of a text's comparison key. */
export function keyWords(text: string): string[] {
  const key = lineKey(text);
  return key === '' ? [] : key.split(' ');
}
