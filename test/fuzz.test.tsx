// The standing property-based suite (issue 13), in the DOM: every exported component rendered with
// arbitrary props must not throw, log a React error, or show NaN, undefined, null, Infinity,
// "Invalid Date" or "[object Object]" in its text or attributes. The same inputs are rendered on the
// server in fuzz.node.test.tsx.
import { cleanup, render } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetWarnings } from '../src/core/warn';
import { components, FORBIDDEN, RUNS, SEED } from './helpers/fuzz';

afterEach(() => {
  resetWarnings();
  vi.restoreAllMocks();
});

/** Every attribute value and text node under the container, in one string. */
function visible(container: HTMLElement): string {
  const parts: string[] = [container.textContent ?? ''];
  for (const element of container.querySelectorAll('*')) for (const attribute of element.attributes) parts.push(attribute.value);
  return parts.join('\n');
}

describe('every component, in the DOM, with arbitrary props (fast-check)', () => {
  it.each(components.map((c) => [c.name, c] as const))('%s', (_, component) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    fc.assert(
      fc.property(component.props, (props) => {
        const { container } = render(component.render(props));
        const shown = visible(container);
        cleanup();
        expect(shown).not.toMatch(FORBIDDEN);
        expect(error).not.toHaveBeenCalled();
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 300_000);
});
