// Server rendering in plain Node, with no DOM globals: what an SSR framework does with StarRating
// (a client component, rendered on the server first and hydrated later).
import { readFileSync } from 'node:fs';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { MaqalProvider, StarRating } from '../src';

describe('StarRating on the server', () => {
  it('runs with no DOM at all', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('is a client component: its module starts with "use client"', () => {
    const source = readFileSync(new URL('../src/components/StarRating/StarRating.tsx', import.meta.url), 'utf8');
    expect(source.startsWith("'use client';")).toBe(true);
  });

  it('renders the interactive group, the average and the votes, with no warning', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const html = renderToString(
      <MaqalProvider locale="ar" numberingSystem="arab">
        <StarRating average={4.2} count={37} name="score" defaultValue={3} />
      </MaqalProvider>,
    );
    expect(html).toContain('role="radiogroup"');
    expect(html.match(/type="radio"/g)).toHaveLength(5);
    expect(html).toContain('٤٫٢ من ٥');
    expect(html).toContain('٣٧ صوتًا');
    expect(html).toContain('aria-label="٣ من ٥ نجوم"');
    const checked = html.match(/<input[^>]*checked=""[^>]*>/g) ?? [];
    expect(checked).toHaveLength(1);
    expect(checked[0]).toContain('value="3"');
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });

  it('renders the read-only image with its sentence', () => {
    const html = renderToString(<StarRating readOnly value={3.7} count={11} />);
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-label="التقييم 3.7 من 5، 11 صوتًا"');
    expect(html).toContain('data-filled="partial"');
    expect(html).toContain('--maqal-star-partial:70%');
  });

  it('survives nonsense props on the server too', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const html = renderToString(<StarRating {...({ value: 'x', max: Infinity, average: NaN, count: {} } as object)} />);
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
    expect(html.match(/type="radio"/g)).toHaveLength(5);
  });
});
