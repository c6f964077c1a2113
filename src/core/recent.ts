/*
 * Results of pure string work, remembered for the inputs seen lately. A server renders a popular
 * article again on every request, with the same body, names and dates: segmenting its words,
 * splitting its paragraphs and reading its dates were most of maqal's own part of the page's
 * server render (bench/page: ssr.mjs). Hydration on the client renders each text once and gains
 * nothing, but loses nothing either: a miss costs one Map lookup.
 *
 * Bounded: at most `limit` entries, none of them for an input longer than `longest` characters
 * (so at most limit × longest characters are held); past the limit the table starts again, which
 * costs no bookkeeping and lets a page's handful of inputs come straight back. A result is shared
 * between callers: never mutate one.
 */
export function recentResults<T>(limit: number, longest: number) {
  const table = new Map<string, Map<string, T>>();
  let size = 0;
  /** `compute(input)`, or the result it gave for the same scope and input lately. */
  return function remember(scope: string, input: string, compute: (input: string) => T): T {
    if (input.length > longest) return compute(input);
    let byInput = table.get(scope);
    const hit = byInput?.get(input);
    if (hit !== undefined) return hit;
    const result = compute(input);
    if (size >= limit) {
      table.clear();
      size = 0;
      byInput = undefined;
    }
    if (!byInput) table.set(scope, (byInput = new Map()));
    byInput.set(input, result);
    size += 1;
    return result;
  };
}
