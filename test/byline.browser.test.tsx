import { describe, expect, it } from 'vitest';
import { page, server } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { Byline } from '../src';
import avatar from '../stories/assets/byline-avatar-2.svg?no-inline';
import { screenshotSuiteName } from './helpers/screenshots';

/** Horizontal centre of one character of a text node, as laid out. */
function charX(node: Node, index: number): number {
  const range = document.createRange();
  range.setStart(node, index);
  range.setEnd(node, index + 1);
  const rect = range.getBoundingClientRect();
  return rect.left + rect.width / 2;
}

/** True when the first letter of an Arabic word is drawn to the right of its last: RTL order. */
function readsRightToLeft(node: Node): boolean {
  const length = node.textContent!.length;
  return charX(node, 0) > charX(node, length - 1);
}

const SECOND = 'عمر';

describe('Byline bidi isolation in Chromium', () => {
  it('shows the hazard: a raw left-to-right override flips the Arabic name after it', async () => {
    const screen = await render(
      <p dir="rtl" data-testid="raw">
        {'Sara\u202D و'}
        <span data-testid="next">{SECOND}</span>
      </p>,
    );
    expect(readsRightToLeft(screen.getByTestId('next').element().firstChild!)).toBe(false);
  });

  it.each(['rtl', 'ltr'] as const)(
    'keeps the name after one containing U+202D/U+202E in its visual order (%s page)',
    async (dir) => {
      const screen = await render(
        <div dir={dir}>
          <Byline data-testid="evil" authors={[{ name: 'Sara\u202D' }, { name: SECOND }]} />
          <Byline data-testid="evil2" authors={[{ name: '\u202Eليلى' }, { name: SECOND }]} />
          <Byline data-testid="clean" authors={[{ name: 'Sara' }, { name: SECOND }]} />
        </div>,
      );
      for (const id of ['evil', 'evil2']) {
        const byline = screen.getByTestId(id).element();
        expect(byline.textContent).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
        const names = byline.querySelectorAll('.maqal-Byline-name');
        for (const name of names) expect(getComputedStyle(name).unicodeBidi).toBe('isolate');
        expect(readsRightToLeft(names[1]!.firstChild!)).toBe(true);
      }
      // Same layout as with a clean name.
      const clean = screen.getByTestId('clean').element().querySelectorAll('.maqal-Byline-name')[1]!.getBoundingClientRect();
      const evil = screen.getByTestId('evil').element().querySelectorAll('.maqal-Byline-name')[1]!.getBoundingClientRect();
      expect(evil.left).toBeCloseTo(clean.left, 0);
      expect(evil.width).toBeCloseTo(clean.width, 0);
    },
  );

  it('wraps a 200-character name inside a narrow column', async () => {
    const name = 'عبد'.repeat(67).slice(0, 200);
    const screen = await render(
      <div dir="rtl" style={{ inlineSize: '240px' }}>
        <Byline data-testid="b" authors={[{ name }]} />
      </div>,
    );
    const byline = screen.getByTestId('b').element();
    expect(byline.scrollWidth).toBeLessThanOrEqual(240);
    expect(byline.getBoundingClientRect().height).toBeGreaterThan(60);
  });
});

describe('Byline source in Chromium (issue 14)', () => {
  /** The line boxes (tops, rounded) a piece of text is drawn on. */
  const tops = (range: Range) => [...new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)))];
  const lineTops = (element: Element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return tops(range);
  };
  /** The lines of the last name's unit (its name and role) before the source that ends it. */
  const lastNameTops = (byline: Element) => {
    const source = byline.querySelector('.maqal-Byline-source')!;
    const range = document.createRange();
    range.setStart(source.closest('.maqal-Byline-author')!, 0);
    range.setEndBefore(source);
    return tops(range);
  };

  it.each([
    ['ar', 'rtl', [{ name: 'ليلى حداد', role: 'مراسلة الشؤون الثقافية' }, { name: 'عمر بن سليمان الفاسي', role: 'مكتب الرباط' }], 'وكالات'],
    ['ar', 'rtl', [{ name: 'ليلى حداد' }, { name: 'نور الهدى بن علي', contribution: 'translation' as const }], 'وكالة الأنباء'],
    ['en', 'ltr', [{ name: 'Nadia Ben Salem' }, { name: 'Tom Baker' }], 'Reuters'],
  ] as const)('%s: the source starts on the line of the last name at every width from 160 to 520 px, and nothing overflows', async (locale, dir, authors, source) => {
    const screen = await render(
      <div dir={dir} data-testid="box">
        <Byline locale={locale} authors={[...authors]} source={source} />
      </div>,
    );
    await document.fonts.ready;
    const box = screen.getByTestId('box').element() as HTMLElement;
    const sourceElement = box.querySelector('.maqal-Byline-source')!;
    for (let width = 160; width <= 520; width += 4) {
      box.style.inlineSize = `${width}px`;
      const [sourceTop] = lineTops(sourceElement);
      expect(lastNameTops(box).at(-1), `${width} px: the source on the last name's line`).toBe(sourceTop);
      expect(box.scrollWidth, `${width} px`).toBeLessThanOrEqual(width);
    }
  });

  it('wraps a 200-character name inside a narrow column when a source follows it, the source on its last line', async () => {
    const name = 'عبد'.repeat(67).slice(0, 200);
    const screen = await render(
      <div dir="rtl" style={{ inlineSize: '240px' }}>
        <Byline data-testid="b" authors={[{ name: 'ليلى حداد' }, { name }]} source="وكالات" />
      </div>,
    );
    const byline = screen.getByTestId('b').element();
    expect(byline.scrollWidth).toBeLessThanOrEqual(240);
    expect(lineTops(byline.querySelector('.maqal-Byline-source')!)).toEqual(lastNameTops(byline).slice(-1));
  });
});

