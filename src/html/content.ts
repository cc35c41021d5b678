import type { Element, ElementContent, Nodes, Root, Text } from 'hast';
import { lineKey } from '../normalize/key.js';
import { attr, classAndId, eachElement, isElement, textOf } from './tree.js';
import { postAccount, type EmbeddedPost } from '../quotes/posts.js';

/** Tags whose content is never article text. */
const NOISE_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'nav', 'footer', 'aside', 'button', 'select',
  'input', 'textarea', 'figure', 'figcaption', 'video', 'audio', 'canvas', 'object', 'embed', 'map', 'dialog', 'picture',
  'img', 'source', 'link', 'meta', 'head', 'title',
]);
/** Class or id words of widgets: share bars, related and most-read lists, comments, cookie banners, ad slots… */
const NOISE_NAME =
  /(?:^|[\s_-])(?:share|sharing|social|related|relatedarticles|read-?more|more-?news|most-?read|popular|trending|comments?|cookies?|consent|banner|advert\w*|ads?|adslot|ad-?slot|dfp|gpt|promo|newsletter|subscribe|breadcrumbs?|tags?|keywords|widget|sidebar|modal|popup|overlay|footer|navbar|nav|menu|caption|credits?|print|font-?size|toolbar|ticker|weather|podcast|player|outbrain|taboola|sponsored|partners?|inline-?related|article-?related|see-?also|also-?read|hidden|d-none|hide|invisible|visually-?hidden|sr-only|tools|rating|author-?box|next|prev|previous|pagination|pager|gallery|slider|carousel)(?:$|[\s_-])/u;
/** Class or id fragments that mark furniture wherever they stand in a class name ("uplCaption", "imgcontainer"). */
const NOISE_FRAGMENT = /caption|imgcontainer|img-?cap|photo-?credit|image-?credit|outbrain|taboola|cookie|newsletter|breadcrumb|advert|instagram-media|tiktok-embed|fb-post/u;
const MAX_CAPTION_WORDS = 14;

/** Class or id words of the article body. */
const BODY_NAME = /articlebody|article-body|article__body|article_body|story-body|storybody|story-content|story__content|entry-content|post-content|post-body|article-content|articletext|article-text|content-body|news-body|text-content|article__text|field-name-body|field--name-body|body-text|detail-content|news-content/u;
/** Class words of a lead paragraph that sits outside the body element. */
const LEAD_NAME = /(?:^|[\s_-])(?:lead|summary|standfirst|intro|excerpt|subtitle|article__announce|announce)(?:$|[\s_-])/u;
const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'pre',
  'table', 'tr', 'td', 'th', 'dd', 'dt', 'dl', 'address', 'hr', 'center',
]);
const MAX_LINKY_WORDS = 40;
const INLINE_UNITS = new Set(['a', 'span', 'time', 'strong', 'em', 'b', 'small']);
/** Elements outside the body whose text a reader sees though they are neither blocks nor inline units. */
const TEXT_HOLDERS = new Set(['figure', 'figcaption', 'footer', 'nav', 'aside', 'label', 'button', 'caption', 'summary', 'details']);
const LINKY_SHARE = 0.6;

/** The class of an embedded post on X (Twitter) as the page prints it before the platform's script replaces it. */
const POST_EMBED = /(?:^|\s)twitter-tweet(?:$|\s)/u;

/**
 * "<blockquote class="twitter-tweet"><p>…</p>— الاسم (@handle) <a>date</a></blockquote>": an embedded post, whose
 * paragraphs are the words posted (a statement the story quotes) and whose last line, the account and the date, is
 * furniture. Its paragraph children, or null when it is no such embed or holds none.
 */
function postEmbedWords(el: Element): Element[] | null {
  if (el.tagName !== 'blockquote' || !POST_EMBED.test(classAndId(el))) return null;
  const words = el.children.filter((c): c is Element => isElement(c) && c.tagName === 'p' && textOf(c).trim() !== '');
  return words.length > 0 ? words : null;
}

/** Whether an element holds an embedded post with words (a figure wrapping one). */
function holdsPostEmbed(el: Element): boolean {
  let found = false;
  eachElement(el, (e) => {
    if (postEmbedWords(e) !== null) found = true;
    return !found;
  });
  return found;
}

