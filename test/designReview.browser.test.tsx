// The Storybook a designer reviews (issue 15), checked in Chromium: the States matrices really force
// hover, focus-visible and active (storybook-addon-pseudo-states rewrites the stylesheets; a
// selector that missed would leave every column looking at rest); the Tokens page reads its values
// from the CSS; the locale toolbar shows each language's own text, or keeps Arabic labelled Arabic.
// Stories are composed with the project's preview annotations and the addon's, as Storybook does.
import './helpers/storybookChannel';
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import * as pseudoStates from 'storybook-addon-pseudo-states/preview';
import { STORY_RENDERED } from 'storybook/internal/core-events';
import { addons } from 'storybook/preview-api';
import type { ComponentType } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import preview from '../.storybook/preview';
import * as HeadlineStories from '../stories/Headline.stories';
import * as KickerStories from '../stories/Kicker.stories';
import * as ScrollToTopStories from '../stories/ScrollToTop.stories';
import * as StarRatingStories from '../stories/StarRating.stories';
import { SAMPLES } from '../stories/fixtures/samples';
import { ColourTokens, contrast, TypeTokens } from '../stories/TokenTables';
import { waitFor } from './helpers/waitFor';

setProjectAnnotations([pseudoStates, preview]);

const frames = (n = 3) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** Renders a composed story into #storybook-root (the addon's root) and lets the addon apply its classes. */
async function renderStory(Story: ComponentType & { id?: string }) {
  const root = document.body.appendChild(document.createElement('div'));
  root.id = 'storybook-root';
  const screen = await render(<Story />, { container: root });
  cleanups.push(async () => {
    await screen.unmount();
    root.remove();
  });
  await frames();
  // Storybook rewrites the stylesheets for forced states after each render; the story's hooks
  // (the addon's decorator, which puts the classes on) run their effects on the same event.
  addons.getChannel().emit(STORY_RENDERED, Story.id);
  await new Promise((resolve) => setTimeout(resolve, 50));
  await frames();
  return root;
}

const modes = [
  { direction: 'rtl', theme: 'light' },
  { direction: 'ltr', theme: 'dark' },
] as const;

describe('States matrices force interaction states (storybook-addon-pseudo-states)', () => {
  for (const { direction, theme } of modes) {
    it(`draws ScrollToTop hovered, focused and pressed unlike at rest (${direction}, ${theme})`, async () => {
      // Hover previews follow the real pointer: park it away from the story.
      await userEvent.hover(document.body);
      const { States } = composeStories(ScrollToTopStories, { initialGlobals: { locale: 'ar', direction, theme, pseudo: false } });
      const root = await renderStory(States as ComponentType);
      const row = [...root.querySelectorAll('tbody tr')][1]!; // "shown"
      const button = (column: string) => row.querySelector<HTMLElement>(`[data-pseudo-column="${column}"] .maqal-ScrollToTop`)!;
      await waitFor(() => expect(button('rest')).toBeVisible());
      const rest = getComputedStyle(button('rest'));
      const hover = getComputedStyle(button('hover'));
      const active = getComputedStyle(button('active'));
      const focus = getComputedStyle(button('focusVisible'));
      // Hover fills the button with the text colour (what :hover does in ScrollToTop.css).
      const textColour = getComputedStyle(root.querySelector('.maqal-StoryRoot')!).color;
      expect(hover.backgroundColor).not.toBe(rest.backgroundColor);
      expect(hover.backgroundColor).toBe(textColour);
      // Visibly different: WCAG's 3:1 for a state change of a control.
      expect(contrast(hover.backgroundColor, rest.backgroundColor)).toBeGreaterThanOrEqual(3);
      expect(active.backgroundColor).not.toBe(rest.backgroundColor);
      expect(active.backgroundColor).not.toBe(hover.backgroundColor);
      // Keyboard focus draws the ring; at rest there is none.
      expect(rest.outlineStyle).toBe('none');
      expect(focus.outlineStyle).toBe('solid');
      expect(parseFloat(focus.outlineWidth)).toBeGreaterThanOrEqual(2);
      // Nothing is really hovered or focused: the states are forced, not interacted.
      expect(document.activeElement === button('focusVisible')).toBe(false);
    });
  }

  it('previews a hovered fourth star and rings the focused star in StarRating, and leaves the rest column at rest', async () => {
    await userEvent.hover(document.body);
    const { States } = composeStories(StarRatingStories, { initialGlobals: { locale: 'ar', direction: 'rtl', theme: 'light', pseudo: false } });
    const root = await renderStory(States as ComponentType);
    const empty = [...root.querySelectorAll('tbody tr')][0]!; // "empty": nothing chosen, no average
    const fills = (column: string) =>
      [...empty.querySelectorAll(`[data-pseudo-column="${column}"] .maqal-StarRating-star`)].map((star) => getComputedStyle(star).getPropertyValue('--maqal-star-fill').trim());
    expect(fills('rest')).toEqual(['0%', '0%', '0%', '0%', '0%']);
    expect(fills('hover')).toEqual(['100%', '100%', '100%', '100%', '0%']);
    const ring = (column: string) => getComputedStyle(empty.querySelector(`[data-pseudo-column="${column}"] .maqal-StarRating-star`)!).outlineStyle;
    expect(ring('rest')).toBe('none');
    expect(ring('focusVisible')).toBe('solid');
    // A disabled row takes no hover preview, as the component's CSS says.
    const disabled = [...root.querySelectorAll('tbody tr')].find((tr) => tr.textContent?.startsWith('disabled'))!;
    const disabledHover = [...disabled.querySelectorAll('[data-pseudo-column="hover"] .maqal-StarRating-star')].map((star) =>
      getComputedStyle(star).getPropertyValue('--maqal-star-fill').trim(),
    );
    expect(disabledHover.slice(2)).toEqual(['0%', '0%', '0%']);
  });
});

