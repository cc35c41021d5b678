/**
 * Puts dropped lines back in the order a page showed them. The HTML path drops lines in two steps (the page's
 * furniture, then what the text path finds among the lines it was given), so the two lists come apart; each line
 * takes the first unused place of the same line in the page's `order`, else the place of the first line that holds
 * it (a prefix the text path cut from a paragraph, "تونس – الصباح"), else the place of the line before it.
 */
export function inPageOrder(lines: readonly string[], order: readonly string[]): string[] {
  const places = new Map<string, number[]>();
  for (let k = order.length - 1; k >= 0; k--) {
    const list = places.get(order[k]!);
    if (list === undefined) places.set(order[k]!, [k]);
    else list.push(k);
  }
  let previous = -1;
  const placed = lines.map((line, index) => {
    const free = places.get(line)?.pop() ?? holderOf(line, order);
    const at = free >= 0 ? free : previous;
    previous = at;
    return { line, at, index };
  });
  placed.sort((a, b) => a.at - b.at || a.index - b.index);
  return placed.map((p) => p.line);
}

/** Place of the first line of `order` that holds `line`, or -1. */
function holderOf(line: string, order: readonly string[]): number {
  return line === '' ? -1 : order.findIndex((o) => o.includes(line));
}
