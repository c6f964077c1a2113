import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MaqalProvider, ScrollToTop } from '../src';

describe('ScrollToTop on the server', () => {
  it('renders hidden, with the catalogue label, and touches no DOM global', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(<ScrollToTop />);
    expect(html).toContain('hidden=""');
    expect(html).toContain('data-state="hidden"');
    expect(html).toContain('aria-label="العودة إلى الأعلى"');
  });

  it('takes the label from the provider locale, and a label prop over it', () => {
    expect(renderToString(<MaqalProvider locale="en"><ScrollToTop /></MaqalProvider>)).toContain('aria-label="Back to top"');
    expect(renderToString(<ScrollToTop label="إلى رأس الصفحة" />)).toContain('aria-label="إلى رأس الصفحة"');
  });

  it('never throws on bad input', () => {
    for (const threshold of [-5, Number.NaN, Infinity, 'abc', {}] as unknown as number[]) {
      expect(() => renderToString(<ScrollToTop threshold={threshold} target={() => null} />)).not.toThrow();
    }
  });
});
