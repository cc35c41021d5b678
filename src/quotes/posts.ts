import { postedWords, type RawQuote } from './extract.js';

/** A post embedded in the page (X, Twitter): its words as laid out, and the account's name the page prints under them. */
export interface EmbeddedPost {
  text: string;
  /** "الخارجية الأردنية" of "— الخارجية الأردنية (@ForeignMinistry) December 5, 2026", or null. */
  account: string | null;
}

const SPACES = /\s+/gu;

/** "— الخارجية الأردنية (@ForeignMinistry) December 5, 2026": the dash, the account's name, its handle in brackets. */
const POST_FOOT = /^[—–-]\s?([^()@\s][^()@]*)\(@\w+\)/u;

/** The name of the account in an embedded post's foot ("— الاسم (@handle) date"), or null. */
export function postAccount(foot: string): string | null {
  return POST_FOOT.exec(foot.trim())?.[1]?.trim() || null;
}

/**
 * A link closing a post's words: "pic.twitter.com/AbCd12", "https://t.co/x" (a hashtag alone closes many a paragraph of
 * the story: "أطلقوا وسم #…").
 */
const POST_TAIL = /(?:^|\s)(?:pic\.twitter\.com\/\S+|https?:\/\/\S+)$/u;
/** Longest line read as a post's words over its foot (a post holds 280 characters, its links and tags aside). */
const MAX_POST_CHARS = 600;

/**
 * Posts a scrape of the page's text kept with their foot under them: a line that closes on the post's link, then
 * "— الاسم (@handle) date" (the embed's foot, which the classifier drops). A foot under a paragraph with no such
 * close is read alone: a scrape may keep the foot of an embed whose words it lost. The lines must be the input's, in
 * order.
 */
export function postsAboveFeet(lines: readonly string[]): EmbeddedPost[] {
  const posts: EmbeddedPost[] = [];
  let previous = '';
  for (const line of lines) {
    const text = line.trim();
    if (text === '') continue;
    const account = previous !== '' && previous.length <= MAX_POST_CHARS && POST_TAIL.test(previous) ? postAccount(text) : null;
    if (account !== null) posts.push({ text: previous, account });
    previous = text;
  }
  return posts;
}

function spaced(text: string): string {
  return text.replace(SPACES, ' ').trim();
}

/** Whether two quotes hold the same words, one inside the other (spacing aside). */
function sameWords(a: string, b: string): boolean {
  const x = spaced(a);
  const y = spaced(b);
  return x.includes(y) || y.includes(x);
}

/**
 * The article's quotes with the words of each embedded post that no quote covers, given to its account: a post the
 * story introduces ("وكتب الصفدي في تغريدة:") is read by the text's own rules and keeps their speaker. In the order of
 * the paragraphs.
 */
export function withPostedWords(paragraphs: readonly string[], quotes: readonly RawQuote[], posts: readonly EmbeddedPost[]): RawQuote[] {
  if (posts.length === 0) return [...quotes];
  const byText = new Map<string, number>();
  paragraphs.forEach((p, i) => {
    const key = spaced(p);
    if (!byText.has(key)) byText.set(key, i);
  });
  const covered = (i: number): boolean => quotes.some((q) => q.paragraph <= i && i <= q.endParagraph);
  const added: RawQuote[] = [];
  for (const post of posts) {
    const i = byText.get(spaced(post.text));
    if (i === undefined || covered(i) || added.some((q) => q.paragraph === i)) continue;
    const words = postedWords(paragraphs, i, post.account);
    // (nor the words the story already quoted over the embed: «…» printed, then the post itself)
    if (words !== null && !quotes.some((q) => sameWords(q.text, words.text))) added.push(words);
  }
  if (added.length === 0) return [...quotes];
  return [...quotes, ...added].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}
