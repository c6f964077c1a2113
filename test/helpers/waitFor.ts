import { vi } from 'vitest';

/**
 * `vi.waitFor` with fifteen seconds instead of one. In CI the browser tests share two cores with
 * four story projects, and an IntersectionObserver report or a smooth scroll has taken over a
 * second there, once over five (a scroll container's report, in a clean-clone run). A passing
 * check returns as soon as it passes, so the ceiling costs nothing.
 */
export function waitFor<T>(check: () => T | Promise<T>, timeout = 15_000): Promise<T> {
  return vi.waitFor(check, { timeout });
}
