/*
 * StarRating's keyboard contract: the WAI-ARIA APG Radio Group pattern (and its "Rating Radio
 * Group" example), which is also what a native <input type=radio> group does in Chromium:
 *
 *   Down, and Right in LTR / Left in RTL   the next star (next higher value), wrapping last → first
 *   Up, and Left in LTR / Right in RTL     the previous star, wrapping first → last
 *   Home / End                             the first / the last star (maqal's addition)
 *
 * "Next" counts from the focused star, not the stored value, so in an unrated group (focus on
 * star 1, nothing checked) the first Down checks star 2, as native radios do. Up and Down never
 * mirror. Arrows choose; they never vote (that is Enter, Space or a click, in StarRating.tsx).
 *
 * Wrapping was kept although a rating is an ordered scale: screen-reader users meet radio groups
 * far more often than ratings, and every native group and APG example wraps, so a rating that
 * stops at the ends would be the one group that behaves differently.
 */

/** The star a key moves to from `focused` (1-based) among `max`, or undefined for any other key. */
export function starForKey(key: string, focused: number, max: number, rtl: boolean): number | undefined {
  const next = focused >= max ? 1 : focused + 1;
  const previous = focused <= 1 ? max : focused - 1;
  switch (key) {
    case 'ArrowDown':
      return next;
    case 'ArrowUp':
      return previous;
    case 'ArrowRight':
      return rtl ? previous : next;
    case 'ArrowLeft':
      return rtl ? next : previous;
    case 'Home':
      return 1;
    case 'End':
      return max;
    default:
      return undefined;
  }
}
