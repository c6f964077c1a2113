import { readNumber } from '../../core/sanitize.js';
import { warnOnce } from '../../core/warn.js';

/*
 * Turns StarRating's numeric props into numbers it can draw, whatever an untyped caller passed:
 * nonsense becomes "no value", out-of-range numbers are clamped, all with one development warning
 * naming the prop (readNumber does the warning). Rounding to the precision happens in whole steps
 * (tenths, halves or stars) so 3.7 stays 3.7 and never becomes 3.7000000000000003.
 */

/** The precisions a display can be drawn at. */
export type StarPrecision = 1 | 0.5 | 0.1;

/** Number of stars: an integer from 1 to 10; 5 for nothing or nonsense. */
export function readMax(raw: unknown): number {
  const n = readNumber(raw, 'StarRating: max', { min: 1, max: 10 });
  if (n === undefined) return 5;
  if (!Number.isInteger(n)) warnOnce(`StarRating: max must be a whole number; got ${n}. It was rounded.`);
  return Math.round(n);
}

/** Steps per star for a precision: 1, 2 or 10; nonsense falls back to tenths. */
export function readSteps(raw: unknown): number {
  if (raw === undefined) return 10;
  const n = readNumber(raw, 'StarRating: precision');
  if (n === 1 || n === 0.5 || n === 0.1) return Math.round(1 / n);
  if (n !== undefined) warnOnce(`StarRating: precision must be 1, 0.5 or 0.1; got ${n}. 0.1 was used.`);
  return 10;
}

/** A rating between 0 and max, rounded to 1/steps of a star; null for nothing or nonsense. */
export function readRating(raw: unknown, prop: string, max: number, steps: number): number | null {
  const n = readNumber(raw, `StarRating: ${prop}`, { min: 0, max });
  return n === undefined ? null : Math.round(n * steps) / steps;
}

/** A star the reader can choose: a whole number from 1 to max, null for none. */
export function readChoice(raw: unknown, prop: string, max: number): number | null {
  const n = readRating(raw, prop, max, 1);
  return n ? n : null;
}

/** A number of votes: a whole number, 0 or more; null for nothing or nonsense. */
export function readCount(raw: unknown): number | null {
  const n = readNumber(raw, 'StarRating: count', { min: 0 });
  return n === undefined ? null : Math.round(n);
}

/** How much of star `star` (1-based) a rating fills, in percent, at `steps` per star. */
export function starFill(rating: number | null, star: number, steps: number): number {
  if (rating === null) return 0;
  const units = Math.round(rating * steps) - (star - 1) * steps;
  return (Math.min(steps, Math.max(0, units)) / steps) * 100;
}