/** Whether an element is page furniture rather than article text. */
export function isNoise(el: Element): boolean {
  // ("<figure class="wp-block-embed-twitter"><div><blockquote class="twitter-tweet">…": a figure that holds an
  // embedded post holds the words posted)
  if (NOISE_TAGS.has(el.tagName)) return !(el.tagName === 'figure' && holdsPostEmbed(el));
  if (el.properties.hidden !== undefined && el.properties.hidden !== false) return true;
  if (attr(el, 'ariaHidden') === 'true') return true;
  const style = attr(el, 'style') ?? '';
  if (/display\s?:\s?none|visibility\s?:\s?hidden/u.test(style)) return true;
  // ("<div id="__next">": a framework's root holds the whole page, never a "next story" link)
  const name = classAndId(el).replace(FRAMEWORK_ROOT, ' ');
  if (name.trim() === '') return false;
  // (an embedded post with no paragraph of words is furniture too)
  if (el.tagName === 'blockquote' && POST_EMBED.test(name)) return postEmbedWords(el) === null;
  return (NOISE_NAME.test(name) || NOISE_FRAGMENT.test(name)) && !BODY_NAME.test(name);
}
/** The ids of a script framework's root element ("__next", "__nuxt"), as `classAndId` gives them. */
const FRAMEWORK_ROOT = /(?:^|\s)__(?:next|nuxt)(?=\s|$)/gu;

/** An image with a short line of text and no paragraph: a caption block. */
function isImageCaption(el: Element, s: Stats): boolean {
  return el.tagName !== 'p' && s.words > 0 && s.words <= MAX_CAPTION_WORDS && s.img && !s.paragraph;
}

/** Sizes of a subtree, gathered for every element in one bottom-up pass. */
interface Stats {
  /** Characters of non-space text. */
  chars: number;
  /** Of which inside links. */
  linkChars: number;
  /** Words (space-separated runs). */
  words: number;
  img: boolean;
  paragraph: boolean;
}

/** One post-order pass over the subtree: text, link text and word counts per element (linear, no recursion). */
function gatherStats(root: Element): Map<Element, Stats> {
  const stats = new Map<Element, Stats>();
  const order: Element[] = [];
  eachElement(root, (el) => {
    order.push(el);
    return !/^(?:script|style|noscript|template|svg)$/u.test(el.tagName);
  });
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i]!;
    const s: Stats = { chars: 0, linkChars: 0, words: 0, img: el.tagName === 'img' || el.tagName === 'picture', paragraph: false };
    if (!/^(?:script|style|noscript|template|svg)$/u.test(el.tagName)) {
      for (const c of el.children) {
        if (c.type === 'text') {
          const t = c.value.trim();
          if (t !== '') {
            s.chars += t.length;
            s.words += t.split(/\s+/u).length;
          }
        } else if (isElement(c)) {
          const cs = stats.get(c);
          if (!cs) continue;
          s.chars += cs.chars;
          s.words += cs.words;
          s.linkChars += c.tagName === 'a' ? cs.chars : cs.linkChars;
          s.img ||= cs.img;
          s.paragraph ||= cs.paragraph || c.tagName === 'p';
        }
      }
    }
    stats.set(el, s);
  }
  return stats;
}

/** A list or box made mostly of links (related stories, tags): dropped even without telling class names. */
function isLinkList(el: Element, s: Stats): boolean {
  // (a table's side column of links, "<td class="side"><b>آخر الأخبار</b><br><a>…</a>…", too)
  if (!['ul', 'ol', 'div', 'section', 'li', 'p', 'table', 'td'].includes(el.tagName)) return false;
  if (s.chars === 0 || s.words > MAX_LINKY_WORDS * (el.tagName === 'ul' || el.tagName === 'ol' ? 4 : 1)) return false;
  return s.linkChars / s.chars >= LINKY_SHARE;
}

function paragraphText(el: Element): number {
  let n = 0;
  eachElement(el, (e) => {
    if (e !== el && isNoise(e)) return false;
    if (e.tagName === 'p') {
      n += textOf(e).length;
      return false;
    }
    return true;
  });
  return n;
}

