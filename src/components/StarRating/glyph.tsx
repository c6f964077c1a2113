import type { CSSProperties, ReactNode } from 'react';
import { starFill } from './values.js';

/*
 * How StarRating draws a star. The default star is no element at all: the star's own box draws
 * it with two pseudo-elements (an outline below, a solid star clipped to the fill above; see
 * StarRating.css), so a rating of five stars costs ten elements instead of forty-five, and a
 * thousand ratings mount in a fraction of the time (bench/runtime). Custom icons are React nodes,
 * so they keep two layers of real elements: the empty icon below and the filled one clipped.
 */

/** What the star element carries: its fill state for CSS and apps, and the partial width. */
export function starDrawing(shown: number | null, star: number, steps: number): { 'data-filled': 'full' | 'empty' | 'partial'; style?: CSSProperties } {
  const fill = starFill(shown, star, steps);
  if (fill === 100) return { 'data-filled': 'full' };
  if (fill === 0) return { 'data-filled': 'empty' };
  return { 'data-filled': 'partial', style: { '--maqal-star-partial': `${fill}%` } as CSSProperties };
}

const STAR = 'M12 2.6l2.9 6 6.6.9-4.8 4.6 1.2 6.5L12 17.5l-5.9 3.1 1.2-6.5-4.8-4.6 6.6-.9z';
// The default shape as an element, for a custom icon given for one layer only.
const star = (fill: string) => (
  <svg viewBox="0 0 24 24" focusable="false">
    <path d={STAR} fill={fill} stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
  </svg>
);

/** The two layers of a star drawn with the app's icons (either may be missing: the default fills in). */
export function CustomGlyph({ icon, emptyIcon }: { icon: ReactNode; emptyIcon: ReactNode }) {
  return (
    <span className="maqal-StarRating-glyph" aria-hidden="true">
      <span className="maqal-StarRating-empty">{emptyIcon ?? star('none')}</span>
      <span className="maqal-StarRating-fill">{icon ?? star('currentColor')}</span>
    </span>
  );
}
