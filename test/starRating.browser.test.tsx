import { Profiler, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { MaqalProvider, StarRating } from '../src';
import type { StarRatingProps } from '../src';

const radios = () => [...document.querySelectorAll<HTMLInputElement>('.maqal-StarRating input[type="radio"]')];
const checkedValue = () => radios().find((radio) => radio.checked)?.value ?? null;
const stars = () => [...document.querySelectorAll<HTMLElement>('.maqal-StarRating-star')];
const glyphBox = (star: HTMLElement) => star.querySelector('.maqal-StarRating-glyph')!.getBoundingClientRect();
const fillBox = (star: HTMLElement) => star.querySelector('.maqal-StarRating-fill')!.getBoundingClientRect();

function InDirection({ dir, children }: { dir: 'rtl' | 'ltr'; children: React.ReactNode }) {
  return <MaqalProvider locale={dir === 'rtl' ? 'ar' : 'en'}>{children}</MaqalProvider>;
}

describe.each(['rtl', 'ltr'] as const)('StarRating geometry in %s', (dir) => {
  it(`puts star 1 on the ${dir === 'rtl' ? 'right' : 'left'} of the last star`, async () => {
    await render(
      <InDirection dir={dir}>
        <StarRating />
      </InDirection>,
    );
    const all = stars();
    expect(all).toHaveLength(5);
    const first = glyphBox(all[0]!);
    const last = glyphBox(all[4]!);
    if (dir === 'rtl') expect(first.left).toBeGreaterThan(last.right);
    else expect(first.right).toBeLessThan(last.left);
  });

  it('fills 3.5 as three full stars, half of the fourth from its inline-start side, and an empty fifth', async () => {
    await render(
      <InDirection dir={dir}>
        <StarRating readOnly value={3.5} />
      </InDirection>,
    );
    const all = stars();
    for (const star of all.slice(0, 3)) {
      expect(star).toHaveAttribute('data-filled', 'full');
      expect(fillBox(star).width).toBeCloseTo(glyphBox(star).width, 0);
    }
    const fourth = all[3]!;
    expect(fourth).toHaveAttribute('data-filled', 'partial');
    const glyph = glyphBox(fourth);
    const fill = fillBox(fourth);
    expect(fill.width).toBeCloseTo(glyph.width / 2, 0);
    // Inline-start is the right edge in RTL, the left edge in LTR.
    if (dir === 'rtl') expect(fill.right).toBeCloseTo(glyph.right, 0);
    else expect(fill.left).toBeCloseTo(glyph.left, 0);
    expect(all[4]).toHaveAttribute('data-filled', 'empty');
    expect(fillBox(all[4]!).width).toBe(0);
  });

  it('fills the interactive average the same way, and gives every star a 32px target at md', async () => {
    await render(
      <InDirection dir={dir}>
        <StarRating average={3.5} count={12} />
      </InDirection>,
    );
    const fourth = stars()[3]!;
    expect(fillBox(fourth).width).toBeCloseTo(glyphBox(fourth).width / 2, 0);
    for (const star of stars()) {
      const box = star.getBoundingClientRect();
      expect(box.width).toBeGreaterThanOrEqual(32);
      expect(box.height).toBeGreaterThanOrEqual(32);
    }
  });
});

it('never makes an interactive star target smaller than 24×24 px, even with a tiny --maqal-star-size', async () => {
  await render(<StarRating style={{ '--maqal-star-size': '12px' } as React.CSSProperties} />);
  for (const star of stars()) {
    const box = star.getBoundingClientRect();
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
  }
});

// The arrow table: in RTL ArrowLeft is higher, in LTR ArrowRight is; Up/Down never mirror.
const keyTable = {
  rtl: { higher: '{ArrowLeft}', lower: '{ArrowRight}' },
  ltr: { higher: '{ArrowRight}', lower: '{ArrowLeft}' },
} as const;

describe.each(['rtl', 'ltr'] as const)('StarRating keyboard in %s', (dir) => {
  async function setup(props: StarRatingProps = {}) {
    const onValueChange = vi.fn();
    const onRate = vi.fn();
    const screen = await render(
      <InDirection dir={dir}>
        <button type="button">before</button>
        <StarRating onValueChange={onValueChange} onRate={onRate} {...props} />
        <button type="button">after</button>
      </InDirection>,
    );
    return { screen, onValueChange, onRate };
  }

  it(`moves to the higher value on ${keyTable[dir].higher} and the lower on ${keyTable[dir].lower}`, async () => {
    const { onValueChange, onRate } = await setup();
    await userEvent.click(document.querySelector('button')!);
    await userEvent.tab();
    expect(document.activeElement).toBe(radios()[0]);
    await userEvent.keyboard(keyTable[dir].higher);
    expect(checkedValue()).toBe('1');
    await userEvent.keyboard(keyTable[dir].higher);
    expect(checkedValue()).toBe('2');
    expect(document.activeElement).toBe(radios()[1]);
    await userEvent.keyboard(keyTable[dir].higher);
    expect(checkedValue()).toBe('3');
    await userEvent.keyboard(keyTable[dir].lower);
    expect(checkedValue()).toBe('2');
    expect(document.activeElement).toBe(radios()[1]);
    expect(onValueChange.mock.calls.map(([v]) => v)).toEqual([1, 2, 3, 2]);
    expect(onRate).not.toHaveBeenCalled();
  });

  it('moves up on ArrowUp and down on ArrowDown, unmirrored; Home is 1 and End is max', async () => {
    const { onRate } = await setup({ defaultValue: 3 });
    radios()[2]!.focus();
    await userEvent.keyboard('{ArrowUp}');
    expect(checkedValue()).toBe('4');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(checkedValue()).toBe('2');
    await userEvent.keyboard('{End}');
    expect(checkedValue()).toBe('5');
    expect(document.activeElement).toBe(radios()[4]);
    await userEvent.keyboard(`{ArrowUp}${keyTable[dir].higher}`);
    expect(checkedValue()).toBe('5');
    await userEvent.keyboard('{Home}');
    expect(checkedValue()).toBe('1');
    expect(document.activeElement).toBe(radios()[0]);
    await userEvent.keyboard(`{ArrowDown}${keyTable[dir].lower}`);
    expect(checkedValue()).toBe('1');
    expect(onRate).not.toHaveBeenCalled();
  });

  it('has exactly one tabbable radio, and Tab leaves the group', async () => {
    await setup({ defaultValue: 4 });
    const tabbable = radios().filter((radio) => radio.tabIndex === 0);
    expect(tabbable).toEqual([radios()[3]]);
    await userEvent.click(document.querySelector('button')!);
    await userEvent.tab();
    expect(document.activeElement).toBe(radios()[3]);
    await userEvent.tab();
    expect(document.activeElement).toHaveTextContent('after');
    await userEvent.tab({ shift: true });
    expect(document.activeElement).toBe(radios()[3]);
  });

  it('votes on Enter and on Space, never on an arrow key', async () => {
    const { onRate } = await setup();
    radios()[0]!.focus();
    await userEvent.keyboard(`${keyTable[dir].higher}${keyTable[dir].higher}`);
    expect(onRate).not.toHaveBeenCalled();
    await userEvent.keyboard('{Enter}');
    expect(onRate).toHaveBeenLastCalledWith(2);
    await userEvent.keyboard(keyTable[dir].higher);
    await userEvent.keyboard('[Space]');
    expect(onRate).toHaveBeenLastCalledWith(3);
    expect(onRate).toHaveBeenCalledTimes(2);
  });

  it('votes on a click on a star', async () => {
    const { onRate, onValueChange } = await setup();
    await userEvent.click(stars()[3]!);
    expect(onRate).toHaveBeenCalledExactlyOnceWith(4);
    expect(onValueChange).toHaveBeenCalledExactlyOnceWith(4);
    expect(checkedValue()).toBe('4');
  });
});

it('reads the direction at the key press: a nested LTR island inside RTL, then dir flipped later', async () => {
  await render(
    <div dir="rtl">
      <div dir="ltr" data-testid="island">
        <StarRating defaultValue={2} />
      </div>
    </div>,
  );
  radios()[1]!.focus();
  await userEvent.keyboard('{ArrowRight}');
  expect(checkedValue()).toBe('3');
  document.querySelector('[data-testid="island"]')!.setAttribute('dir', 'rtl');
  await userEvent.keyboard('{ArrowRight}');
  expect(checkedValue()).toBe('2');
});

it('lets an app onKeyDown preventDefault the widget keys', async () => {
  await render(<StarRating defaultValue={2} onKeyDown={(event) => event.key === 'End' && event.preventDefault()} />);
  radios()[1]!.focus();
  await userEvent.keyboard('{End}');
  expect(checkedValue()).toBe('2');
});

describe('StarRating hover preview', () => {
  it('previews up to the hovered star in CSS, with zero React commits while hovering all stars', async () => {
    let commits = 0;
    await render(
      <MaqalProvider locale="ar">
        <Profiler id="rating" onRender={() => commits++}>
          <StarRating average={4.2} count={37} />
        </Profiler>
        <p>خارج التقييم</p>
      </MaqalProvider>,
    );
    commits = 0;
    const all = stars();
    for (const [i, star] of all.entries()) {
      await userEvent.hover(star);
      // The hovered star and those before it fill; the ones after it empty.
      all.forEach((other, j) => {
        const width = fillBox(other).width;
        if (j <= i) expect(width).toBeCloseTo(glyphBox(other).width, 0);
        else expect(width).toBe(0);
      });
    }
    await userEvent.hover(document.querySelector('p')!);
    // Leaving restores the average: 4 full stars and 20% of the fifth.
    expect(fillBox(all[4]!).width).toBeCloseTo(glyphBox(all[4]!).width * 0.2, 0);
    expect(commits).toBe(0);
  });

  it('previews the focused star instead of the average while nothing is chosen (keyboard)', async () => {
    await render(
      <>
        <button type="button">before</button>
        <StarRating average={4.2} count={37} />
      </>,
    );
    const all = stars();
    expect(fillBox(all[3]!).width).toBeCloseTo(glyphBox(all[3]!).width, 0);
    await userEvent.click(document.querySelector('button')!);
    await userEvent.tab();
    expect(document.activeElement).toBe(radios()[0]);
    expect(fillBox(all[0]!).width).toBeCloseTo(glyphBox(all[0]!).width, 0);
    expect(fillBox(all[1]!).width).toBe(0);
    expect(radios().some((radio) => radio.checked)).toBe(false);
  });

  it('shows no preview while disabled', async () => {
    await render(<StarRating disabled defaultValue={1} />);
    await userEvent.hover(stars()[3]!, { force: true });
    expect(fillBox(stars()[3]!).width).toBe(0);
  });
});

function luminance(color: string): number {
  const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

it.each(['light', 'dark'] as const)('draws a focus ring with at least 3:1 contrast on the %s theme', async (theme) => {
  await render(
    <div data-maqal-theme={theme} data-testid="surface" style={{ background: 'var(--maqal-color-surface)', padding: 16 }}>
      <button type="button">before</button>
      <StarRating defaultValue={2} />
    </div>,
  );
  await userEvent.click(document.querySelector('button')!);
  await userEvent.tab();
  const glyph = stars()[1]!.querySelector('.maqal-StarRating-glyph')!;
  const style = getComputedStyle(glyph);
  expect(style.outlineStyle).toBe('solid');
  expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
  const background = getComputedStyle(document.querySelector('[data-testid="surface"]')!).backgroundColor;
  expect(contrast(style.outlineColor, background)).toBeGreaterThanOrEqual(3);
  // The stars themselves (non-text contrast) too, filled and empty.
  expect(contrast(getComputedStyle(stars()[0]!.querySelector('.maqal-StarRating-fill')!).color, background)).toBeGreaterThanOrEqual(3);
  expect(contrast(getComputedStyle(stars()[4]!).color, background)).toBeGreaterThanOrEqual(3);
});

describe('StarRating in a form', () => {
  function Form({ onSubmit, ...props }: StarRatingProps & { onSubmit: (data: FormData) => void }) {
    return (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit(new FormData(event.currentTarget));
        }}
      >
        <StarRating name="score" {...props} />
        <button type="submit">أرسل</button>
        <button type="reset">أعد الضبط</button>
      </form>
    );
  }

  it('puts name=value into FormData', async () => {
    const onSubmit = vi.fn();
    await render(<Form onSubmit={onSubmit} />);
    await userEvent.click(stars()[2]!);
    await userEvent.click(document.querySelector('button[type="submit"]')!);
    expect(onSubmit).toHaveBeenCalledOnce();
    expect(onSubmit.mock.calls[0]![0].get('score')).toBe('3');
  });

  it('blocks submission when required and empty, then shows aria-invalid until a star is chosen', async () => {
    const onSubmit = vi.fn();
    await render(<Form onSubmit={onSubmit} required />);
    const group = document.querySelector('[role="radiogroup"]')!;
    expect(group).toHaveAttribute('aria-required', 'true');
    await userEvent.click(document.querySelector('button[type="submit"]')!);
    expect(onSubmit).not.toHaveBeenCalled();
    expect(group).toHaveAttribute('aria-invalid', 'true');
    await userEvent.click(stars()[4]!);
    expect(group).not.toHaveAttribute('aria-invalid');
    await userEvent.click(document.querySelector('button[type="submit"]')!);
    expect(onSubmit.mock.calls[0]![0].get('score')).toBe('5');
  });

  it('restores defaultValue on form reset', async () => {
    const onSubmit = vi.fn();
    await render(<Form onSubmit={onSubmit} defaultValue={2} />);
    await userEvent.click(stars()[4]!);
    expect(checkedValue()).toBe('5');
    await userEvent.click(document.querySelector('button[type="reset"]')!);
    await expect.poll(checkedValue).toBe('2');
    expect(stars()[4]).toHaveAttribute('data-filled', 'empty');
    await userEvent.click(document.querySelector('button[type="submit"]')!);
    expect(onSubmit.mock.calls[0]![0].get('score')).toBe('2');
  });
});

