import { vi } from 'vitest';

/**
 * `vi.waitFor` with five seconds instead of one: in CI the browser tests share two cores with four
 * story projects, and a smooth scroll or a font load has taken over a second there. (ScrollToTop's
 * "slow observer" under load was a bug, not slowness: it read the first entry of a batched report.)
 */
export function waitFor<T>(check: () => T | Promise<T>, timeout = 5000): Promise<T> {
  return vi.waitFor(check, { timeout });
}
