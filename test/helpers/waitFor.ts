import { vi } from 'vitest';

/**
 * `vi.waitFor` with five seconds instead of one. In CI the browser tests share two cores with four
 * story projects, and an IntersectionObserver report or a smooth scroll has taken over a second there.
 */
export function waitFor<T>(check: () => T | Promise<T>, timeout = 5000): Promise<T> {
  return vi.waitFor(check, { timeout });
}
