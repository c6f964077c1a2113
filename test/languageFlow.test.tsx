// One language setting for every part, static ones included, in a client-rendered app (issue 14):
// a MaqalProvider sets locale, time zone, digits and messages; an island in the other language
// gets its own words; a part in the other direction isolates itself.
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleBody, ArticleHeader, MaqalProvider, ReadingTime } from '../src';
import { resetWarnings } from '../src/core/warn';
import { languagePage } from './fixtures/languagePage';
import { EXPECTED, ISLAND_AR, NOW, squash } from './languageFlow.shared';

afterEach(() => {
  resetWarnings();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

function expectWords(part: HTMLElement, words: Record<string, string>) {
  const text = squash(part.textContent!);
  for (const [name, expected] of Object.entries(words)) expect([name, text.includes(squash(expected))]).toEqual([name, true]);
}

describe.each(['ar', 'en'] as const)('a %s page from one MaqalProvider, in the DOM', (outer) => {
  it('speaks the provider’s language in every part, and the island’s in the island', () => {
    // After hydration a relative time follows the browser's clock: hold it at the page's "now".
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(NOW));
    const { container } = render(languagePage(outer));
    const page = container.querySelector<HTMLElement>('[data-part="page"]')!;
    const island = container.querySelector<HTMLElement>('[data-part="island"]')!;
    expectWords(page, EXPECTED[outer]);
    expectWords(island, outer === 'ar' ? EXPECTED.en : ISLAND_AR);
    // The header's meta row and the back-to-top button too.
    expect(container.querySelector('.maqal-ArticleHeader')).toHaveTextContent(outer === 'ar' ? '٧ دقائق للقراءة' : '7 min read');
    expect(container.querySelector('.maqal-ScrollToTop')).toHaveAttribute('aria-label', outer === 'ar' ? 'العودة إلى الأعلى' : 'Back to top');
  });
});

it('lets a part’s own locale win, isolated in its own direction ("4 min read", not "min read 4")', () => {
  const { container } = render(
    <MaqalProvider locale="ar">
      <p>
        مدة القراءة: <ReadingTime minutes={4} locale="en" />
      </p>
    </MaqalProvider>,
  );
  const part = container.querySelector('.maqal-ReadingTime')!;
  expect(part).toHaveTextContent('4 min read');
  expect(part).toHaveAttribute('lang', 'en');
  expect(part).toHaveAttribute('dir', 'ltr');
});

it('takes the provider’s message overrides in static parts, in the provider’s language only', () => {
  const { container } = render(
    <MaqalProvider locale="ar" messages={{ readingTime: { minutes: { other: (n) => `${n} د` } } }}>
      <ReadingTime minutes={12} />
      <ReadingTime minutes={12} locale="en" />
    </MaqalProvider>,
  );
  const [arabic, english] = container.querySelectorAll('.maqal-ReadingTime');
  expect(arabic).toHaveTextContent('12 د');
  expect(english).toHaveTextContent('12 min read');
});

it('warns that lang is deprecated on ArticleHeader and ArticleBody, and still honours it', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const { container } = render(
    <>
      <ArticleHeader lang="en" headline="A headline" kickerTone="breaking" />
      <ArticleBody lang="en">
        <p>Text</p>
      </ArticleBody>
    </>,
  );
  expect(container.querySelector('.maqal-ArticleHeader')).toHaveAttribute('lang', 'en');
  expect(container.querySelector('.maqal-Kicker')).toHaveTextContent('Breaking');
  expect(container.querySelector('.maqal-ArticleBody')).toHaveAttribute('dir', 'ltr');
  const messages = warn.mock.calls.map(([m]) => String(m));
  expect(messages.some((m) => m.includes('ArticleHeader: lang is deprecated; use locale'))).toBe(true);
  expect(messages.some((m) => m.includes('ArticleBody: lang is deprecated; use locale'))).toBe(true);
});
