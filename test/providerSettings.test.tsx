import { render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MaqalProvider, ReadingTime, ScrollToTop, StarRating, Timestamp, type MaqalProviderProps } from '../src';
import { useMaqal } from '../src/core/context';
import { ArticlePage } from '../stories/fixtures/ArticlePage';
import { ARTICLES } from '../stories/fixtures/articlePageContent';
import { resetWarnings } from '../src/core/warn';

/*
 * Issue 13, "Provider settings": every MaqalProvider setting is validated once, in the provider;
 * a bad one falls back with a development warning and never throws in a child. The bad values are
 * the ones reported: `numberingSystem="x"`, `"arab "` and `"latn-"` made StarRating throw
 * RangeError (Intl.NumberFormat: "Invalid numberingSystem").
 */

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  resetWarnings();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  warn.mockRestore();
  vi.restoreAllMocks();
});

const warnings = () => warn.mock.calls.map((call: unknown[]) => String(call[0])).join('\n');

function Settings() {
  const { locale, dir, numberingSystem, calendar, timeZone } = useMaqal();
  return <output data-testid="settings">{[locale, dir, numberingSystem ?? '-', calendar ?? '-', timeZone ?? '-'].join('|')}</output>;
}

/** Every kind of child a provider feeds: the client ones read it, the page around them does not. */
function children() {
  return (
    <>
      <Settings />
      <StarRating average={4.2} count={37} />
      <StarRating />
      <Timestamp dateTime="2026-11-30T18:30:00Z" format="relative" now="2026-11-30T21:30:00Z" />
      <Timestamp dateTime="2026-11-30T18:30:00Z" format="relative" />
      <ReadingTime minutes={3} />
    </>
  );
}

type BadSettings = Partial<Record<keyof MaqalProviderProps, unknown>>;
const provider = (settings: BadSettings, content = children()) => <MaqalProvider {...(settings as MaqalProviderProps)}>{content}</MaqalProvider>;