describe('StarRating async vote', () => {
  function deferred() {
    let resolve!: () => void;
    let reject!: (error: Error) => void;
    const promise = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  }

  it('is busy while pending and cannot vote twice; success thanks the reader and shows their vote', async () => {
    const vote = deferred();
    const onRate = vi.fn(() => vote.promise);
    await render(<StarRating onRate={onRate} average={3.2} count={11} />);
    await userEvent.click(stars()[3]!);
    const group = document.querySelector('[role="radiogroup"]')!;
    expect(group).toHaveAttribute('aria-busy', 'true');
    expect(document.querySelector('.maqal-StarRating')).toHaveAttribute('data-pending');
    await userEvent.click(stars()[1]!);
    radios()[3]!.focus();
    await userEvent.keyboard('{Enter}');
    expect(onRate).toHaveBeenCalledExactlyOnceWith(4);
    expect(checkedValue()).toBe('4');
    vote.resolve();
    await expect.poll(() => document.querySelector('[role="status"]')?.textContent).toContain('شكرًا لتقييمك!');
    expect(document.querySelector('[role="status"]')).toHaveTextContent('سُجّل تقييمك: 4 من 5 نجوم');
    expect(group).not.toHaveAttribute('aria-busy');
    expect(document.querySelector('.maqal-StarRating')).toHaveAttribute('data-voted');
    expect(document.querySelector('.maqal-StarRating-yours')).toHaveTextContent('تقييمك: 4');
  });

  it('restores the previous state on rejection, shows the error, and lets the reader try again', async () => {
    let attempt = 0;
    const onValueChange = vi.fn();
    const onRate = vi.fn(() => (++attempt === 1 ? Promise.reject(new Error('offline')) : Promise.resolve()));
    await render(<StarRating onRate={onRate} onValueChange={onValueChange} defaultValue={2} />);
    await userEvent.click(stars()[4]!);
    await expect.poll(() => document.querySelector('[role="status"]')?.textContent).toBe('تعذّر حفظ تقييمك. يُرجى المحاولة مرة أخرى.');
    expect(checkedValue()).toBe('2');
    expect(onValueChange.mock.calls.map(([v]) => v)).toEqual([5, 2]);
    expect(document.querySelector('.maqal-StarRating')).not.toHaveAttribute('data-voted');
    await userEvent.click(stars()[4]!);
    await expect.poll(() => document.querySelector('[role="status"]')?.textContent).toContain('شكرًا لتقييمك!');
    expect(checkedValue()).toBe('5');
    expect(onRate).toHaveBeenCalledTimes(2);
  });

  it('treats a synchronous throw like a rejection', async () => {
    const onRate = vi.fn(() => {
      throw new Error('no network');
    });
    await render(<StarRating onRate={onRate} />);
    await userEvent.click(stars()[2]!);
    expect(checkedValue()).toBe(null);
    expect(document.querySelector('[role="status"]')).toHaveTextContent('تعذّر حفظ تقييمك');
  });

  it('works controlled: the parent holds the value and the failed vote is handed back', async () => {
    function Controlled() {
      const [value, setValue] = useState<number | null>(1);
      return (
        <>
          <StarRating value={value} onValueChange={setValue} onRate={() => Promise.reject(new Error('x'))} />
          <output>{String(value)}</output>
        </>
      );
    }
    await render(<Controlled />);
    await userEvent.click(stars()[3]!);
    await expect.poll(() => document.querySelector('[role="status"]')?.textContent).toContain('تعذّر');
    expect(document.querySelector('output')).toHaveTextContent('1');
    expect(checkedValue()).toBe('1');
  });
});