/** The element holding the article text, and lead paragraphs marked as such anywhere on the page. */
export interface ContentRoot {
  root: Element | null;
  /** The root and its sibling parts, in page order: a body split by an ad into two "article-body" blocks is one body. */
  parts: Element[];
  leads: Element[];
}

/** Headings that may carry an article's title inside its <article>. */
const TITLE_HEADINGS = new Set(['h1', 'h2', 'h3']);

/**
 * On a page that loads the next stories under the first (several <article>s), the elements inside the one whose
 * heading is the page's headline; null when no single <article> carries it.
 */
function underHeadline(articles: readonly Element[], headline: string | undefined): Set<Element> | null {
  if (articles.length < 2 || headline === undefined) return null;
  const key = lineKey(headline);
  if (key === '') return null;
  const carrying = articles.filter((a) => {
    let found = false;
    eachElement(a, (el) => {
      if (found) return false;
      if (TITLE_HEADINGS.has(el.tagName) && lineKey(textOf(el)) === key) found = true;
      return !TITLE_HEADINGS.has(el.tagName);
    });
    return found;
  });
  if (carrying.length !== 1) return null;
  const inside = new Set<Element>();
  eachElement(carrying[0]!, (el) => {
    inside.add(el);
  });
  return inside;
}

/**
 * The element holding the article text: articleBody markers, else <article>, else <main>, else the densest block;
 * inside the <article> under the page's headline when the page holds several.
 */
export function findContentRoot(tree: Root, headline?: string): ContentRoot {
  const leads: Element[] = [];
  const marked: Element[] = [];
  const articles: Element[] = [];
  const mains: Element[] = [];
  const allArticles: Element[] = [];
  let body: Element | null = null;
  eachElement(tree, (el) => {
    if (NOISE_TAGS.has(el.tagName)) return false;
    if (el.tagName === 'body') body = el;
    if (el.tagName === 'article') allArticles.push(el);
    const name = classAndId(el);
    if (LEAD_NAME.test(name) && !BODY_NAME.test(name)) leads.push(el);
    if (attr(el, 'itemProp') === 'articleBody' || BODY_NAME.test(name)) marked.push(el);
    else if (el.tagName === 'article') articles.push(el);
    else if (el.tagName === 'main' || attr(el, 'role') === 'main') mains.push(el);
    return true;
  });
  const inside = underHeadline(allArticles, headline);
  const best = (all: Element[]): Element | null => {
    const els = inside === null ? all : all.filter((el) => inside.has(el));
    let top: Element | null = null;
    let score = 0;
    for (const el of els) {
      // (a body whose paragraphs are <div>s holds few <p>s, or only an embed's: its text weighs then)
      const s = Math.max(paragraphText(el), textOf(el).length / 4);
      if (s > score) {
        score = s;
        top = el;
      }
    }
    return score > 80 ? top : null;
  };
  const fromMarked = best(marked);
  const root = fromMarked ?? best(articles) ?? best(mains) ?? densest(body);
  return { root, parts: root === null ? [] : fromMarked !== null && marked.length > 1 ? siblingParts(tree, root, marked) : [root], leads };
}

/** The element whose children hold `child`, or null. */
function parentOf(tree: Root, child: Element): Element | null {
  let parent: Element | null = null;
  eachElement(tree, (el) => {
    if (parent !== null) return false;
    if (el.children.includes(child)) parent = el;
    return parent === null;
  });
  return parent;
}

/**
 * "<div class="article-body">…</div><div class="ad-slot">…</div><div class="article-body">…</div>": the marked body
 * elements beside the root under the same parent, of the same tag and class, that hold paragraphs, in page order
 * (the root alone when it has no such sibling).
 */
function siblingParts(tree: Root, root: Element, marked: readonly Element[]): Element[] {
  const parent = parentOf(tree, root);
  if (parent === null) return [root];
  const name = classAndId(root);
  const parts = marked.filter((el) => el === root || (el.tagName === root.tagName && parent.children.includes(el) && classAndId(el) === name && paragraphText(el) > 0));
  return parts.length > 1 ? parts : [root];
}