describe('MaqalProvider settings: validated once, a bad one falls back with a warning and never throws in a child', () => {
  it.each(['x', 'arab ', 'latn-', 'ARAB', 'abcd', '', 42])('numberingSystem=%j: StarRating renders with the locale’s digits, and the provider warns', (numberingSystem) => {
    // Regression: StarRating threw RangeError for "x", "arab " and "latn-".
    const { container } = render(provider({ locale: 'ar-EG', numberingSystem }));
    expect(screen.getByTestId('settings')).toHaveTextContent('ar-EG|rtl|-|-|-');
    // The locale's default digits: Western for ar-EG too (issue 16).
    expect(container.querySelector('.maqal-StarRating')?.textContent).toMatch(/4\.2/);
    expect(container.querySelector('.maqal-Provider')).toHaveAttribute('data-maqal-numbering', 'latn');
    expect(warnings()).toMatch(/MaqalProvider numberingSystem must be 'latn', 'arab' or 'arabext'/);
  });

  it('inherits the parent provider’s setting in place of a bad one', () => {
    render(
      <MaqalProvider locale="fa" numberingSystem="latn" calendar="persian" timeZone="Asia/Tehran">
        {provider({ locale: '!!', numberingSystem: 'x', calendar: 'foo', timeZone: 'Mars/Olympus', dir: 'up' })}
      </MaqalProvider>,
    );
    expect(screen.getByTestId('settings')).toHaveTextContent('fa|rtl|latn|persian|Asia/Tehran');
    const text = warnings();
    expect(text).toMatch(/MaqalProvider locale "!!" is not a BCP 47 language tag/);
    expect(text).toMatch(/MaqalProvider calendar "foo" is not a calendar identifier/);
    expect(text).toMatch(/MaqalProvider timeZone "Mars\/Olympus" is not an IANA time zone/);
    expect(text).toMatch(/MaqalProvider dir must be 'rtl' or 'ltr'; got "up"/);
  });

  it('reads a good set of settings once for every render after, and a bad or rewritten one afresh each time, so its warning comes back', () => {
    // The server renders the same provider on every request; readSettings keeps only sets taken
    // exactly as given (issue 17), never one it had to repair.
    const page = (settings: BadSettings) => renderToString(provider(settings, <Settings />));
    const good = page({ locale: 'ar', timeZone: 'Asia/Riyadh', calendar: 'gregory' });
    for (let i = 0; i < 3; i++) {
      resetWarnings();
      warn.mockClear();
      expect(page({ locale: 'ar', timeZone: 'Asia/Riyadh', calendar: 'gregory' })).toBe(good);
      expect(page({ locale: 'ar', timeZone: 'Mars/Olympus' })).toContain('ar|rtl|-|-|-');
      expect(page({ locale: 'AR' })).toContain('ar|rtl|-|-|-');
      expect(warnings()).toMatch(/MaqalProvider timeZone "Mars\/Olympus" is not an IANA time zone/);
      expect(warnings()).not.toMatch(/Asia\/Riyadh/);
    }
  });

  it.each([['!!'], [''], [42], ['<b>x</b>'], [{}]])('locale=%j: Arabic without a parent, with a warning, and no lang attribute of its own', (locale) => {
    const { container } = render(provider({ locale }));
    expect(screen.getByTestId('settings')).toHaveTextContent('ar|rtl|-|-|-');
    expect(container.querySelector('[lang="!!"], [lang=""], [lang="42"]')).toBeNull();
    expect(warnings()).toMatch(/MaqalProvider locale .* is not a BCP 47 language tag/);
  });

  it('dir="up": the locale’s direction, never dir="up" in the DOM, and a warning', () => {
    const { container } = render(provider({ locale: 'en', dir: 'up' }));
    expect(screen.getByTestId('settings')).toHaveTextContent(/^en\|ltr\|/);
    expect(container.querySelector('.maqal-Provider')).toHaveAttribute('dir', 'ltr');
    expect(container.querySelector('[dir="up"]')).toBeNull();
    expect(warnings()).toMatch(/MaqalProvider dir must be 'rtl' or 'ltr'; got "up"\. The locale's direction was used/);
  });

  it.each(['foo', 'x', 'gregorian', 'islamic umalqura'])('calendar=%j: the locale’s calendar, with a warning', (calendar) => {
    render(provider({ locale: 'ar', timeZone: 'Asia/Riyadh', calendar }));
    expect(screen.getByTestId('settings')).toHaveTextContent('ar|rtl|-|-|Asia/Riyadh');
    expect(warnings()).toMatch(/MaqalProvider calendar .* is not a calendar identifier/);
  });

  it('keeps a good calendar by its canonical name (islamicc is islamic-civil in CLDR)', () => {
    render(provider({ calendar: 'islamicc', timeZone: 'Asia/Riyadh' }));
    expect(screen.getByTestId('settings')).toHaveTextContent('ar|rtl|-|islamic-civil|Asia/Riyadh');
    expect(warnings()).toBe('');
  });

  it('reads a whole-hour UTC offset as its Etc/GMT zone (Node 20 rejects "+03:00", browsers accept it), with a warning', () => {
    const { container } = render(provider({ timeZone: '+03:00' }));
    expect(screen.getByTestId('settings')).toHaveTextContent('ar|rtl|-|-|Etc/GMT-3');
    // 18:30 UTC is 21:30 at UTC+3 (the title is the full date in the zone in force).
    expect(container.querySelectorAll('time')[1]).toHaveAttribute('title', 'الاثنين، 30 نوفمبر 2026 في 9:30 م');
    expect(warnings()).toMatch(/MaqalProvider timeZone "\+03:00" is a UTC offset.*"Etc\/GMT-3"/);
  });

  it('falls back to UTC for an unknown zone or a half-hour offset, with a warning', () => {
    for (const timeZone of ['Mars/Olympus', '+05:30', 42]) {
      resetWarnings();
      warn.mockClear();
      const { container, unmount } = render(provider({ timeZone }));
      expect(screen.getByTestId('settings')).toHaveTextContent('ar|rtl|-|-|-');
      expect(container.querySelectorAll('time')[1]).toHaveAttribute('title', 'الاثنين، 30 نوفمبر 2026 في 6:30 م');
      expect(warnings()).toMatch(/MaqalProvider timeZone .* is not an IANA time zone/);
      unmount();
    }
  });

  it('warns once, however many children read the settings', () => {
    render(provider({ numberingSystem: 'x' }));
    expect(warn.mock.calls.filter(([m]: unknown[]) => /numberingSystem/.test(String(m)))).toHaveLength(1);
  });

  it('renders the whole article page on the server under every bad setting at once', () => {
    const html = renderToString(
      provider(
        { locale: '!!', dir: 'up', numberingSystem: 'latn-', calendar: 'foo', timeZone: '+25:00' },
        <ArticlePage content={ARTICLES.ar} rating={{ average: 4.2, count: 37 }} after={<ScrollToTop threshold={300} />} />,
      ),
    );
    expect(html).toContain('<h1');
    expect(html).not.toMatch(/NaN|Invalid Date|undefined/);
  });

  it('never throws in a child, whatever the five settings are', () => {
    const anything = fc.oneof(
      fc.string(),
      fc.constantFrom('x', 'arab ', 'latn-', 'arab', 'latn', 'ar', 'he', 'en', 'rtl', 'ltr', 'up', 'foo', 'islamic-umalqura', 'Asia/Riyadh', '+03:00', '+05:30', ''),
      fc.integer(),
      fc.constantFrom(undefined, null, {}, [], true),
    );
    fc.assert(
      fc.property(anything, anything, anything, anything, anything, (locale, dir, numberingSystem, calendar, timeZone) => {
        const settings = { locale, dir, numberingSystem, calendar, timeZone };
        const html = renderToString(provider(settings));
        expect(html).not.toMatch(/NaN|Invalid Date|undefined/);
        const { unmount } = render(provider(settings));
        unmount();
      }),
      { numRuns: 200 },
    );
    // Two renders per run: about 2 s alone, several times that when the whole suite shares two cores.
  }, 60_000);
});
