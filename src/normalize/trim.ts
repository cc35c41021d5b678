/** Trims any of `chars` (and whitespace) from both ends, in linear time (no regex backtracking). */
export function trimChars(text: string, chars: string): string {
  let s = 0;
  let e = text.length;
  const drop = (c: string): boolean => chars.includes(c) || c.trim() === '';
  while (s < e && drop(text[s]!)) s++;
  while (e > s && drop(text[e - 1]!)) e--;
  return text.slice(s, e);
}
