import { render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Byline, MaqalProvider, ReadingTime, Timestamp } from '../src';
import { resetWarnings } from '../src/core/warn';

afterEach(() => {
  resetWarnings();
  vi.restoreAllMocks();
});

const names = (container: HTMLElement) => [...container.querySelectorAll('.maqal-Byline-name')].map((n) => n.textContent);
const authorsText = (container: HTMLElement) => container.querySelector('.maqal-Byline-authors')?.textContent;

describe('Byline: names joined as each locale joins a list', () => {
  it.each([
    ['ar', ['ليلى حداد'], 'بقلم ليلى حداد'],
    ['ar', ['ليلى حداد', 'عمر الفاسي'], 'بقلم ليلى حداد وعمر الفاسي'],
    ['ar', ['ليلى حداد', 'عمر الفاسي', 'نور الهدى بن علي', 'يوسف القاسمي'], 'بقلم ليلى حداد وعمر الفاسي ونور الهدى بن علي ويوسف القاسمي'],
    ['he', ['נועה לוי', 'דוד כהן'], 'מאת נועה לוי ודוד כהן'],
    // CLDR's Persian list pattern (RLM included) without its comma before "و", as Persian usage has it (issue 16).
    ['fa', ['مریم رضایی', 'علی کریمی', 'سارا احمدی'], 'نوشتهٔ مریم رضایی،\u200f علی کریمی و سارا احمدی'],
    ['ur', ['عائشہ خان', 'بلال احمد'], 'تحریر: عائشہ خان اور بلال احمد'],
    ['en', ['Leila Haddad', 'Omar Fassi', 'Noor Ali'], 'Leila Haddad, Omar Fassi, and Noor Ali'],
    ['en-GB', ['Leila Haddad', 'Omar Fassi', 'Noor Ali'], 'Leila Haddad, Omar Fassi and Noor Ali'],
  ])('%s: %j', (locale, list, expected) => {
    const { container } = render(<Byline locale={locale} authors={list.map((name) => ({ name }))} />);
    expect(authorsText(container)).toBe(expected);
    expect(names(container)).toEqual(list);
  });

  it('isolates every name in a <bdi>, so a Latin name or trailing punctuation cannot reorder its neighbours', () => {
    const { container } = render(<Byline authors={[{ name: 'Jean-Luc M.' }, { name: 'سلمى (مراسلة)' }]} />);
    const isolated = [...container.querySelectorAll('bdi.maqal-Byline-name')].map((n) => n.textContent);
    expect(isolated).toEqual(['Jean-Luc M.', 'سلمى (مراسلة)']);
  });

  it('removes bidi embedding, override and isolate controls from names', () => {
    const { container } = render(
      <Byline authors={[{ name: '\u202Eخالد\u202C المنصوري\u2066', role: '\u202Dمحرر' }]} source={'\u2067وكالات\u2069'} />,
    );
    expect(container.textContent).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(names(container)).toEqual(['خالد المنصوري']);
  });

  it('takes the prefix from the catalogue, lets it be replaced or removed', () => {
    const authors = [{ name: 'ليلى حداد' }];
    const { container, rerender } = render(<Byline authors={authors} />);
    expect(container.querySelector('.maqal-Byline-prefix')).toHaveTextContent('بقلم');
    rerender(<Byline authors={authors} prefix="إعداد" />);
    expect(authorsText(container)).toBe('إعداد ليلى حداد');
    rerender(<Byline authors={authors} prefix={null} />);
    expect(authorsText(container)).toBe('ليلى حداد');
    rerender(<Byline authors={[{ name: 'Leila Haddad' }]} locale="en" />);
    expect(container.querySelector('.maqal-Byline-prefix')).toBeNull();
  });

  it('links a name only to an http(s) or relative URL, with rel="author"', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <Byline
        authors={[
          { name: 'ليلى حداد', href: '/authors/leila' },
          { name: 'عمر الفاسي', href: 'https://example.com/omar' },
          { name: 'نور علي', href: 'javascript:alert(1)' },
        ]}
      />,
    );
    expect(screen.getByRole('link', { name: 'ليلى حداد' })).toHaveAttribute('href', '/authors/leila');
    expect(screen.getByRole('link', { name: 'عمر الفاسي' })).toHaveAttribute('rel', 'author');
    expect(screen.queryByRole('link', { name: 'نور علي' })).toBeNull();
    expect(screen.getByText('نور علي')).toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/href/));
  });

  it('shows a role after the name and an agency source line', () => {
    const { container } = render(<Byline authors={[{ name: 'ليلى حداد', role: 'مراسلة الشؤون الاقتصادية' }]} source="وكالات" />);
    expect(container.querySelector('.maqal-Byline-role')).toHaveTextContent('(مراسلة الشؤون الاقتصادية)');
    expect(container.querySelector('.maqal-Byline-source')).toHaveTextContent('وكالات');
    // The gap before the source is text, not only CSS: copied text and reader modes keep the words apart.
    expect(container.textContent).toBe('بقلم ليلى حداد (مراسلة الشؤون الاقتصادية)\u00a0وكالات');
  });
});

