import { render, screen } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MaqalProvider, ScrollToTop, StarRating, useDirection, useLocale, useMessages } from '../src';
import { useMaqal } from '../src/core/context';

function Probe({ id }: { id: string }) {
  const locale = useLocale();
  const dir = useDirection();
  const messages = useMessages();
  const { numberingSystem, timeZone } = useMaqal();
  return (
    <output data-testid={id}>
      {[locale, dir, messages.scrollToTop.label, numberingSystem ?? '-', timeZone ?? '-'].join('|')}
    </output>
  );
}

afterEach(() => {
  document.documentElement.removeAttribute('dir');
  document.documentElement.removeAttribute('lang');
});

describe('MaqalProvider', () => {
  it('defaults to Arabic and RTL without a provider, and renders no wrapper of its own', () => {
    const { container } = render(<Probe id="p" />);
    expect(screen.getByTestId('p')).toHaveTextContent('ar|rtl|العودة إلى الأعلى|-|-');
    expect(container.querySelector('[dir]')).toBeNull();
  });

  it('derives the direction from the locale for each of the five languages', () => {
    for (const [locale, dir] of [
      ['ar', 'rtl'],
      ['he', 'rtl'],
      ['fa', 'rtl'],
      ['ur', 'rtl'],
      ['en', 'ltr'],
    ]) {
      const { unmount } = render(
        <MaqalProvider locale={locale}>
          <Probe id="p" />
        </MaqalProvider>,
      );
      const probe = screen.getByTestId('p');
      expect(probe.textContent?.split('|').slice(0, 2)).toEqual([locale, dir]);
      expect(probe.closest('.maqal-Provider')).toHaveAttribute('dir', dir);
      expect(probe.closest('.maqal-Provider')).toHaveAttribute('lang', locale);
      unmount();
    }
  });

  it('scopes lang and dir to its own element and never writes to document', () => {
    document.documentElement.setAttribute('dir', 'ltr');
    document.documentElement.setAttribute('lang', 'en');
    const setAttribute = vi.spyOn(document.documentElement, 'setAttribute');
    render(
      <MaqalProvider locale="ar">
        <Probe id="p" />
      </MaqalProvider>,
    );
    expect(setAttribute).not.toHaveBeenCalled();
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    const scope = screen.getByTestId('p').closest('.maqal-Provider') as HTMLElement;
    expect(scope.style.display).toBe('contents');
    setAttribute.mockRestore();
  });

  // Digits go with the script, like message overrides: an English island does not inherit an
  // Arabic page's Arabic-Indic digits ("٣ min read"); a same-language island does.
  it('lets an inner provider override locale and direction while inheriting the rest (digits only within a language)', () => {
    render(
      <MaqalProvider locale="ar" numberingSystem="arab" timeZone="Asia/Riyadh">
        <Probe id="outer" />
        <MaqalProvider locale="en">
          <Probe id="inner" />
        </MaqalProvider>
        <MaqalProvider dir="ltr">
          <Probe id="island" />
        </MaqalProvider>
      </MaqalProvider>,
    );
    expect(screen.getByTestId('outer')).toHaveTextContent('ar|rtl|العودة إلى الأعلى|arab|Asia/Riyadh');
    expect(screen.getByTestId('inner')).toHaveTextContent('en|ltr|Back to top|-|Asia/Riyadh');
    expect(screen.getByTestId('island')).toHaveTextContent('ar|ltr|العودة إلى الأعلى|arab|Asia/Riyadh');
  });

  it("writes the digits in force on its element, for static components' CSS: the locale's default, or the one given", () => {
    render(
      <>
        <MaqalProvider locale="ar">
          <Probe id="ar" />
        </MaqalProvider>
        <MaqalProvider locale="ar-EG">
          <Probe id="ar-EG" />
        </MaqalProvider>
        <MaqalProvider locale="fa">
          <Probe id="fa" />
          <MaqalProvider numberingSystem="latn">
            <Probe id="fa-latn" />
          </MaqalProvider>
        </MaqalProvider>
        <MaqalProvider timeZone="Asia/Riyadh">
          <Probe id="bare" />
        </MaqalProvider>
      </>,
    );
    const numbering = (id: string) => screen.getByTestId(id).closest('.maqal-Provider')?.getAttribute('data-maqal-numbering');
    expect(numbering('ar')).toBe('latn');
    // Western digits for every Arabic locale, ar-EG included (issue 16).
    expect(numbering('ar-EG')).toBe('latn');
    expect(numbering('fa')).toBe('arabext');
    // Digits alone: an element with the attribute but no lang or dir of its own.
    const latn = screen.getByTestId('fa-latn').closest('.maqal-Provider')!;
    expect(latn).toHaveAttribute('data-maqal-numbering', 'latn');
    expect(latn).not.toHaveAttribute('lang');
    expect(latn).not.toHaveAttribute('dir');
    // Nothing to scope: no element at all.
    expect(screen.getByTestId('bare').closest('.maqal-Provider')).toBeNull();
  });

  it('takes an explicit dir over the one the locale implies', () => {
    render(
      <MaqalProvider locale="en" dir="rtl">
        <Probe id="p" />
      </MaqalProvider>,
    );
    expect(screen.getByTestId('p')).toHaveTextContent(/^en\|rtl\|/);
  });

  it('applies message overrides from the app', () => {
    render(
      <MaqalProvider locale="ar" messages={{ scrollToTop: { label: 'إلى رأس الصفحة' } }}>
        <Probe id="p" />
      </MaqalProvider>,
    );
    expect(screen.getByTestId('p')).toHaveTextContent('ar|rtl|إلى رأس الصفحة');
  });

  it('does not carry Arabic overrides into an English island (regression: the island showed the Arabic replacement)', () => {
    render(
      <MaqalProvider locale="ar" messages={{ scrollToTop: { label: 'إلى رأس الصفحة' } }}>
        <Probe id="outer" />
        <MaqalProvider locale="en">
          <Probe id="island" />
        </MaqalProvider>
      </MaqalProvider>,
    );
    expect(screen.getByTestId('outer')).toHaveTextContent(/^ar\|rtl\|إلى رأس الصفحة\|/);
    expect(screen.getByTestId('island')).toHaveTextContent(/^en\|ltr\|Back to top\|/);
  });

  it('keeps Arabic overrides out of a client component given locale="en" inside an Arabic provider', () => {
    // Rendered to HTML: jsdom has no IntersectionObserver for ScrollToTop's effect, and the words are
    // decided in render.
    const html = renderToStaticMarkup(
      <MaqalProvider locale="ar" messages={{ rating: { label: 'رأيكم' }, scrollToTop: { label: 'إلى رأس الصفحة' } }}>
        <StarRating locale="en" />
        <ScrollToTop locale="en" />
        <StarRating />
        <ScrollToTop />
      </MaqalProvider>,
    );
    expect(html).toContain('Readers’ rating');
    expect(html).toContain('رأيكم');
    expect(html).toContain('aria-label="Back to top"');
    expect(html).toContain('aria-label="إلى رأس الصفحة"');
  });

  it("gives a language island its own overrides only, and passes them on to its children", () => {
    render(
      <MaqalProvider locale="ar" messages={{ scrollToTop: { label: 'إلى رأس الصفحة' } }}>
        <MaqalProvider locale="en-GB" messages={{ scrollToTop: { label: 'Top of page' } }}>
          <Probe id="island" />
          <MaqalProvider dir="rtl">
            <Probe id="nested" />
          </MaqalProvider>
        </MaqalProvider>
      </MaqalProvider>,
    );
    expect(screen.getByTestId('island')).toHaveTextContent(/^en-GB\|ltr\|Top of page\|/);
    expect(screen.getByTestId('nested')).toHaveTextContent(/^en-GB\|rtl\|Top of page\|/);
  });

  it('keeps the overrides in a nested provider of the same catalogue language (ar inside ar, ar-EG inside ar)', () => {
    render(
      <MaqalProvider locale="ar" messages={{ scrollToTop: { label: 'إلى رأس الصفحة' } }}>
        <MaqalProvider locale="ar-EG" numberingSystem="arab">
          <Probe id="regional" />
        </MaqalProvider>
        <MaqalProvider dir="ltr">
          <Probe id="island" />
        </MaqalProvider>
      </MaqalProvider>,
    );
    expect(screen.getByTestId('regional')).toHaveTextContent(/^ar-EG\|rtl\|إلى رأس الصفحة\|arab/);
    expect(screen.getByTestId('island')).toHaveTextContent(/^ar\|ltr\|إلى رأس الصفحة\|/);
  });

  it("merges a same-language child's overrides over its parent's message by message", () => {
    function Strings({ id }: { id: string }) {
      const { rating, scrollToTop } = useMessages();
      return <output data-testid={id}>{[rating.empty, rating.label, scrollToTop.label].join('|')}</output>;
    }
    render(
      <MaqalProvider locale="ar" messages={{ rating: { empty: 'قيّم المقال', label: 'رأي القرّاء' } }}>
        <MaqalProvider locale="ar-SA" messages={{ rating: { empty: 'أضف تقييمك' }, scrollToTop: { label: 'إلى الأعلى' } }}>
          <Strings id="p" />
        </MaqalProvider>
      </MaqalProvider>,
    );
    expect(screen.getByTestId('p')).toHaveTextContent('أضف تقييمك|رأي القرّاء|إلى الأعلى');
  });

  it('survives a locale that is not a BCP 47 tag by falling back to Arabic', () => {
    render(
      <MaqalProvider locale={'<b>x</b>' as string}>
        <Probe id="p" />
      </MaqalProvider>,
    );
    expect(screen.getByTestId('p')).toHaveTextContent(/^ar\|rtl\|/);
  });
});