describe('the Tokens page reads the CSS', () => {
  it('computes WCAG contrast as WCAG defines it', () => {
    // WCAG 2: black on white is 21:1, a colour on itself 1:1.
    expect(contrast('rgb(0, 0, 0)', 'rgb(255, 255, 255)')).toBeCloseTo(21, 5);
    expect(contrast('rgb(118, 118, 118)', 'rgb(118, 118, 118)')).toBe(1);
    // #767676 on white: the well-known 4.54:1.
    expect(contrast('rgb(118, 118, 118)', 'rgb(255, 255, 255)')).toBeCloseTo(4.54, 2);
  });

  it('shows each colour per theme with the value the theme computes, and its contrast', async () => {
    const screen = await render(<ColourTokens />);
    cleanups.push(() => screen.unmount());
    await waitFor(() => expect(screen.container.querySelectorAll('[data-maqal-theme="dark"] tr[data-token]').length).toBeGreaterThanOrEqual(12));
    for (const theme of ['light', 'dark']) {
      // An element of our own in that theme: what an app's would compute.
      const own = document.body.appendChild(document.createElement('div'));
      own.dataset.maqalTheme = theme;
      own.style.color = 'var(--maqal-color-text)';
      own.style.backgroundColor = 'var(--maqal-color-surface)';
      const { color, backgroundColor } = getComputedStyle(own);
      own.remove();
      const row = (token: string) => screen.container.querySelector(`[data-maqal-theme="${theme}"] tr[data-token="--maqal-color-${token}"]`)!;
      const hexOf = (rgb: string) => `#${rgb.match(/\d+/g)!.slice(0, 3).map((v) => Number(v).toString(16).padStart(2, '0')).join('')}`;
      expect(row('surface').querySelector('[data-value]')).toHaveTextContent(hexOf(backgroundColor));
      expect(row('text').querySelector('[data-value]')).toHaveTextContent(hexOf(color));
      const ratio = Number(row('text').querySelector('[data-ratio]')!.getAttribute('data-ratio'));
      expect(ratio).toBeCloseTo(contrast(color, backgroundColor)!, 2);
    }
    const surfaces = [...screen.container.querySelectorAll('tr[data-token="--maqal-color-surface"] [data-value]')].map((cell) => cell.textContent);
    expect(new Set(surfaces).size).toBe(2);
  });

  it('measures the type scale per script: fluid headlines, Arabic-script body leading ≥ 1.6', async () => {
    const screen = await render(<TypeTokens />);
    cleanups.push(() => screen.unmount());
    await waitFor(() => expect(screen.container.querySelectorAll('tr[data-lang]').length).toBeGreaterThanOrEqual(20));
    const cells = (lang: string, role: string) =>
      [...screen.container.querySelectorAll(`tr[data-lang="${lang}"][data-role="${role}"] td[data-size]`)].map((td) => ({
        size: Number(td.getAttribute('data-size')),
        lineHeight: Number(td.getAttribute('data-line-height')),
      }));
    for (const lang of ['ar', 'fa', 'ur', 'he', 'en']) {
      const headline = cells(lang, 'headline');
      expect(headline).toHaveLength(4);
      // The headline grows with its column, from a phone's to a desktop column's.
      expect(headline.at(-1)!.size).toBeGreaterThan(headline[0]!.size);
      for (const { size } of cells(lang, 'body')) expect(size).toBeGreaterThanOrEqual(16);
    }
    // The conventions' Arabic-script rules (after BBC GEL): body leading ≥ 1.6, headline ≥ 1.3.
    for (const lang of ['ar', 'fa', 'ur']) {
      for (const { size, lineHeight } of cells(lang, 'body')) expect(lineHeight / size).toBeGreaterThanOrEqual(1.6);
      for (const { size, lineHeight } of cells(lang, 'headline')) expect(lineHeight / size).toBeGreaterThanOrEqual(1.3);
    }
    expect(cells('ar', 'body')[0]!.lineHeight / cells('ar', 'body')[0]!.size).toBeGreaterThan(cells('en', 'body')[0]!.lineHeight / cells('en', 'body')[0]!.size);
  });
});

describe('the locale toolbar never relabels Arabic', () => {
  it('swaps in the Hebrew sample for a static story written from samples', async () => {
    const { Default } = composeStories(KickerStories, { initialGlobals: { locale: 'he', direction: 'rtl', theme: 'light' } });
    const root = await renderStory(Default as ComponentType);
    const link = root.querySelector('a')!;
    expect(link).toHaveTextContent(SAMPLES.he.section);
    expect(link.closest('[lang]')).toHaveAttribute('lang', 'he');
    expect(root.textContent).not.toMatch(/[\u0600-\u06ff]/);
  });

  it('keeps a story whose text is Arabic only in Arabic, lang="ar", and says so', async () => {
    const { Default } = composeStories(HeadlineStories, { initialGlobals: { locale: 'en', direction: 'ltr', theme: 'light' } });
    const root = await renderStory(Default as ComponentType);
    const heading = root.querySelector('h1')!;
    expect(heading.textContent).toMatch(/[\u0600-\u06ff]/);
    expect(heading.closest('[lang]')!.getAttribute('lang')).toMatch(/^ar\b/);
    // Arabic metrics, not Latin ones (issue 15: the English toolbar gave Arabic 1.1 leading).
    expect(parseFloat(getComputedStyle(heading).lineHeight) / parseFloat(getComputedStyle(heading).fontSize)).toBeGreaterThanOrEqual(1.3);
    expect(root.querySelector('.maqal-StoryNote')).toHaveTextContent('Arabic');
  });
});
