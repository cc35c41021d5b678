import type { Article } from '../schema.js';

export interface PageText {
  text: string;
  meta: Partial<Article>;
}

/** Placeholder until the HTML path lands: strips tags to lines. */
export function htmlToText(html: string): PageText {
  const text = html
    
    .replace(/<\/(p|div|h[1-6]|li|br)\s*>|<br\s*\/?>/gi, '\n')
    .replace(/<[^<>]*>/g, ' ');
  return { text, meta: {} };
}
