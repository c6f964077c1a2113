import { Profiler, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { MaqalProvider, StarRating } from '../src';
import type { StarRatingProps } from '../src';
import { capture, columnsOf, contrast, countOf, inkColumns, rgbOf } from './helpers/pixels';

const radios = () => [...document.querySelectorAll<HTMLInputElement>('.maqal-StarRating input[type="radio"]')];
const checkedValue = () => radios().find((radio) => radio.checked)?.value ?? null;
const stars = () => [...document.querySelectorAll<HTMLElement>('.maqal-StarRating-star')];
const fillOf = (star: HTMLElement) => getComputedStyle(star).getPropertyValue('--maqal-star-fill').trim();
const starColor = (star: HTMLElement) => rgbOf(getComputedStyle(star, '::after').backgroundColor);
const white = rgbOf('rgb(255, 255, 255)');

function InDirection({ dir, children }: { dir: 'rtl' | 'ltr'; children: React.ReactNode }) {
  return <MaqalProvider locale={dir === 'rtl' ? 'ar' : 'en'}>{children}</MaqalProvider>;
}

/**
 * Moves the pointer off every star: hover previews follow it, wherever an earlier test left it.
 * A corner of the page that no star covers takes it.
 */
async function parkPointer() {
  const corner = document.body.appendChild(document.createElement('div'));
  corner.style.cssText = 'position:fixed;inset-block-end:0;inset-inline-end:0;inline-size:4px;block-size:4px';
  await userEvent.hover(corner);
  corner.remove();
}

/** Where the star colour is drawn inside one star, in columns of its own box (left to right). */
async function filledColumns(star: HTMLElement, { park = true } = {}) {
  if (park) await parkPointer();
  const image = await capture(star);
  const filled = columnsOf(image, starColor(star));
  const ink = inkColumns(image, white);
  return { filled, ink, width: image.width };
}

describe.each(['rtl', 'ltr'] as const)('StarRating drawing in %s', (dir) => {
  it(`puts star 1 on the ${dir === 'rtl' ? 'right' : 'left'} of the last star`, async () => {
    await render(
      <InDirection dir={dir}>
        <StarRating />
      </InDirection>,
    );
    const all = stars();
    expect(all).toHaveLength(5);
    const first = all[0]!.getBoundingClientRect();
    const last = all[4]!.getBoundingClientRect();
    if (dir === 'rtl') expect(first.left).toBeGreaterThan(last.right);
    else expect(first.right).toBeLessThan(last.left);
  });

  it('draws 3.5 as three full stars, the fourth filled from its inline-start side to its middle, and an empty fifth (pixels)', async () => {
    await render(
      <InDirection dir={dir}>
        <StarRating readOnly value={3.5} />
      </InDirection>,
    );
    const all = stars();
    for (const star of all.slice(0, 3)) {
      const { filled, ink } = await filledColumns(star);
      // A full star: the star colour covers the whole drawn shape.
      expect(filled.length).toBeGreaterThanOrEqual(ink.length - 2);
    }
    const { filled, ink, width } = await filledColumns(all[3]!);
    const middle = width / 2;
    expect(filled.length).toBeGreaterThan(8);
    if (dir === 'rtl') {
      // Inline-start is the right: the colour runs from the middle to the shape's right edge.
      expect(Math.abs(filled[0]! - middle)).toBeLessThanOrEqual(1.5);
      expect(filled.at(-1)).toBeGreaterThanOrEqual(ink.at(-1)! - 1);
    } else {
      expect(filled[0]).toBeLessThanOrEqual(ink[0]! + 1);
      expect(Math.abs(filled.at(-1)! + 1 - middle)).toBeLessThanOrEqual(1.5);
    }
    expect((await filledColumns(all[4]!)).filled).toEqual([]);
  });

  it('draws the fill to a tenth: 4.2 fills a fifth of the fifth star from its inline-start side', async () => {
    await render(
      <InDirection dir={dir}>
        <StarRating average={4.2} count={12} />
      </InDirection>,
    );
    const fifth = stars()[4]!;
    const { filled, width } = await filledColumns(fifth);
    const glyph = parseFloat(getComputedStyle(fifth, '::after').inlineSize);
    const edge = (width - glyph) / 2 + glyph * 0.2; // where 20% of the glyph box ends, from the start
    if (dir === 'rtl') expect(Math.abs(width - filled[0]! - edge)).toBeLessThanOrEqual(1.5);
    else expect(Math.abs(filled.at(-1)! + 1 - edge)).toBeLessThanOrEqual(1.5);
  });

  it('fills custom icons from the inline-start side too (two layers, the filled one clipped)', async () => {
    const Disc = ({ filled }: { filled?: boolean }) => (
      <svg viewBox="0 0 24 24">
        <circle cx="12" cy="12" r="9" fill={filled ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="2" />
      </svg>
    );
    await render(
      <InDirection dir={dir}>
        <StarRating readOnly value={3.5} icon={<Disc filled />} emptyIcon={<Disc />} />
      </InDirection>,
    );
    const fourth = stars()[3]!;
    const glyph = fourth.querySelector('.maqal-StarRating-glyph')!.getBoundingClientRect();
    const fill = fourth.querySelector('.maqal-StarRating-fill')!.getBoundingClientRect();
    expect(fill.width).toBeCloseTo(glyph.width / 2, 0);
    if (dir === 'rtl') expect(fill.right).toBeCloseTo(glyph.right, 0);
    else expect(fill.left).toBeCloseTo(glyph.left, 0);
  });

  it('gives every star a target of at least 32 × 32 px at md', async () => {
    await render(
      <InDirection dir={dir}>
        <StarRating average={3.5} count={12} />
      </InDirection>,
    );
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

/*
 * The keyboard contract: WAI-ARIA APG, Radio Group pattern and its Rating Radio Group example,
 * "Keyboard Support" table; and Chromium's native radio groups, which the last test compares
 * against key by key. "Next" is the next higher star, mirrored for the arrows that mirror.
 */
const keyTable = {
  rtl: { next: '{ArrowLeft}', previous: '{ArrowRight}' },
  ltr: { next: '{ArrowRight}', previous: '{ArrowLeft}' },
} as const;

describe.each(['rtl', 'ltr'] as const)('StarRating keyboard in %s (APG Radio Group)', (dir) => {
  const keys = keyTable[dir];

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

  async function tabIn() {
    await userEvent.click(document.querySelector('button')!);
    await userEvent.tab();
  }

  it('Tab: lands on the first star of an unrated group without checking it', async () => {
    await setup();
    await tabIn();
    expect(document.activeElement).toBe(radios()[0]);
    expect(checkedValue()).toBe(null);
  });

  it(`Down Arrow and ${keys.next.slice(1, -1)}: the first press in an unrated group moves to star 2 and checks it`, async () => {
    for (const key of ['{ArrowDown}', keys.next]) {
      const { screen, onValueChange } = await setup();
      await tabIn();
      await userEvent.keyboard(key);
      expect(checkedValue()).toBe('2');
      expect(document.activeElement).toBe(radios()[1]);
      expect(onValueChange).toHaveBeenCalledExactlyOnceWith(2);
      await screen.unmount();
    }
  });

  it(`Down Arrow and ${keys.next.slice(1, -1)}: the next star, wrapping from the last to the first`, async () => {
    const { onValueChange } = await setup({ defaultValue: 3 });
    radios()[2]!.focus();
    await userEvent.keyboard(keys.next);
    expect(checkedValue()).toBe('4');
    await userEvent.keyboard('{ArrowDown}');
    expect(checkedValue()).toBe('5');
    expect(document.activeElement).toBe(radios()[4]);
    await userEvent.keyboard(keys.next);
    expect(checkedValue()).toBe('1');
    expect(document.activeElement).toBe(radios()[0]);
    expect(onValueChange.mock.calls.map(([v]) => v)).toEqual([4, 5, 1]);
  });

  it(`Up Arrow and ${keys.previous.slice(1, -1)}: the previous star, wrapping from the first to the last`, async () => {
    const { onValueChange } = await setup({ defaultValue: 2 });
    radios()[1]!.focus();
    await userEvent.keyboard(keys.previous);
    expect(checkedValue()).toBe('1');
    await userEvent.keyboard('{ArrowUp}');
    expect(checkedValue()).toBe('5');
    expect(document.activeElement).toBe(radios()[4]);
    await userEvent.keyboard('{ArrowUp}');
    expect(checkedValue()).toBe('4');
    expect(onValueChange.mock.calls.map(([v]) => v)).toEqual([1, 5, 4]);
  });

  it('Up Arrow on an unrated group wraps to the last star, as a native radio group does', async () => {
    await setup();
    await tabIn();
    await userEvent.keyboard('{ArrowUp}');
    expect(checkedValue()).toBe('5');
  });

  it('counts arrows from the focused star, not the stored value (value 3, focus on 5: previous is 4)', async () => {
    // A controlled parent that keeps 3 whatever the reader chooses leaves focus and value apart.
    const { onValueChange } = await setup({ value: 3 });
    radios()[4]!.focus();
    await userEvent.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(radios()[3]);
    expect(onValueChange).toHaveBeenLastCalledWith(4);
    await userEvent.keyboard(keys.previous);
    expect(document.activeElement).toBe(radios()[2]);
    expect(onValueChange).toHaveBeenLastCalledWith(3);
  });

  it('Home and End: the first and the last star', async () => {
    await setup({ defaultValue: 3 });
    radios()[2]!.focus();
    await userEvent.keyboard('{End}');
    expect(checkedValue()).toBe('5');
    expect(document.activeElement).toBe(radios()[4]);
    await userEvent.keyboard('{Home}');
    expect(checkedValue()).toBe('1');
    expect(document.activeElement).toBe(radios()[0]);
  });

  it('Tab and Shift+Tab: one tab stop, on the checked star; Tab leaves the group', async () => {
    await setup({ defaultValue: 4 });
    expect(radios().filter((radio) => radio.tabIndex === 0)).toEqual([radios()[3]]);
    await tabIn();
    expect(document.activeElement).toBe(radios()[3]);
    await userEvent.tab();
    expect(document.activeElement).toHaveTextContent('after');
    await userEvent.tab({ shift: true });
    expect(document.activeElement).toBe(radios()[3]);
  });

  it('arrows choose but never vote; Enter and Space vote the focused star', async () => {
    const { onRate } = await setup();
    await tabIn();
    await userEvent.keyboard(`${keys.next}{ArrowDown}`);
    expect(checkedValue()).toBe('3');
    expect(onRate).not.toHaveBeenCalled();
    await userEvent.keyboard('{Enter}');
    expect(onRate).toHaveBeenLastCalledWith(3);
    await userEvent.keyboard(keys.previous);
    await userEvent.keyboard('[Space]');
    expect(onRate).toHaveBeenLastCalledWith(2);
    expect(onRate).toHaveBeenCalledTimes(2);
  });

  it('Space on the unrated first star votes 1 (native Space checks the focused radio)', async () => {
    const { onRate } = await setup();
    await tabIn();
    await userEvent.keyboard('[Space]');
    expect(onRate).toHaveBeenCalledExactlyOnceWith(1);
    expect(checkedValue()).toBe('1');
  });

  it('a click on a star votes it', async () => {
    const { onRate, onValueChange } = await setup();
    await userEvent.click(stars()[3]!);
    expect(onRate).toHaveBeenCalledExactlyOnceWith(4);
    expect(onValueChange).toHaveBeenCalledExactlyOnceWith(4);
    expect(checkedValue()).toBe('4');
  });

  it('moves exactly as a native radio group in Chromium, key by key (unrated start, both wraps, Up/Down)', async () => {
    const sequence = ['{ArrowDown}', keys.next, keys.next, keys.next, keys.next, '{ArrowUp}', keys.previous, '{ArrowUp}', '{ArrowUp}', '{ArrowUp}', '{ArrowDown}'];
    await render(
      <InDirection dir={dir}>
        <div data-testid="native">
          {[1, 2, 3, 4, 5].map((n) => (
            <input key={n} type="radio" name="native" value={n} aria-label={String(n)} />
          ))}
        </div>
        <StarRating />
      </InDirection>,
    );
    const native = [...document.querySelectorAll<HTMLInputElement>('[data-testid="native"] input')];
    const trace = async (group: HTMLInputElement[]) => {
      const steps: string[] = [];
      group[0]!.focus();
      for (const key of sequence) {
        await userEvent.keyboard(key);
        const focused = group.indexOf(document.activeElement as HTMLInputElement) + 1;
        const checked = group.findIndex((radio) => radio.checked) + 1;
        steps.push(`${key} → focus ${focused}, checked ${checked}`);
      }
      return steps;
    };
    const nativeTrace = await trace(native);
    expect(await trace(radios())).toEqual(nativeTrace);
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
      expect(all.map(fillOf)).toEqual(all.map((_, j) => (j <= i ? '100%' : '0%')));
    }
    // What the reader sees on the last hovered star: all of it in the star colour.
    const { filled, ink } = await filledColumns(all[4]!, { park: false });
    expect(filled.length).toBeGreaterThanOrEqual(ink.length - 2);
    await userEvent.hover(document.querySelector('p')!);
    // Leaving restores the average: 4 full stars and 20% of the fifth.
    expect(fillOf(all[4]!)).toBe('20%');
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
    expect(fillOf(all[3]!)).toBe('100%');
    await userEvent.click(document.querySelector('button')!);
    await userEvent.tab();
    expect(document.activeElement).toBe(radios()[0]);
    expect(all.map(fillOf)).toEqual(['100%', '0%', '0%', '0%', '0%']);
    expect(radios().some((radio) => radio.checked)).toBe(false);
  });

  it('shows no preview while disabled', async () => {
    await render(<StarRating disabled defaultValue={1} />);
    await userEvent.hover(stars()[3]!, { force: true });
    expect(fillOf(stars()[3]!)).toBe('0%');
  });
});

describe.each(['light', 'dark'] as const)('StarRating on the %s theme', (theme) => {
  const surface = () => getComputedStyle(document.querySelector('[data-testid="surface"]')!).backgroundColor;

  async function renderOn(element: React.ReactNode) {
    await render(
      <div data-maqal-theme={theme} data-testid="surface" style={{ background: 'var(--maqal-color-surface)', padding: 16 }}>
        <button type="button">before</button>
        {element}
      </div>,
    );
  }

  it('draws a focus ring of at least 3:1, and stars of at least 3:1, filled and empty', async () => {
    await renderOn(<StarRating defaultValue={2} />);
    await userEvent.click(document.querySelector('button')!);
    await userEvent.tab();
    const style = getComputedStyle(stars()[1]!);
    expect(style.outlineStyle).toBe('solid');
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
    expect(contrast(style.outlineColor, surface())).toBeGreaterThanOrEqual(3);
    expect(contrast(getComputedStyle(stars()[0]!, '::after').backgroundColor, surface())).toBeGreaterThanOrEqual(3);
    expect(contrast(getComputedStyle(stars()[4]!, '::before').backgroundColor, surface())).toBeGreaterThanOrEqual(3);
  });

  it('keeps the focus ring off every star, its own and the neighbours: at least a pixel clear (pixels)', async () => {
    await renderOn(<StarRating defaultValue={3} />);
    const group = document.querySelector('.maqal-StarRating-stars')!;
    const before = await capture(group);
    await userEvent.click(document.querySelector('button')!);
    await userEvent.tab();
    expect(document.activeElement).toBe(radios()[2]);
    const after = await capture(group);
    // The ring is what focus changed; the stars are what was drawn before it.
    const background = rgbOf(surface());
    const at = (image: ImageData, x: number, y: number) => [...image.data.slice((y * image.width + x) * 4, (y * image.width + x) * 4 + 3)];
    const isInk = (x: number, y: number) => at(before, x, y).some((c, i) => Math.abs(c - background[i]!) > 8);
    let ring = 0;
    let touching = 0;
    for (let y = 0; y < after.height; y++) {
      for (let x = 0; x < after.width; x++) {
        if (at(before, x, y).every((c, i) => c === at(after, x, y)[i])) continue;
        ring++;
        for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) if (isInk(x + dx, y + dy)) touching++;
      }
    }
    expect(ring).toBeGreaterThan(100);
    expect(touching).toBe(0);
  });

  it('draws disabled stars at 3:1 or more against the surface, with no opacity', async () => {
    await renderOn(<StarRating disabled defaultValue={2} />);
    const chosen = stars()[0]!;
    const unchosen = stars()[4]!;
    expect(getComputedStyle(document.querySelector('.maqal-StarRating-stars')!).opacity).toBe('1');
    expect(contrast(getComputedStyle(chosen, '::after').backgroundColor, surface())).toBeGreaterThanOrEqual(3);
    expect(contrast(getComputedStyle(unchosen, '::before').backgroundColor, surface())).toBeGreaterThanOrEqual(3);
  });

  it('shows the invalid message in a colour of at least 4.5:1', async () => {
    await renderOn(<StarRating required invalid />);
    const message = document.querySelector('.maqal-StarRating-invalid')!;
    expect(message).toBeVisible();
    expect(contrast(getComputedStyle(message).color, surface())).toBeGreaterThanOrEqual(4.5);
  });
});

it('gives a pending vote a look of its own, not that of a chosen star, and says it in words', async () => {
  await commands.emulateReducedMotion(true);
  try {
    await render(
      <div style={{ background: 'white', display: 'grid', gap: 8 }}>
        <StarRating data-testid="chosen" defaultValue={4} />
        <StarRating data-testid="pending" defaultValue={4} voteStatus="pending" />
      </div>,
    );
    const [chosen, pending] = ['chosen', 'pending'].map((id) => document.querySelector(`[data-testid="${id}"] .maqal-StarRating-stars`)!);
    const [a, b] = [await capture(chosen!), await capture(pending!)];
    const star = rgbOf(getComputedStyle(stars()[0]!, '::after').backgroundColor);
    // Chosen: solid star colour. Pending: the star colour only on the outlines, the rest paler.
    expect(countOf(b, star, 12)).toBeLessThan(countOf(a, star, 12) * 0.6);
    expect(document.querySelector('[data-testid="pending"] [role="status"]')).toHaveTextContent('جارٍ حفظ تقييمك…');
  } finally {
    await commands.emulateReducedMotion(false);
  }
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

  it('blocks submission when required and empty, then shows why until a star is chosen', async () => {
    const onSubmit = vi.fn();
    await render(<Form onSubmit={onSubmit} required />);
    const group = document.querySelector('[role="radiogroup"]')!;
    expect(group).toHaveAttribute('aria-required', 'true');
    await userEvent.click(document.querySelector('button[type="submit"]')!);
    expect(onSubmit).not.toHaveBeenCalled();
    expect(group).toHaveAttribute('aria-invalid', 'true');
    expect(document.querySelector('.maqal-StarRating-invalid')).toHaveTextContent('اختر تقييمًا قبل الإرسال.');
    await userEvent.click(stars()[4]!);
    expect(group).not.toHaveAttribute('aria-invalid');
    expect(document.querySelector('.maqal-StarRating-invalid')).toBeNull();
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

/*
 * Votes, in real Chromium with real clicks and keys: a fake server records every call of onRate
 * and settles them when the script says. Each script ends by comparing what was sent with the
 * presses made, and the final UI with the last vote the server confirmed.
 */
describe('StarRating votes: exactly one per press', () => {
  function server({ wait = true }: { wait?: boolean } = {}) {
    const calls: { star: number; resolve: () => void; reject: () => void }[] = [];
    const confirmed: number[] = [];
    const onRate = vi.fn((star: number) => {
      if (!wait) {
        confirmed.push(star);
        return undefined; // fire and forget
      }
      return new Promise<void>((resolve, reject) => {
        calls.push({
          star,
          resolve: () => {
            confirmed.push(star);
            resolve();
          },
          reject: () => reject(new Error('503')),
        });
      });
    });
    return { onRate, calls, confirmed, sent: () => onRate.mock.calls.map(([star]) => star) };
  }
  const status = () => document.querySelector('[role="status"]');
  const settle = () => expect.poll(() => document.querySelector('[aria-busy]')).toBeNull();

  it('a double click and a triple click each send one vote; clicks on two stars send two', async () => {
    const api = server({ wait: false });
    await render(<StarRating onRate={api.onRate} />);
    await userEvent.dblClick(stars()[3]!);
    expect(api.sent()).toEqual([4]);
    await userEvent.tripleClick(stars()[1]!);
    expect(api.sent()).toEqual([4, 2]);
    await userEvent.click(stars()[4]!);
    await userEvent.click(stars()[0]!);
    // Nothing sent twice, nothing lost, and the stars show the last vote.
    expect(api.sent()).toEqual([4, 2, 5, 1]);
    expect(checkedValue()).toBe('1');
  });

  it('a held Enter or Space (key repeat) sends one vote', async () => {
    const api = server({ wait: false });
    await render(<StarRating onRate={api.onRate} defaultValue={3} />);
    radios()[2]!.focus();
    await userEvent.keyboard('{Enter>6/}');
    expect(api.sent()).toEqual([3]);
    await userEvent.keyboard('{ArrowDown}[Space>6/]');
    expect(api.sent()).toEqual([3, 4]);
    expect(checkedValue()).toBe('4');
  });

  it('never calls onRate while a vote is pending, and a hung vote keeps the group busy', async () => {
    const api = server();
    await render(<StarRating onRate={api.onRate} />);
    await userEvent.click(stars()[2]!);
    await userEvent.click(stars()[4]!);
    radios()[2]!.focus();
    await userEvent.keyboard('{ArrowDown}{Enter}[Space]');
    expect(api.sent()).toEqual([3]);
    expect(document.querySelector('[role="radiogroup"]')).toHaveAttribute('aria-busy', 'true');
    expect(status()).toHaveTextContent('جارٍ حفظ تقييمك…');
    expect(checkedValue()).toBe('3');
  });

  it('resolve, then reject: the UI ends on the last confirmed vote, each press sent once', async () => {
    const api = server();
    await render(<StarRating onRate={api.onRate} />);
    await userEvent.click(stars()[2]!);
    api.calls[0]!.resolve();
    await settle();
    expect(status()).toHaveTextContent('شكرًا لتقييمك!');
    await userEvent.click(stars()[4]!);
    api.calls[1]!.reject();
    await settle();
    expect(status()).toHaveTextContent('تعذّر حفظ تقييمك');
    expect(api.sent()).toEqual([3, 5]);
    expect(checkedValue()).toBe(String(api.confirmed.at(-1)));
    expect(document.querySelector('.maqal-StarRating-yours')).toHaveTextContent('تقييمك: 3');
  });

  it('a failed vote after arrow keys goes back to the last confirmed vote, not to the arrowed choice', async () => {
    const api = server();
    await render(<StarRating onRate={api.onRate} defaultValue={2} />);
    radios()[1]!.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(api.sent()).toEqual([4]);
    api.calls[0]!.reject();
    await settle();
    expect(checkedValue()).toBe('2');
  });

  it('reject, retry, resolve: the retry is sent, the UI shows it', async () => {
    const api = server();
    await render(<StarRating onRate={api.onRate} defaultValue={2} />);
    await userEvent.click(stars()[4]!);
    api.calls[0]!.reject();
    await settle();
    expect(checkedValue()).toBe('2');
    await userEvent.click(stars()[4]!);
    api.calls[1]!.resolve();
    await settle();
    expect(api.sent()).toEqual([5, 5]);
    expect(checkedValue()).toBe('5');
    expect(api.confirmed).toEqual([5]);
  });

  it('answers that arrive late and in another order than the clicks change nothing they should not', async () => {
    // The second promise settles first: a vote refused while the first was pending never reaches
    // the server, so its late answer cannot exist; the first one's answer then applies alone.
    const api = server();
    await render(<StarRating onRate={api.onRate} />);
    await userEvent.click(stars()[1]!);
    await userEvent.click(stars()[3]!);
    expect(api.calls).toHaveLength(1);
    api.calls[0]!.resolve();
    api.calls[0]!.reject(); // a second settlement of a settled promise does nothing
    await settle();
    expect(checkedValue()).toBe('2');
    expect(status()).toHaveTextContent('شكرًا لتقييمك!');
  });

  it('unmounting while pending: the late answer calls nothing and logs nothing', async () => {
    const api = server();
    const onValueChange = vi.fn();
    const error = vi.spyOn(console, 'error');
    const screen = await render(<StarRating onRate={api.onRate} onValueChange={onValueChange} defaultValue={1} />);
    await userEvent.click(stars()[3]!);
    await screen.unmount();
    api.calls[0]!.reject();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onValueChange.mock.calls.map(([v]) => v)).toEqual([4]);
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });

  it('a rejected vote keeps a newer value that a controlled parent set meanwhile', async () => {
    const api = server();
    function Controlled() {
      const [value, setValue] = useState<number | null>(1);
      return (
        <>
          <StarRating value={value} onValueChange={setValue} onRate={api.onRate} />
          {/* The server pushes another value while the vote is on its way. */}
          <button type="button" onClick={() => setValue(2)}>
            push
          </button>
          <output>{String(value)}</output>
        </>
      );
    }
    await render(<Controlled />);
    await userEvent.click(stars()[3]!);
    await expect.poll(() => document.querySelector('output')?.textContent).toBe('4');
    await userEvent.click(document.querySelector('button')!);
    await expect.poll(() => document.querySelector('output')?.textContent).toBe('2');
    api.calls[0]!.reject();
    await settle();
    expect(document.querySelector('output')).toHaveTextContent('2');
    expect(checkedValue()).toBe('2');
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
    await expect.poll(() => status()?.textContent).toContain('تعذّر');
    expect(document.querySelector('output')).toHaveTextContent('1');
    expect(checkedValue()).toBe('1');
  });

  it('treats a synchronous throw like a rejection', async () => {
    const onRate = vi.fn(() => {
      throw new Error('no network');
    });
    await render(<StarRating onRate={onRate} />);
    await userEvent.click(stars()[2]!);
    expect(checkedValue()).toBe(null);
    expect(status()).toHaveTextContent('تعذّر حفظ تقييمك');
  });

  it('thanks the reader in the live region and shows their vote after success', async () => {
    const api = server();
    await render(<StarRating onRate={api.onRate} average={3.2} count={11} />);
    await userEvent.click(stars()[3]!);
    expect(document.querySelector('.maqal-StarRating')).toHaveAttribute('data-pending');
    api.calls[0]!.resolve();
    await expect.poll(() => status()?.textContent).toContain('شكرًا لتقييمك!');
    expect(status()).toHaveTextContent('سُجّل تقييمك: 4 من 5 نجوم');
    expect(document.querySelector('.maqal-StarRating')).toHaveAttribute('data-voted');
    expect(document.querySelector('.maqal-StarRating-yours')).toHaveTextContent('تقييمك: 4');
  });
});
