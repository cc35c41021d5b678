import type { Element, ElementContent, Nodes, Properties, Root, RootContent } from 'hast';
import { h, s } from 'hastscript';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { html as HTML_SCHEMA } from 'property-information';
import { parse as parseCommas } from 'comma-separated-tokens';
import { parse as parseSpaces } from 'space-separated-tokens';

/** Nesting deeper than this is flattened before conversion (hast conversion recurses once per level). */
const MAX_DEPTH = 400;

interface P5Node {
  nodeName: string;
  childNodes?: P5Node[];
  parentNode?: P5Node | null;
  /** A template's parts, a fragment of their own. */
  content?: P5Node;
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

/**
 * Keeps the parse5 tree shallow enough for a recursive converter: pathological nesting is flattened, under a
 * template's content too ("<template>" left open over thousands of nested elements overflowed the stack).
 */
function limitDepth(root: P5Node): void {
  const nodes: P5Node[] = [root];
  const depths: number[] = [0];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    if (node.content !== undefined) {
      nodes.push(node.content);
      depths.push(depth + 1);
    }
    if (!node.childNodes || node.childNodes.length === 0) continue;
    // (the leaves a flattened node keeps are still walked: a template among them has content)
    if (depth >= MAX_DEPTH) flatten(node);
    for (const child of node.childNodes) {
      nodes.push(child);
      depths.push(depth + 1);
    }
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

/**
 * The element properties the HTML path reads (`attr`, `classAndId`, the meta and content readers). The converter
 * below fills these alone; a reader of any other property must add it here.
 */
export const READ_PROPERTIES: ReadonlySet<string> = new Set([
  'className', 'id', 'hidden', 'ariaHidden', 'style', 'itemProp', 'role', 'content', 'dateTime', 'title', 'property', 'name', 'type', 'rel',
]);

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
/** A tag name hastscript reads as a selector ("a.b", "x#y"). */
const SELECTOR_TAG = /[.#]/u;

type P5Document = DefaultTreeAdapterMap['document'];
type P5Child = DefaultTreeAdapterMap['childNode'];
type P5Element = DefaultTreeAdapterMap['element'];

/** A string attribute's hast value, as hastscript gives it: a number, a boolean's true, or the string. */
function primitive(info: (typeof HTML_SCHEMA.property)[string], value: string): string | number | boolean {
  if (info.number && value !== '' && !Number.isNaN(Number(value))) return Number(value);
  if ((info.boolean || info.overloadedBoolean) && (value === '' || value.toLowerCase() === info.property.toLowerCase())) return true;
  return value;
}

/** A list attribute's items as hastscript values them; as they are unless the property is a number or a boolean (a class list). */
function listValue(info: (typeof HTML_SCHEMA.property)[string], items: string[]): Array<string | number> {
  return info.number || info.boolean || info.overloadedBoolean ? (items.map((v) => primitive(info, v)) as Array<string | number>) : items;
}

/**
 * Each attribute name that gives a read property, with the property: "class" and "classname" give `className`.
 * (parse5 lowercases an HTML element's attribute names; no other case folding reaches these ASCII names.)
 */
const READ_ATTRIBUTES: ReadonlyMap<string, string> = new Map(Object.entries(HTML_SCHEMA.normal).filter(([, property]) => READ_PROPERTIES.has(property)));

/** The read properties of an HTML element's attributes, each valued as hastscript values it. */
function readProperties(el: P5Element): Properties {
  const properties: Properties = {};
  for (const a of el.attrs) {
    // (a prefixed name, "xlink:href", is never a read one)
    const property = a.prefix ? undefined : READ_ATTRIBUTES.get(a.name);
    if (property === undefined) continue;
    const info = HTML_SCHEMA.property[property]!;
    let value: Properties[string];
    if (info.spaceSeparated) value = listValue(info, parseSpaces(a.value));
    else if (info.commaSeparated) value = listValue(info, parseCommas(a.value));
    else if (info.commaOrSpaceSeparated) value = listValue(info, parseSpaces(parseCommas(a.value).join(' ')));
    else value = primitive(info, a.value);
    const before = properties[property];
    // (two attributes of one property, "class" and "classname": hastscript joins their class names)
    properties[property] = property === 'className' && Array.isArray(before) ? [...before, ...(value as Array<string | number>)] : value;
  }
  return properties;
}

function convertChildren(nodes: readonly P5Child[]): RootContent[] {
  const out = new Array<RootContent>(nodes.length);
  for (let i = 0; i < nodes.length; i++) out[i] = convertChild(nodes[i]!);
  return out;
}

/** Attributes as hastscript takes them: prefixed names, none that an object's prototype holds ("constructor"). */
function attributeObject(el: P5Element): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of el.attrs) {
    const name = a.prefix ? `${a.prefix}:${a.name}` : a.name;
    if (!(name in Object.prototype)) out[name] = a.value;
  }
  return out;
}

function convertChild(node: P5Child): RootContent {
  switch (node.nodeName) {
    case '#text':
      return { type: 'text', value: (node as DefaultTreeAdapterMap['textNode']).value };
    case '#comment':
      return { type: 'comment', value: (node as DefaultTreeAdapterMap['commentNode']).data };
    case '#documentType':
      return { type: 'doctype' };
    default: {
      const el = node as P5Element;
      const children = convertChildren(el.childNodes) as ElementContent[];
      // foreign (SVG, MathML) elements and tag names hastscript reads as selectors ("a.b") are built by hastscript,
      // as hast-util-from-parse5 builds them (a foreign "template" has no content of its own: that library fails on it)
      if (el.namespaceURI !== HTML_NAMESPACE || SELECTOR_TAG.test(el.tagName)) return (el.namespaceURI === SVG_NAMESPACE ? s : h)(el.tagName, attributeObject(el), children);
      const tagName = el.tagName.toLowerCase();
      if (tagName !== 'template') return { type: 'element', tagName, properties: readProperties(el), children };
      // (a template's parts are its content, never its children: no reader of the page's text visits them)
      const content = (el as DefaultTreeAdapterMap['template']).content;
      return { type: 'element', tagName, properties: readProperties(el), children: [], content: { type: 'root', children: convertChildren(content.childNodes), data: { quirksMode: false } } } as Element;
    }
  }
}

/**
 * parse5's tree as hast, as hast-util-from-parse5 gives it but for the properties the HTML path never reads, which
 * are left out of HTML elements: building every property through hastscript took a fifth of the HTML path's time.
 */
function toHast(document: P5Document): Root {
  return { type: 'root', children: convertChildren(document.childNodes), data: { quirksMode: document.mode === 'quirks' || document.mode === 'limited-quirks' } };
}

/** Parses HTML into a hast tree (parse5 without source locations: the fast path). Never runs or fetches anything. */
export function parseHtml(html: string): Root {
  const document = parse(stripInert(html));
  limitDepth(document as unknown as P5Node);
  return toHast(document);
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
