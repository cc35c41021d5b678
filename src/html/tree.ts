import type { Element, ElementContent, Nodes, Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parse } from 'parse5';

/** Nesting deeper than this is flattened before conversion (hast conversion recurses once per level). */
const MAX_DEPTH = 400;

interface P5Node {
  nodeName: string;
  childNodes?: P5Node[];
  parentNode?: P5Node | null;
}

/** Lifts everything below `node` into one flat list of its leaves (text and childless elements), in order. */
function flatten(node: P5Node): void {
  const leaves: P5Node[] = [];
  const stack: P5Node[] = [...(node.childNodes ?? [])].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.childNodes && n.childNodes.length > 0) {
      for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]!);
    } else {
      n.parentNode = node;
      leaves.push(n);
    }
  }
  node.childNodes = leaves;
}

/** Keeps the parse5 tree shallow enough for a recursive converter: pathological nesting is flattened. */
function limitDepth(root: P5Node): void {
  const stack: Array<[P5Node, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!node.childNodes) continue;
    if (depth >= MAX_DEPTH) {
      flatten(node);
      continue;
    }
    for (const child of node.childNodes) stack.push([child, depth + 1]);
  }
}

/** The start of an element whose content is skipped, or of a comment. */
const INERT_OPENER = /<(?:(script|style|svg|noscript|template)(?![\w-])|!--)/giu;
const CLOSERS = { script: /<\/script/giu, style: /<\/style/giu, svg: /<\/svg/giu, noscript: /<\/noscript/giu, template: /<\/template/giu };

/**
 * Empties script, style, svg, noscript and template elements (keeping JSON-LD) and drops comments before the
 * parser sees them: most of a modern page's bytes are there, and none of it is article text.
 */
export function stripInert(html: string): string {
  const out: string[] = [];
  let at = 0;
  INERT_OPENER.lastIndex = 0;
  for (let m = INERT_OPENER.exec(html); m !== null; m = INERT_OPENER.exec(html)) {
    const i = m.index;
    const name = m[1]?.toLowerCase();
    if (name === undefined) {
      // a comment: dropped whole
      const end = html.indexOf('-->', i + 4);
      out.push(html.slice(at, i));
      at = end < 0 ? html.length : end + 3;
      INERT_OPENER.lastIndex = at;
      continue;
    }
    const openEnd = html.indexOf('>', i);
    if (openEnd < 0) break;
    const close = findCloser(html, name, openEnd + 1);
    if (close < 0) break;
    if (!(name === 'script' && html.slice(i, openEnd).toLowerCase().includes('ld+json'))) {
      out.push(html.slice(at, openEnd + 1));
      at = close;
    }
    INERT_OPENER.lastIndex = close + 1;
  }
  out.push(html.slice(at));
  return out.join('');
}

/** Where `</name` next stands (any letter case), scanning from `from`; -1 if nowhere. */
function findCloser(html: string, name: string, from: number): number {
  const closer = CLOSERS[name as keyof typeof CLOSERS];
  closer.lastIndex = from;
  return closer.exec(html)?.index ?? -1;
}

/** Parses HTML into a hast tree (parse5 without source locations: the fast path). Never runs or fetches anything. */
export function parseHtml(html: string): Root {
  const document = parse(stripInert(html));
  limitDepth(document as unknown as P5Node);
  return fromParse5(document) as Root;
}

export function isElement(node: Nodes | ElementContent): node is Element {
  return node.type === 'element';
}

/** Class names and id of an element, lowercased and joined, for pattern tests. */
export function classAndId(el: Element): string {
  const cls = el.properties.className;
  const classes = Array.isArray(cls) ? cls.join(' ') : typeof cls === 'string' ? cls : '';
  const id = typeof el.properties.id === 'string' ? el.properties.id : '';
  return `${classes} ${id}`.toLowerCase();
}

export function attr(el: Element, name: string): string | null {
  const v = el.properties[name];
  if (v === undefined || v === null || v === false) return null;
  return Array.isArray(v) ? v.join(' ') : String(v);
}

/** Visits every element depth-first (iteratively: deep trees must not overflow the stack). Return false to skip a subtree. */
export function eachElement(root: Nodes, visit: (el: Element) => boolean | void): void {
  const stack: Array<Nodes | ElementContent> = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node) && visit(node) === false) continue;
    if (!('children' in node)) continue;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}

/** Plain text of a subtree (no layout), iteratively. */
export function textOf(node: Nodes | ElementContent): string {
  const out: string[] = [];
  const stack: Array<Nodes | ElementContent> = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') out.push(n.value);
    else if ('children' in n && (n === node || !(isElement(n) && (n.tagName === 'script' || n.tagName === 'style')))) {
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  return out.join('').replace(/\s+/gu, ' ').trim();
}
