/**
 * Puts dropped lines back in the order the input showed them. The HTML path drops lines in two steps (the page's
 * furniture, then what the text path finds among the lines it was given), and the text path's layout cuts a foot off
 * the paragraphs after the chrome under it was listed, so the lists come apart; each line takes the first unused place
 * of the same line in `order` (the page's or the text's lines), else the place of the first line that holds it (a
 * prefix cut from a paragraph, "تونس – الصباح"), else the place of the line before it.
 */
export function inPageOrder(lines: readonly string[], order: readonly string[]): string[] {
  const places = new Map<string, number[]>();
  for (let k = order.length - 1; k >= 0; k--) {
    const list = places.get(order[k]!);
    if (list === undefined) places.set(order[k]!, [k]);
    else list.push(k);
  }
  let previous = -1;
  // (a line found in no place is looked for inside the others a bounded number of times: the cost stays linear)
  let searches = MAX_HOLDER_SEARCHES;
  const placed = lines.map((line, index) => {
    const free = places.get(line)?.pop() ?? (searches-- > 0 ? holderOf(line, order) : -1);
    const at = free >= 0 ? free : previous;
    previous = at;
    return { line, at, index };
  });
  placed.sort((a, b) => a.at - b.at || a.index - b.index);
  return placed.map((p) => p.line);
}

/** Most lines of one list looked for inside the page's lines (prefixes cut from paragraphs are a few). */
const MAX_HOLDER_SEARCHES = 16;

/** Place of the first line of `order` that holds `line`, or -1. */
function holderOf(line: string, order: readonly string[]): number {
  return line === '' ? -1 : order.findIndex((o) => o.includes(line));
}
