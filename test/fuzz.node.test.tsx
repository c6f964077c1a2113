// The standing property-based suite (issue 13), on the server: the same arbitrary props as
// fuzz.test.tsx, rendered by react-dom/server in plain Node (no DOM), must not throw, log a React
// error, or put NaN, undefined, null, Infinity, "Invalid Date" or "[object Object]" in the HTML.
import fc from 'fast-check';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetWarnings } from '../src/core/warn';
import { components, FORBIDDEN, RUNS, SEED } from './helpers/fuzz';

afterEach(() => {
  resetWarnings();
  vi.restoreAllMocks();
});

describe('every component, on the server, with arbitrary props (fast-check)', () => {
  it.each(components.map((c) => [c.name, c] as const))('%s', (_, component) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    fc.assert(
      fc.property(component.props, (props) => {
        const html = renderToString(component.render(props));
        expect(html).not.toMatch(FORBIDDEN);
        expect(error).not.toHaveBeenCalled();
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 300_000);
});