/** The element whose direct <p> children hold the most text. */
function densest(body: Element | null): Element | null {
  if (body === null) return null;
  let top: Element | null = null;
  let score = 0;
  eachElement(body, (el) => {
    if (isNoise(el)) return false;
    let s = 0;
    for (const c of el.children) if (isElement(c) && c.tagName === 'p') s += textOf(c).length;
    if (s > score) {
      score = s;
      top = el;
    }
    return true;
  });
  return top ?? body;
}

/** Text that ends in a soft break already (a <br> right before, only space after it). */
const SOFT_BREAK_BEFORE = /\n[ \t\r\f]*$/u;
/** Text whose last sentence is closed (a full stop, a question or exclamation mark, a colon), or empty. */
const SENTENCE_CLOSED = /(?:^|[.!؟?:…])["»”')]?\s*$/u;

export interface ContentText {
  lines: string[];
  dropped: string[];
  /** The embedded posts laid out among the lines: their words and the account that posted them. */
  posts: EmbeddedPost[];
  /** The lines and the dropped lines together, in the order the page shows them. */
  order: string[];
}

const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th']);
const CELL_SEPARATOR = ' | ';
/** Most characters of a data table's cell; a longer one (a layout table's column) is a block of its own. */
const MAX_CELL_CHARS = 80;

/** Whether a table cell holds a datum: short text, no block inside (not a page laid out in a table's columns). */
function isDataCell(cell: Element): boolean {
  let chars = 0;
  let block = false;
  eachElement(cell, (el) => {
    if (el !== cell && BLOCK_TAGS.has(el.tagName)) block = true;
    for (const c of el.children) if (c.type === 'text') chars += c.value.trim().length;
    return !block && chars <= MAX_CELL_CHARS;
  });
  return !block && chars <= MAX_CELL_CHARS;
}

/** The space put between two inline pieces the page printed side by side. */
const PIECE_SPACE: Text = { type: 'text', value: ' ' };

const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;

/** Whether two inline pieces side by side would glue a word of one to a word of the other ("الأحمد" + "صنعاء"). */
function gluedPieces(a: ElementContent, b: ElementContent): boolean {
  return isElement(a) && isElement(b) && WORD_END.test(textOf(a)) && WORD_START.test(textOf(b));
}

/** Lays out an element as text lines (blocks and <br> break lines), setting aside furniture it contains. */
export function layoutText(root: Element, keepAll = false): ContentText {
  const stats = keepAll ? null : gatherStats(root);
  const lines: string[] = [];
  const dropped: string[] = [];
  const order: string[] = [];
  const posts: EmbeddedPost[] = [];
  let current = '';
  const flush = (): void => {
    const line = current.replace(/[ \t\r\n\f]+/gu, ' ').trim();
    if (line !== '') {
      lines.push(line);
      order.push(line);
    }
    current = '';
  };
  // (unit: a piece of a dropped block's labelled parts, laid out as a line of its own)
  // (drop: lines set aside where they stand in the page, after what was pushed before them)
  type Step = { node: Nodes | ElementContent; exit?: boolean; unit?: boolean; drop?: string[] };
  const stack: Step[] = [{ node: root }];
  // inside a <p>, a lone <br> in the middle of a sentence is a soft break ("ستواصل<br>الانخفاض …"), not a paragraph's end
  let inParagraph = 0;
  while (stack.length > 0) {
    const { node, exit, unit, drop } = stack.pop()!;
    if (drop !== undefined) {
      flush();
      dropped.push(...drop);
      order.push(...drop);
      continue;
    }
    if (exit) {
      if (isElement(node) && node.tagName === 'p') inParagraph--;
      flush();
      continue;
    }
    if (node.type === 'text') {
      current += node.value;
      continue;
    }
    if (!isElement(node)) {
      if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]! });
      continue;
    }
    if (node.tagName === 'br') {
      // (two in a row, or one after a sentence's end, still part paragraphs)
      if (inParagraph > 0 && !SOFT_BREAK_BEFORE.test(current) && !SENTENCE_CLOSED.test(current)) current += '\n';
      else flush();
      continue;
    }
    if (/^(?:script|style|noscript|template|svg)$/u.test(node.tagName)) continue;
    // an embedded post: its paragraphs laid out as the body's, its account and date line set aside after them
    const posted = node !== root && stats !== null ? postEmbedWords(node) : null;
    if (posted !== null) {
      flush();
      const rest = node.children.filter((c) => !posted.includes(c as Element));
      const tail = rest.map((c) => (c.type === 'text' ? c.value : isElement(c) ? textOf(c) : '')).join('').replace(/\s+/gu, ' ').trim();
      if (tail !== '') stack.push({ node, drop: [tail] });
      for (let i = posted.length - 1; i >= 0; i--) stack.push({ node: posted[i]! });
      const account = postAccount(tail);
      for (const p of posted) posts.push({ text: textOf(p).replace(/\s+/gu, ' ').trim(), account });
      continue;
    }
    if (node !== root && stats !== null) {
      const s = stats.get(node);
      const block = BLOCK_TAGS.has(node.tagName);
      if (isNoise(node) || (s !== undefined && s.chars > 0 && block && (isLinkList(node, s) || isImageCaption(node, s)))) {
        if (s !== undefined && s.chars > 0) {
          flush();
          // the dropped block, line by line, so that boilerplate reads as the page did
          const set = layoutText(node, true).lines;
          dropped.push(...set);
          order.push(...set);
        }
        continue;
      }
    }
    // ("<tr><td>عيار 21</td><td>3150 جنيه</td></tr>": a data table's row is one line, its cells parted by " | ")
    if (CELL_TAGS.has(node.tagName) && isDataCell(node)) {
      if (current.trim() !== '' && !current.endsWith(CELL_SEPARATOR)) current += CELL_SEPARATOR;
      for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]! });
      continue;
    }
    if (unit === true || BLOCK_TAGS.has(node.tagName)) {
      flush();
      stack.push({ node, exit: true });
      if (node.tagName === 'p') inParagraph++;
    }
    // ("<div><span>اقرأ أيضاً</span><a>…</a></div>" set aside: the label and the link are two lines, not one word)
    // ("<div><span>سامي الأحمد</span><span>صنعاء</span><time>…</time></div>" kept: one line, its pieces parted by a
    // space where the page put none between them, never glued into one word)
    // (never inside a paragraph, whose inline pieces are its own sentence: "<a>وزارة العمل</a><span>، خلال …</span>")
    const holder = isPartsHolder(node);
    const parts = keepAll && holder;
    const spaced = holder && !keepAll && node.tagName !== 'p';
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i]!;
      stack.push({ node: child, unit: parts });
      if (spaced && i > 0 && gluedPieces(node.children[i - 1]!, child)) stack.push({ node: PIECE_SPACE });
    }
  }
  flush();
  return { lines, dropped, order, posts };
}