describe('Byline avatar fallback in Chromium', () => {
  it('shows the initial when the photo fails, without JavaScript', async () => {
    const screen = await render(
      <Byline data-testid="b" authors={[{ name: 'ليلى حداد', avatarSrc: '/__missing__/leila.jpg' }]} />,
    );
    const avatar = screen.getByTestId('b').element().querySelector('.maqal-Byline-avatar')!;
    const img = avatar.querySelector('img')!;
    await expect.poll(() => img.complete).toBe(true);
    expect(img.naturalWidth).toBe(0);
    const initial = avatar.querySelector('.maqal-Byline-initial')!;
    expect(initial).toHaveTextContent('ل');
    expect(initial.getBoundingClientRect().width).toBeGreaterThan(0);
    // A round 40px badge, the photo laid exactly over it.
    const box = avatar.getBoundingClientRect();
    expect(box.width).toBeCloseTo(40, 0);
    expect(box.height).toBeCloseTo(40, 0);
    expect(getComputedStyle(avatar).borderRadius).not.toBe('0px');
    expect(img.getBoundingClientRect().width).toBeGreaterThan(30);
    // The broken image's own pseudo-element covers Chromium's broken-image icon with the initial.
    expect(getComputedStyle(img, '::after').content).toBe('"ل"');
  });

  it('overlaps several avatars toward the inline end in both directions', async () => {
    const authors = [
      { name: 'ليلى', avatarSrc: '/__missing__/a.jpg' },
      { name: 'عمر', avatarSrc: '/__missing__/b.jpg' },
    ];
    const screen = await render(
      <>
        <div dir="rtl">
          <Byline data-testid="rtl" authors={authors} />
        </div>
        <div dir="ltr">
          <Byline data-testid="ltr" authors={authors} />
        </div>
      </>,
    );
    for (const dir of ['rtl', 'ltr'] as const) {
      const [first, second] = screen.getByTestId(dir).element().querySelectorAll('.maqal-Byline-avatar');
      const a = first!.getBoundingClientRect();
      const b = second!.getBoundingClientRect();
      if (dir === 'rtl') expect(b.right).toBeGreaterThan(a.left);
      else expect(b.left).toBeLessThan(a.right);
      expect(dir === 'rtl' ? b.left < a.left : b.left > a.left).toBe(true);
    }
  });
});

// Baselines are Linux Chromium with maqal's fonts (see screenshots.browser.test.tsx).
describe.skipIf(server.platform !== 'linux')(screenshotSuiteName('Byline screenshot'), () => {
  it('draws a photo, and the initial alone for a photo that fails (no broken-image icon)', async () => {
    await page.viewport(480, 240);
    const screen = await render(
      <div dir="rtl" lang="ar" data-testid="shot" style={{ padding: 16, inlineSize: 360, background: 'var(--maqal-color-surface)' }}>
        <Byline authors={[{ name: 'ليلى حداد', avatarSrc: avatar, role: 'مراسلة' }, { name: 'إيمان الشامي', avatarSrc: '/__missing__/iman.jpg' }]} source="وكالات" />
      </div>,
    );
    const images = [...screen.getByTestId('shot').element().querySelectorAll('img')];
    await expect.poll(() => images.every((img) => img.complete)).toBe(true);
    await document.fonts.ready;
    await expect.element(screen.getByTestId('shot')).toMatchScreenshot('byline-avatars-ar');
  });
});
