import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MaqalProvider, StarRating } from '../src';
import { resetWarnings } from '../src/core/warn';

afterEach(() => {
  resetWarnings();
  vi.restoreAllMocks();
});

const quiet = () => vi.spyOn(console, 'warn').mockImplementation(() => {});

describe('StarRating semantics', () => {
  it('is a radiogroup named by its visible label, with exactly max radios named by the catalogue', () => {
    render(<StarRating />);
    const group = screen.getByRole('radiogroup', { name: 'تقييم القرّاء' });
    expect(screen.getByText('تقييم القرّاء')).toBeVisible();
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(5);
    expect(radios.map((radio) => radio.getAttribute('aria-label'))).toEqual([
      '1 من 5 نجوم',
      '2 من 5 نجوم',
      '3 من 5 نجوم',
      '4 من 5 نجوم',
      '5 من 5 نجوم',
    ]);
    expect(screen.getByRole('radio', { name: '3 من 5 نجوم' })).toHaveAttribute('aria-setsize', '5');
    expect(screen.getByRole('radio', { name: '3 من 5 نجوم' })).toHaveAttribute('aria-posinset', '3');
    // No extra "empty" or "reset" radio: the set size equals max.
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('has ten radios for max 10, with the plural of ten after "من"', () => {
    render(<StarRating max={10} />);
    expect(screen.getAllByRole('radio')).toHaveLength(10);
    expect(screen.getByRole('radio', { name: '7 من 10 نجوم' })).toBeInTheDocument();
  });

  it('invites the first vote when nobody has voted, and describes the group with it', () => {
    render(<StarRating count={0} average={4} />);
    expect(screen.getByText('كن أول من يقيّم!')).toBeVisible();
    expect(screen.getByRole('radiogroup')).toHaveAccessibleDescription('كن أول من يقيّم!');
    expect(screen.getByRole('radiogroup').closest('.maqal-StarRating')).toHaveAttribute('data-empty');
    expect(document.querySelectorAll('[data-filled="empty"]')).toHaveLength(5);
  });

  it('shows the average with one decimal and the votes, and describes the group with the whole sentence', () => {
    render(<StarRating average={4.2} count={37} />);
    expect(screen.getByText('4.2 من 5')).toBeVisible();
    expect(screen.getByText('37 صوتًا')).toBeVisible();
    const group = screen.getByRole('radiogroup', { name: 'تقييم القرّاء' });
    expect(group).toHaveAccessibleDescription('التقييم 4.2 من 5، 37 صوتًا');
    // The average fills the stars, but no radio is checked until the reader chooses.
    expect(screen.getAllByRole('radio').filter((radio) => (radio as HTMLInputElement).checked)).toHaveLength(0);
    const stars = document.querySelectorAll<HTMLElement>('.maqal-StarRating-star');
    expect([...stars].map((star) => star.dataset.filled)).toEqual(['full', 'full', 'full', 'full', 'partial']);
    expect(stars[4]!.style.getPropertyValue('--maqal-star-partial')).toBe('20%');
  });

  it('shows the reader’s earlier vote beside the average without replacing it', () => {
    render(<StarRating average={3.4} count={120} userValue={5} />);
    expect(screen.getByText('تقييمك: 5')).toBeVisible();
    expect(screen.getByText('3.4 من 5')).toBeVisible();
    const stars = document.querySelectorAll<HTMLElement>('.maqal-StarRating-star');
    expect(stars[3]!.dataset.filled).toBe('partial');
    expect(screen.getByRole('radiogroup').closest('.maqal-StarRating')).toHaveAttribute('data-voted');
  });

  it('is one image with the whole sentence when read-only, its stars hidden', () => {
    render(<StarRating readOnly value={3.7} count={37} />);
    const img = screen.getByRole('img', { name: 'التقييم 3.7 من 5، 37 صوتًا' });
    expect(img.querySelectorAll('.maqal-StarRating-star')).toHaveLength(5);
    // The visible average and votes repeat the name: hidden from screen readers, shown to the eye.
    expect(screen.getByText('3.7 من 5').closest('[aria-hidden="true"]')).not.toBeNull();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByRole('radiogroup')).toBeNull();
    expect(img.closest('.maqal-StarRating')).toHaveAttribute('data-readonly');
  });

  it.each([
    [2.5, '2.5 من 5 نجوم'],
    [3.7, '3.7 من 5 نجوم'],
    [5, '5 من 5 نجوم'],
  ])('names a read-only %s without votes "%s"', (value, name) => {
    render(<StarRating readOnly value={value} />);
    expect(screen.getByRole('img', { name })).toBeInTheDocument();
  });

  // Regression: a read-only rating with nothing behind it was announced "0 من 5 نجوم" and
  // "التقييم 0.0 من 5، لا أصوات", which reads as a verdict of zero stars.
  it.each([
    ['no value', {}],
    ['value 0', { value: 0 }],
    ['value 0 with 0 votes', { value: 0, count: 0 }],
    ['an average with 0 votes', { value: 4.2, count: 0 }],
    ['no value with votes', { count: 12 }],
  ])('says "not rated yet", never a zero rating, read-only with %s', (_, props) => {
    render(<StarRating readOnly {...props} />);
    const img = screen.getByRole('img', { name: 'لم يُقيَّم بعد' });
    expect(img.closest('.maqal-StarRating')).toHaveAttribute('data-empty');
    expect(screen.getByText('لم يُقيَّم بعد', { selector: 'span:not([role])' })).toBeVisible();
    expect(document.body.textContent).not.toMatch(/0\.0|0 من|لا أصوات/);
    expect([...document.querySelectorAll<HTMLElement>('.maqal-StarRating-star')].map((star) => star.dataset.filled)).toEqual(Array(5).fill('empty'));
  });

  it.each([
    ['en', 'Not rated yet'],
    ['he', 'טרם דורג'],
    ['fa', 'هنوز امتیازی داده نشده است'],
    ['ur', 'ابھی تک درجہ بندی نہیں ہوئی'],
  ])('says "not rated yet" in %s', (locale, name) => {
    render(<StarRating readOnly locale={locale} count={0} />);
    expect(screen.getByRole('img', { name })).toBeInTheDocument();
  });

  it('announces a read-only value with one decimal whatever the precision draws (3.7 drawn at 3.5)', () => {
    render(<StarRating readOnly value={3.7} precision={0.5} />);
    expect(screen.getByRole('img', { name: '3.7 من 5 نجوم' })).toBeInTheDocument();
    const stars = [...document.querySelectorAll<HTMLElement>('.maqal-StarRating-star')];
    expect(stars.map((star) => star.dataset.filled)).toEqual(['full', 'full', 'full', 'partial', 'empty']);
    expect(stars[3]!.style.getPropertyValue('--maqal-star-partial')).toBe('50%');
  });

  it('announces the same sentence for readOnly value={3.7} and average={3.7}, in the provider’s digits', () => {
    const name = (props: object) => {
      const { unmount } = render(
        <MaqalProvider numberingSystem="arab">
          <StarRating readOnly count={37} precision={1} {...props} />
        </MaqalProvider>,
      );
      const label = screen.getByRole('img').getAttribute('aria-label');
      unmount();
      return label;
    };
    expect(name({ value: 3.7 })).toBe('التقييم ٣٫٧ من ٥، ٣٧ صوتًا');
    expect(name({ average: 3.7 })).toBe('التقييم ٣٫٧ من ٥، ٣٧ صوتًا');
  });

  it('names the read-only image with getItemLabel, and then lets the visible votes be read', () => {
    render(<StarRating readOnly value={4.25} count={12} getItemLabel={(value, max) => `${value}/${max} — rated by our readers`} />);
    expect(screen.getByRole('img', { name: '4.3/5 — rated by our readers' })).toBeInTheDocument();
    expect(screen.getByText('12 صوتًا').closest('[aria-hidden="true"]')).toBeNull();
  });

  it('draws a read-only rating, not a disabled one, when both readOnly and disabled are set', () => {
    render(<StarRating readOnly disabled value={3} data-testid="r" />);
    expect(screen.getByTestId('r')).not.toHaveAttribute('data-disabled');
    expect(screen.getByRole('img', { name: '3 من 5 نجوم' })).toBeInTheDocument();
  });

  it('never announces a disabled rating as required', () => {
    render(<StarRating disabled required />);
    expect(screen.getByRole('radiogroup')).not.toHaveAttribute('aria-required');
    screen.getAllByRole('radio').forEach((radio) => expect(radio).not.toBeRequired());
  });

  it('shows the invalid state from the invalid prop: aria-invalid and the catalogue’s reason, linked', () => {
    render(<StarRating required invalid />);
    const group = screen.getByRole('radiogroup');
    expect(group).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('اختر تقييمًا قبل الإرسال.')).toBeVisible();
    expect(group).toHaveAccessibleDescription(expect.stringContaining('اختر تقييمًا قبل الإرسال.'));
  });

  it.each([
    ['pending', 'جارٍ حفظ تقييمك…'],
    ['error', 'تعذّر حفظ تقييمك. يُرجى المحاولة مرة أخرى.'],
    ['success', 'شكرًا لتقييمك!'],
  ] as const)('shows voteStatus="%s" from props alone, at rest', (voteStatus, text) => {
    render(<StarRating voteStatus={voteStatus} userValue={4} average={3.9} count={20} />);
    expect(screen.getByRole('status')).toHaveTextContent(text);
    expect(screen.getByRole('status')).toHaveAttribute('data-status', voteStatus);
    if (voteStatus === 'pending') {
      expect(screen.getByRole('radiogroup')).toHaveAttribute('aria-busy', 'true');
      expect(screen.getByRole('radiogroup').closest('.maqal-StarRating')).toHaveAttribute('data-pending');
    }
  });

  it('refuses votes while the app says a vote is pending', async () => {
    const onRate = vi.fn();
    render(<StarRating voteStatus="pending" onRate={onRate} />);
    await userEvent.setup().click(screen.getByRole('radio', { name: '4 من 5 نجوم' }));
    expect(onRate).not.toHaveBeenCalled();
  });

  /* eslint-disable jsx-a11y/no-autofocus -- the prop under test */
  it('focuses the tab stop on mount with autoFocus (the checked star, else the first)', () => {
    const { unmount } = render(<StarRating autoFocus defaultValue={3} />);
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: '3 من 5 نجوم' }));
    unmount();
    render(<StarRating autoFocus />);
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: '1 من 5 نجوم' }));
  });

  it('warns, instead of dropping it silently, when autoFocus is given to a read-only rating', () => {
    const warn = quiet();
    render(<StarRating readOnly autoFocus value={3} />);
    expect(String(warn.mock.calls[0]![0])).toContain('autoFocus');
  });
  /* eslint-enable jsx-a11y/no-autofocus */

  it('draws the default stars without an element per layer: two elements per interactive star', () => {
    render(<StarRating average={4.2} count={37} />);
    const root = document.querySelector('.maqal-StarRating')!;
    const stars = root.querySelectorAll('.maqal-StarRating-star');
    stars.forEach((star) => expect(star.querySelectorAll('*')).toHaveLength(1));
    // ≤ 30 elements for the whole widget (issue 12's target).
    expect(root.querySelectorAll('*').length + 1).toBeLessThanOrEqual(30);
  });

  it.each([
    [1, ['full', 'full', 'full', 'full', 'empty'], undefined],
    [0.5, ['full', 'full', 'full', 'partial', 'empty'], '50%'],
    [0.1, ['full', 'full', 'full', 'partial', 'empty'], '70%'],
  ] as const)('draws 3.7 at precision %s exactly', (precision, filled, partial) => {
    render(<StarRating readOnly value={3.7} precision={precision} />);
    const stars = [...document.querySelectorAll<HTMLElement>('.maqal-StarRating-star')];
    expect(stars.map((star) => star.dataset.filled)).toEqual(filled);
    expect(stars[3]!.style.getPropertyValue('--maqal-star-partial') || undefined).toBe(partial);
  });

  it('exposes state as data attributes on the root', () => {
    const { rerender } = render(<StarRating disabled defaultValue={2} size="lg" data-testid="r" />);
    const root = screen.getByTestId('r');
    expect(root).toHaveAttribute('data-disabled');
    expect(root).toHaveAttribute('data-size', 'lg');
    expect(screen.getByRole('radiogroup')).toHaveAttribute('aria-disabled', 'true');
    screen.getAllByRole('radio').forEach((radio) => expect(radio).toBeDisabled());
    rerender(<StarRating defaultValue={2} data-testid="r" />);
    expect(root).not.toHaveAttribute('data-disabled');
  });

  it('uses getItemLabel, label and the locale prop over the provider', () => {
    render(
      <MaqalProvider locale="ar">
        <StarRating locale="en" getItemLabel={(value, max, locale) => `${locale}: ${value}/${max}`} label="Rate this explainer" />
      </MaqalProvider>,
    );
    expect(screen.getByRole('radiogroup', { name: 'Rate this explainer' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'en: 2/5' })).toBeInTheDocument();
  });

  it('spreads rest props, merges className and forwards the ref to the root', () => {
    const ref = { current: null as HTMLDivElement | null };
    render(<StarRating ref={ref} className="mine" id="rating-1" title="قيّم المقال" />);
    expect(ref.current).toHaveClass('maqal-StarRating', 'mine');
    expect(ref.current).toHaveAttribute('id', 'rating-1');
  });
});