/** A lead paragraph that sits beside the body element ("lead" outside itemprop=articleBody), or null. */
export function leadBeside(leads: readonly Element[], root: Element): string | null {
  for (const el of leads) {
    if (el === root || isNoise(el)) continue;
    const t = textOf(el);
    if (t.length > 40 && t.split(' ').length < 120) return t;
  }
  return null;
}

/** Fewest inline elements that stand as separate pieces when nothing but space parts them. */
const MIN_PARTS = 2;

/**
 * "<div><span>القاهرة - العربية.نت</span><time>…</time></div>", "<nav><a>الرئيسية</a><a>اقتصاد</a></nav>": an element
 * of two inline units or more with nothing but space between them holds separate pieces, not one run of text.
 */
function isPartsHolder(el: Element): boolean {
  let parts = 0;
  for (const c of el.children) {
    if (isElement(c)) {
      if (INLINE_UNITS.has(c.tagName)) parts++;
    } else if (c.type === 'text' && c.value.trim() !== '') return false;
  }
  return parts >= MIN_PARTS;
}

/**
 * Whether an element holds a block, a text holder or a part of the body below it (then it is no piece of a run of
 * text). Asked only of the inline children between blocks, whose subtrees are small.
 */
function holdsBlock(el: Element, roots: ReadonlySet<Element>): boolean {
  let found = false;
  eachElement(el, (e) => {
    if (found) return false;
    if (e !== el && (roots.has(e) || BLOCK_TAGS.has(e.tagName) || TEXT_HOLDERS.has(e.tagName))) found = true;
    return !found;
  });
  return found;
}