describe('Byline: avatars', () => {
  it('draws a decorative avatar with the first grapheme of the name beneath the photo', () => {
    const { container } = render(<Byline authors={[{ name: 'إيمان الشامي', avatarSrc: '/img/iman.jpg' }]} />);
    const avatar = container.querySelector('.maqal-Byline-avatars')!;
    expect(avatar).toHaveAttribute('aria-hidden', 'true');
    expect(avatar.querySelector('.maqal-Byline-initial')).toHaveTextContent(/^إ$/);
    expect(avatar.querySelector('img')).toHaveAttribute('alt', '');
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('keeps a letter and its combining marks together in the initial', () => {
    const { container } = render(<Byline authors={[{ name: 'شُّعيب', avatarSrc: '/a.jpg' }, { name: '👩🏽‍💻 Dev', avatarSrc: '/b.jpg' }]} />);
    const initials = [...container.querySelectorAll('.maqal-Byline-initial')].map((n) => n.textContent);
    expect(initials).toEqual(['شُّ', '👩🏽‍💻']);
  });

  it('draws no avatar without avatarSrc, and only the initial for an unsafe one', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container, rerender } = render(<Byline authors={[{ name: 'ليلى' }]} />);
    expect(container.querySelector('.maqal-Byline-avatar')).toBeNull();
    rerender(<Byline authors={[{ name: 'ليلى', avatarSrc: 'javascript:x' }]} />);
    expect(container.querySelector('.maqal-Byline-initial')).toHaveTextContent('ل');
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('Byline: bad input', () => {
  it('renders nothing for no authors, an empty list or only empty names', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const authors of [undefined, [], [{ name: '' }, { name: '   ' }, { name: '\u202E' }], 'ليلى' as never, [null, 4] as never]) {
      const { container, unmount } = render(<Byline authors={authors} />);
      expect(container).toBeEmptyDOMElement();
      unmount();
    }
  });

  it('skips the empty names among good ones, and shows a source alone', () => {
    const { container, rerender } = render(<Byline authors={[{ name: '' }, { name: 'عمر' }]} />);
    expect(authorsText(container)).toBe('بقلم عمر');
    rerender(<Byline authors={[]} source="وكالات" />);
    expect(container.textContent).toBe('وكالات');
  });

  it('never throws or prints undefined/NaN/[object Object], whatever the authors', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const author = fc.record(
      { name: fc.oneof(fc.string(), fc.integer(), fc.constant(undefined), fc.object()), href: fc.oneof(fc.string(), fc.webUrl()), role: fc.string(), avatarSrc: fc.string() },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(author, { maxLength: 5 }), fc.oneof(fc.constantFrom('ar', 'en', 'fa', 'xx'), fc.string()), (authors, locale) => {
        const { container, unmount } = render(<Byline authors={authors as never} locale={locale} />);
        expect(container.textContent).not.toMatch(/undefined|NaN|\[object/);
        unmount();
      }),
      { numRuns: 300 },
    );
  });
});

describe('Byline, Timestamp, ReadingTime: direction comes from the page', () => {
  // Issue 14: a part in a language written the other way isolates itself and reads in its own
  // direction ("3 min read", not "min read 3"); one in the surroundings' direction leaves dir alone.
  it('sets dir only on a part whose language runs the other way from the provider’s (Arabic without one)', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const [locale, dir] of [
      ['ar', null],
      ['he', null],
      ['en', 'ltr'],
    ] as const) {
      const { container, unmount } = render(
        <>
          <Byline locale={locale} authors={[{ name: 'ليلى حداد', avatarSrc: '/a.jpg' }]} source="وكالات" />
          <Timestamp locale={locale} dateTime="2026-03-15T21:30:00Z" timeZone="UTC" secondaryCalendar="islamic-umalqura" published />
          <ReadingTime locale={locale} minutes={3} />
        </>,
      );
      const roots = [...container.children];
      expect(roots.map((root) => root.className)).toEqual(['maqal-Byline', 'maqal-Timestamp', 'maqal-ReadingTime']);
      for (const root of roots) expect([root.className, root.getAttribute('dir')]).toEqual([root.className, dir]);
      unmount();
    }
  });

  it('sets no dir inside a provider either (the provider scopes dir on its own element)', () => {
    const { container } = render(
      <MaqalProvider locale="en" timeZone="UTC">
        <Timestamp dateTime="2026-03-15T21:30:00Z" format="relative" />
      </MaqalProvider>,
    );
    expect(container.querySelector('.maqal-Timestamp')).not.toHaveAttribute('dir');
  });

  it('passes a dir the app gives', () => {
    const { container } = render(
      <>
        <Byline authors={[{ name: 'Leila' }]} dir="ltr" />
        <Timestamp dateTime="2026-03-15T21:30:00Z" timeZone="UTC" dir="ltr" />
        <Timestamp dateTime="2026-03-15T21:30:00Z" timeZone="UTC" format="relative" dir="ltr" />
        <ReadingTime minutes={3} dir="ltr" />
      </>,
    );
    for (const root of container.children) expect(root).toHaveAttribute('dir', 'ltr');
  });
});