describe('StarRating interaction (DOM emulation)', () => {
  it('works uncontrolled: a click checks the star and reports it', async () => {
    const onValueChange = vi.fn();
    render(<StarRating onValueChange={onValueChange} />);
    await userEvent.setup().click(screen.getByRole('radio', { name: '4 من 5 نجوم' }));
    expect(screen.getByRole('radio', { name: '4 من 5 نجوم' })).toBeChecked();
    expect(onValueChange).toHaveBeenCalledExactlyOnceWith(4);
  });

  it('works controlled: only the value it is given is checked', async () => {
    const onValueChange = vi.fn();
    render(<StarRating value={2} onValueChange={onValueChange} />);
    await userEvent.setup().click(screen.getByRole('radio', { name: '4 من 5 نجوم' }));
    expect(onValueChange).toHaveBeenCalledExactlyOnceWith(4);
    expect(screen.getByRole('radio', { name: '2 من 5 نجوم' })).toBeChecked();
  });

  it('clears with a button outside the group when allowClear', async () => {
    const onValueChange = vi.fn();
    render(<StarRating allowClear defaultValue={3} onValueChange={onValueChange} />);
    const clear = screen.getByRole('button', { name: 'مسح التقييم' });
    expect(screen.getByRole('radiogroup')).not.toContainElement(clear);
    await userEvent.setup().click(clear);
    expect(onValueChange).toHaveBeenCalledExactlyOnceWith(null);
    expect(screen.getAllByRole('radio').some((radio) => (radio as HTMLInputElement).checked)).toBe(false);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('announces the saved vote in a polite live region', async () => {
    render(<StarRating onRate={() => Promise.resolve()} />);
    await userEvent.setup().click(screen.getByRole('radio', { name: '2 من 5 نجوم' }));
    const status = await screen.findByText('شكرًا لتقييمك!', { exact: false });
    expect(status).toHaveAttribute('role', 'status');
    expect(status).toHaveTextContent('سُجّل تقييمك: 2 من 5 نجوم');
  });

  it('warns once when switching from uncontrolled to controlled', () => {
    const warn = quiet();
    const { rerender } = render(<StarRating />);
    rerender(<StarRating value={3} />);
    rerender(<StarRating value={4} />);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('StarRating switched from uncontrolled to controlled');
  });
});

describe('StarRating plurals and digits', () => {
  const votesIn = (locale: string, count: number, numberingSystem?: 'arab' | 'latn') => {
    const { unmount } = render(
      <MaqalProvider locale={locale} numberingSystem={numberingSystem}>
        <StarRating readOnly value={3} count={count} />
      </MaqalProvider>,
    );
    const name = screen.getByRole('img').getAttribute('aria-label')!;
    unmount();
    return name;
  };

  // Zero votes reads "not rated yet" (above); the catalogue's zero forms are tested in messages.test.ts.
  it('has five distinct Arabic forms for 1, 2, 3, 11 and 100 votes', () => {
    const names = [1, 2, 3, 11, 100].map((count) => votesIn('ar', count));
    expect(names).toEqual([
      'التقييم 3.0 من 5، صوت واحد',
      'التقييم 3.0 من 5، صوتان',
      'التقييم 3.0 من 5، 3 أصوات',
      'التقييم 3.0 من 5، 11 صوتًا',
      'التقييم 3.0 من 5، 100 صوت',
    ]);
    expect(new Set(names).size).toBe(5);
  });

  it.each([
    ['he', ['קול אחד', 'שני קולות', '3 קולות', '11 קולות', '100 קולות']],
    ['fa', ['۱ رأی', '۲ رأی', '۳ رأی', '۱۱ رأی', '۱۰۰ رأی']],
    ['ur', ['1 ووٹ', '2 ووٹ', '3 ووٹ', '11 ووٹ', '100 ووٹ']],
    ['en', ['1 vote', '2 votes', '3 votes', '11 votes', '100 votes']],
  ])('has the %s forms for 1, 2, 3, 11 and 100 votes', (locale, forms) => {
    [1, 2, 3, 11, 100].forEach((count, i) => {
      expect(votesIn(locale, count).endsWith(forms[i]!)).toBe(true);
    });
  });

  it('writes Arabic-Indic digits when the provider asks for them', () => {
    render(
      <MaqalProvider locale="ar" numberingSystem="arab">
        <StarRating average={4.2} count={37} />
      </MaqalProvider>,
    );
    expect(screen.getByText('٤٫٢ من ٥')).toBeVisible();
    expect(screen.getByText('٣٧ صوتًا')).toBeVisible();
    expect(screen.getByRole('radio', { name: '٣ من ٥ نجوم' })).toBeInTheDocument();
    expect(screen.getByRole('radiogroup')).toHaveAccessibleDescription('التقييم ٤٫٢ من ٥، ٣٧ صوتًا');
  });

  it('names stars in each language with its own plural', () => {
    const names = (['he', 'fa', 'ur', 'en'] as const).map((locale) => {
      const { unmount } = render(<StarRating locale={locale} />);
      const label = screen.getAllByRole('radio')[0]!.getAttribute('aria-label');
      unmount();
      return label;
    });
    expect(names).toEqual(['1 מתוך 5 כוכבים', '۱ از ۵ ستاره', '5 ستاروں میں سے 1', '1 out of 5 stars']);
  });
});

describe('StarRating bad input', () => {
  it('clamps, rounds and ignores nonsense, warning once and naming the prop', () => {
    const warn = quiet();
    render(<StarRating value={Number.NaN} max={7.6} average={99} count={-3} />);
    expect(screen.getAllByRole('radio')).toHaveLength(8);
    const messages = warn.mock.calls.map(([message]) => String(message));
    expect(messages.some((m) => m.includes('StarRating: value'))).toBe(true);
    expect(messages.some((m) => m.includes('StarRating: max'))).toBe(true);
    expect(messages.some((m) => m.includes('StarRating: average'))).toBe(true);
    expect(messages.some((m) => m.includes('StarRating: count'))).toBe(true);
  });

  it('never throws and never renders NaN, undefined or Infinity, whatever the numeric props (fast-check)', () => {
    quiet();
    const junk = fc.oneof(
      fc.double(),
      fc.integer({ min: -20, max: 200 }),
      fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 0.1, 0.5, 1, 10, 11, 1e21),
      fc.string({ maxLength: 6 }),
      fc.constantFrom('4.5', '', ' ', 'Infinity', 'NaN', '3'),
      fc.constant(null),
      fc.constant(undefined),
      fc.constant({}),
    );
    fc.assert(
      fc.property(
        fc.record({ value: junk, defaultValue: junk, average: junk, count: junk, max: junk, precision: junk, userValue: junk }),
        fc.boolean(),
        fc.boolean(),
        (props, readOnly, arabicDigits) => {
          const { container, unmount } = render(
            <MaqalProvider locale="ar" numberingSystem={arabicDigits ? 'arab' : undefined}>
              <StarRating {...(props as object)} readOnly={readOnly} />
            </MaqalProvider>,
          );
          const html = container.innerHTML;
          unmount();
          expect(html).not.toMatch(/NaN|undefined|Infinity|null/);
          const stars = (html.match(/maqal-StarRating-star"/g) ?? []).length;
          expect(stars).toBeGreaterThanOrEqual(1);
          expect(stars).toBeLessThanOrEqual(10);
        },
      ),
      { numRuns: 500 },
    );
  }, 60_000); // 500 renders: seconds on a loaded two-core machine
});
