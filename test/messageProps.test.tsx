// Static components cannot read the provider's context (they render as React Server Components),
// so each one that shows catalogue words takes its own `messages` prop, merged over the catalogue.
// The relative Timestamp, a client component, also reads the provider's (test/timestamp.test.tsx).
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleHeader, Byline, Kicker, MaqalProvider, ReadingTime, Timestamp } from '../src';
import { resetWarnings } from '../src/core/warn';

afterEach(() => {
  resetWarnings();
  vi.restoreAllMocks();
});

const INSTANT = '2026-03-15T21:30:00Z';

describe('messages prop of the static components', () => {
  it('Byline: replaces the prefix, keeps the catalogue for the rest, and the prefix prop wins', () => {
    const authors = [{ name: 'ليلى حداد' }];
    const { container, rerender } = render(<Byline authors={authors} messages={{ prefix: 'إعداد' }} />);
    expect(container.querySelector('.maqal-Byline-prefix')).toHaveTextContent('إعداد');
    rerender(<Byline authors={authors} messages={{ prefix: 'إعداد' }} prefix="تحرير" />);
    expect(container.querySelector('.maqal-Byline-prefix')).toHaveTextContent('تحرير');
    rerender(<Byline authors={authors} messages={{ prefix: '' }} />);
    expect(container.querySelector('.maqal-Byline-prefix')).toBeNull();
    rerender(<Byline authors={[{ name: 'Leila Haddad' }]} locale="en" messages={{ prefix: 'By' }} />);
    expect(container.querySelector('.maqal-Byline-authors')).toHaveTextContent('By Leila Haddad');
  });

  it('Timestamp: replaces the published and updated labels, per key', () => {
    render(
      <>
        <Timestamp data-testid="p" dateTime={INSTANT} timeZone="UTC" published messages={{ updated: 'حُدّث' }} />
        <Timestamp data-testid="u" dateTime={INSTANT} timeZone="UTC" updated messages={{ updated: 'حُدّث' }} />
        <Timestamp data-testid="n" dateTime={INSTANT} timeZone="UTC" published messages={{ published: '' }} />
      </>,
    );
    expect(screen.getByTestId('p').querySelector('.maqal-Timestamp-label')).toHaveTextContent('نُشر');
    expect(screen.getByTestId('u').querySelector('.maqal-Timestamp-label')).toHaveTextContent('حُدّث');
    expect(screen.getByTestId('n').querySelector('.maqal-Timestamp-label')).toBeNull();
  });

  it('ReadingTime: replaces the plural forms it is given', () => {
    const minutes = { one: () => 'دقيقة قراءة', two: () => 'دقيقتا قراءة', other: (count: string) => `${count} د قراءة` };
    const { container, rerender } = render(<ReadingTime minutes={1} messages={{ minutes }} />);
    expect(container).toHaveTextContent('دقيقة قراءة');
    rerender(<ReadingTime minutes={2} messages={{ minutes }} />);
    expect(container).toHaveTextContent('دقيقتا قراءة');
    rerender(<ReadingTime minutes={11} messages={{ minutes }} numberingSystem="arab" />);
    expect(container).toHaveTextContent('١١ د قراءة');
  });

  it('Kicker: replaces a badge word; an empty one renders no kicker', () => {
    const { container, rerender } = render(<Kicker tone="breaking" messages={{ breaking: 'خبر عاجل' }} />);
    expect(container.querySelector('.maqal-Kicker-label')).toHaveTextContent('خبر عاجل');
    rerender(<Kicker tone="live" messages={{ breaking: 'خبر عاجل' }} />);
    expect(container.querySelector('.maqal-Kicker-label')).toHaveTextContent('مباشر');
    rerender(<Kicker tone="opinion" messages={{ opinion: '' }} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('ArticleHeader: passes its messages to the kicker', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<ArticleHeader kickerTone="live" headline="عنوان" locale="en" messages={{ live: 'LIVE now' }} />);
    expect(container.querySelector('.maqal-Kicker-label')).toHaveTextContent('LIVE now');
  });

  it("reads the provider's messages too (issue 14: one setting reaches every part)", () => {
    const { container } = render(
      <MaqalProvider messages={{ byline: { prefix: 'من المزود', published: 'من المزود' }, header: { breaking: 'من المزود' }, readingTime: { minutes: { other: () => 'من المزود' } } }}>
        <Byline authors={[{ name: 'ليلى' }]} />
        <Timestamp dateTime={INSTANT} timeZone="UTC" published />
        <ReadingTime minutes={3} />
        <Kicker tone="breaking" />
      </MaqalProvider>,
    );
    expect(container.textContent!.match(/من المزود/g)).toHaveLength(4);
  });
});