/** A step of the outside reader: a node to visit, or the text of a run of inline content between blocks. */
type OutsideStep = { node: Element | Root } | { run: string };

/**
 * The children of an element that holds blocks, in order, with each run of text and inline elements between the
 * blocks gathered into one piece when the run holds text of its own ("<div>نستخدم ملفات تعريف الارتباط
 * <button>موافق</button></div>": the sentence is a unit, never lost because a block stands beside it). A run of
 * elements alone ("<a>…</a><a>…</a>") stays a run of separate pieces.
 */
function stepsBetweenBlocks(el: Element | Root, roots: ReadonlySet<Element>): OutsideStep[] {
  const steps: OutsideStep[] = [];
  let run: Array<Text | Element> = [];
  const flushRun = (): void => {
    if (run.some((c) => c.type === 'text' && c.value.trim() !== '')) {
      const text = run.map((c) => (c.type === 'text' ? c.value : textOf(c))).join('').replace(/\s+/gu, ' ').trim();
      steps.push({ run: text });
    } else for (const c of run) if (isElement(c)) steps.push({ node: c });
    run = [];
  };
  for (const c of el.children) {
    if (c.type === 'text') run.push(c);
    else if (!isElement(c)) continue;
    else if (!INERT_TAGS.test(c.tagName) && !BLOCK_TAGS.has(c.tagName) && !TEXT_HOLDERS.has(c.tagName) && !isPartsHolder(c) && !holdsBlock(c, roots)) run.push(c);
    else {
      flushRun();
      steps.push({ node: c });
    }
  }
  flushRun();
  return steps;
}

/** Elements whose content no reader sees: the head, and a title the parser moved into the body. */
const INERT_TAGS = /^(?:script|style|noscript|template|svg|head|title)$/u;

/** Text blocks of the page outside the body element, before and after it: what a reader sees besides the article. */
export function outsideBlocks(tree: Root, parts: readonly Element[]): { before: string[]; after: string[] } {
  const roots: ReadonlySet<Element> = new Set(parts);
  const before: string[] = [];
  const after: string[] = [];
  let out = before;
  const seen = new Set<string>();
  const add = (t: string): void => {
    if (t !== '' && !seen.has(t)) {
      seen.add(t);
      out.push(t);
    }
  };
  // (iterative, in document order: deep trees must not overflow the stack)
  const stack: OutsideStep[] = [{ node: tree }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('run' in step) {
      add(step.run);
      continue;
    }
    const el = step.node;
    if (el.type !== 'root') {
      if (roots.has(el)) {
        out = after;
        continue;
      }
      if (INERT_TAGS.test(el.tagName)) continue;
      // (a nav or a footer inside a header is a block of its own: "<header><nav><a>الرئيسية</a><a>اقتصاد</a></nav></header>")
      const hasBlockChild = el.children.some((c) => isElement(c) && (BLOCK_TAGS.has(c.tagName) || TEXT_HOLDERS.has(c.tagName)));
      if (!hasBlockChild) {
        // "<div><span>القاهرة - العربية.نت</span><time>…</time></div>": separate labelled pieces
        if (isPartsHolder(el)) {
          for (let i = el.children.length - 1; i >= 0; i--) {
            const c = el.children[i]!;
            if (isElement(c)) stack.push({ node: c });
          }
          continue;
        }
        // (a caption, a footer or any other element holding text alone is a unit too: nothing the page shows is lost)
        if (BLOCK_TAGS.has(el.tagName) || INLINE_UNITS.has(el.tagName) || TEXT_HOLDERS.has(el.tagName)) {
          add(textOf(el));
          continue;
        }
      }
    }
    const steps = stepsBetweenBlocks(el, roots);
    for (let i = steps.length - 1; i >= 0; i--) stack.push(steps[i]!);
  }
  return { before, after };
}
