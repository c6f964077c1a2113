// Visual baselines for every state (issue 15): each component's `States` story, found in
// stories/*.stories.tsx by name, drawn in the four modes the story tests run (RTL/LTR × light/dark)
// and compared with a committed screenshot. The stories are composed with the project's own
// preview annotations (.storybook/preview.tsx: the MaqalProvider decorator, the theme root) and
// the pseudo-states addon's, as Storybook's portable stories do, so a baseline shows what a
// designer sees in Storybook with the same toolbar settings.
//
// A failing comparison writes .vitest-attachments/visual-report.html: baseline, actual and diff
// side by side for each failure. Regenerate every baseline after an intended change with
//   rm -rf test/__screenshots__/visualStates.browser.test.tsx
//   npx vitest run --project browser test/visualStates.browser.test.tsx --update
// (the removal drops parts of stories that got shorter) and look at the PNGs before committing.
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { STORY_RENDERED } from 'storybook/internal/core-events';
import { addons, mockChannel } from 'storybook/preview-api';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands, page, server, userEvent } from 'vitest/browser';
import preview from '../.storybook/preview';
import { SCREENSHOTS_RUN, SCREENSHOTS_SKIP_REASON, screenshotSuiteName } from './helpers/screenshots';

if (!SCREENSHOTS_RUN) console.warn(`maqal: visual baselines skipped — ${SCREENSHOTS_SKIP_REASON}`);

// Outside Storybook there is no channel, and each call for one returns a new mock: install one
// before the pseudo-states addon loads and subscribes, so that the render event below reaches it.
addons.setChannel(mockChannel());
const pseudoStates = await import('storybook-addon-pseudo-states/preview');
setProjectAnnotations([pseudoStates, preview]);

type StoryModule = Parameters<typeof composeStories>[0];
/** What this file uses of a composed story (Storybook's portable stories). */
type ComposedStory = { id: string; parameters: { pseudo?: unknown }; run: (context: { canvasElement: HTMLElement }) => Promise<void> };
const modules = import.meta.glob<StoryModule>('../stories/*.stories.tsx', { eager: true });

/** "../stories/StarRating.stories.tsx" → "StarRating". */
const componentOf = (path: string) => path.replace(/^.*\/(.+)\.stories\.tsx$/, '$1');

/** Every file with a story exported as `States`, by component name, sorted. */
const withStates = Object.entries(modules)
  .filter(([, module]) => 'States' in module)
  .map(([path, module]) => [componentOf(path), module] as const)
  .sort(([a], [b]) => a.localeCompare(b));

const MODES = [
  { direction: 'rtl', theme: 'light' },
  { direction: 'rtl', theme: 'dark' },
  { direction: 'ltr', theme: 'light' },
  { direction: 'ltr', theme: 'dark' },
] as const;

// A desktop canvas; States stories lay their cells out in grids that fill it.
const VIEWPORT = { width: 960, height: 720 };

// Nothing may move while the shot is taken: transitions off, the caret hidden. Time-driven
// animations are stopped at their start below; scroll-driven ones (ScrollToTop's ring) follow the
// scroll position, which is fixed.
const STILL = '*, *::before, *::after { transition: none !important; caret-color: transparent !important; }';

/** Stops every time-driven animation at its first frame. */
function stopAnimations() {
  for (const animation of document.getAnimations()) {
    if (animation.timeline !== document.timeline) continue;
    animation.pause();
    animation.currentTime = 0;
  }
}

/** Resolves once `root` has gone `quiet` ms without a DOM change (React re-rendering after an
 * observer fired, a class added by a decorator), or after `cap` ms whatever happens. */
function settled(root: Element, quiet = 150, cap = 3000) {
  return new Promise<void>((resolve) => {
    let timer = setTimeout(done, quiet);
    const limit = setTimeout(done, cap);
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(done, quiet);
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    function done() {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(limit);
      resolve();
    }
  });
}

/** Resolves when `ready()` holds, checked every animation frame, or after `cap` ms whatever happens. */
function until(ready: () => boolean, cap: number) {
  return new Promise<void>((resolve) => {
    const started = performance.now();
    const check = () => (ready() || performance.now() - started > cap ? resolve() : requestAnimationFrame(check));
    check();
  });
}

const frames = (n = 2) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });

type Failure = { name: string; message: string; reference?: string; actual?: string; diff?: string };
const failures: Failure[] = [];

describe.skipIf(!SCREENSHOTS_RUN)(screenshotSuiteName('visual baselines: every States story in four modes'), () => {
  let still: HTMLStyleElement;
  beforeAll(async () => {
    // A reader who asked for less motion sees maqal's pulses and fades still, as does the shot.
    await commands.emulateReducedMotion(true);
    await page.viewport(VIEWPORT.width, VIEWPORT.height);
    still = document.head.appendChild(document.createElement('style'));
    still.textContent = STILL;
    document.body.style.margin = '0'; // the story root meets the edges, as in Storybook's canvas
  });

  afterAll(async () => {
    still.remove();
    await commands.emulateReducedMotion(false);
    await writeReport(failures);
  });

  afterEach(({ task }) => {
    if (task.result?.state !== 'fail') return;
    const shot = task.artifacts.find((artifact) => artifact.type === 'internal:toMatchScreenshot');
    const file = (name: string) => shot?.attachments?.find((attachment) => attachment.name === name)?.path;
    failures.push({
      name: task.name,
      message: task.result.errors?.map((error) => error.message).join('\n') ?? '',
      reference: file('reference'),
      actual: file('actual'),
      diff: file('diff'),
    });
  });

  it('finds the States stories', () => {
    // The harness discovers stories by name; an empty list would pass every mode vacuously.
    expect(withStates.map(([component]) => component).length).toBeGreaterThanOrEqual(5);
  });

  for (const { direction, theme } of MODES) {
    describe(`${direction} ${theme}`, () => {
      for (const [component, module] of withStates) {
        it(`draws ${component} States (${direction}, ${theme}) as the committed baseline`, async () => {
          // The toolbar's globals for this mode, as the stories-<direction>-<theme> projects set them.
          const stories = composeStories(module, { initialGlobals: { locale: 'ar', direction, theme, pseudo: false } });
          const States = (stories as unknown as Record<string, ComposedStory>).States!;
          // The pseudo-states decorator forces :hover and friends inside #storybook-root.
          const root = document.body.appendChild(document.createElement('div'));
          root.id = 'storybook-root';
          // Hover previews follow the real pointer, wherever an earlier test left it: it rests on
          // an invisible square in a corner, above the story, for the whole test.
          const parking = document.body.appendChild(document.createElement('div'));
          parking.style.cssText = 'position: fixed; inset-block-end: 0; inset-inline-end: 0; inline-size: 4px; block-size: 4px; opacity: 0; z-index: 2147483647';
          // Rendered as Storybook renders it (its React renderer into the canvas, then the
          // decorators' effects: the pseudo-states addon puts .pseudo-hover and friends on the
          // parts `parameters.pseudo` selects), and its play function, if any, run.
          await States.run({ canvasElement: root });
          await userEvent.hover(parking);
          await document.fonts.ready;
          // Let React's effects settle (ScrollToTop's observers), then tell the addon the story
          // rendered, as Storybook does: it rewrites every :hover, :focus-visible and :active rule
          // to match those classes too.
          await frames(3);
          addons.getChannel().emit(STORY_RENDERED, States.id);
          // The addon applies its classes in a hook effect that may run well after the event on a
          // loaded machine: wait for them (up to 15 s) before waiting for the DOM to go quiet.
          if (States.parameters.pseudo) await until(() => root.querySelector('[class*="pseudo-"]') !== null, 15_000);
          await settled(root);
          if (States.parameters.pseudo) expect(root.querySelector('[class*="pseudo-"]'), 'the pseudo-states addon forced its states').not.toBeNull();
          await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
          stopAnimations();
          await frames(2);
          const theme_ = root.querySelector('[data-maqal-theme]');
          expect(theme_?.getAttribute('data-maqal-theme'), 'the story root carries the mode’s theme').toBe(theme);
          expect(getComputedStyle(root.querySelector('[dir]')!).direction, 'the story reads in the mode’s direction').toBe(direction);
          // The test page is an iframe no larger than the browser window, and a screenshot cannot
          // see past it: a story taller than the viewport is shot in viewport-high parts, scrolled
          // one after another, through a frame fixed over the viewport that paints nothing.
          const frame = document.body.appendChild(document.createElement('div'));
          frame.style.cssText = 'position: fixed; inset: 0; pointer-events: none; z-index: 2147483647';
          const parts = Math.ceil(document.documentElement.scrollHeight / VIEWPORT.height);
          for (let part = 0; part < parts; part++) {
            window.scrollTo(0, part * VIEWPORT.height);
            await frames(2);
            const name = `${component}-States-${direction}-${theme}${parts > 1 ? `-part${part + 1}` : ''}`;
            // Plain expect, not expect.element: a failed poll never settles in this file (the
            // story annotations' storybook/test instrumentation), so a mismatch would hang the test.
            // A few pixels of glyph anti-aliasing vary between runs on a loaded machine; a real
            // change (a colour, a moved part, a missing state) differs by hundreds.
            await expect(frame).toMatchScreenshot(name, { comparatorName: 'pixelmatch', comparatorOptions: { allowedMismatchedPixels: 24 } });
          }
          frame.remove();
          window.scrollTo(0, 0);
          root.remove();
          parking.remove();
          // A mismatch is retried for the matcher's whole timeout (30 s, vitest.config.ts) per part.
        }, 180_000);
      }
    });
  }
});

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The message without the terminal's colour codes (ESC [ … m). */
const withoutColours = (text: string) => text.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');

/** A path relative to .vitest-attachments/, where the report lives. */
function fromReport(path: string | undefined) {
  if (!path) return undefined;
  const root = server.config.root.replace(/\/$/, '');
  const inRoot = path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path;
  return inRoot.startsWith('.vitest-attachments/') ? inRoot.slice('.vitest-attachments/'.length) : `../${inRoot}`;
}

/** Writes (or, when everything matched, removes) .vitest-attachments/visual-report.html. */
async function writeReport(list: Failure[]) {
  const report = '.vitest-attachments/visual-report.html'; // relative to the project root
  if (list.length === 0) {
    await commands.removeFile(report).catch(() => undefined);
    return;
  }
  const image = (label: string, path: string | undefined) =>
    `<figure><figcaption>${label}</figcaption>${path ? `<a href="${escapeHtml(fromReport(path)!)}"><img src="${escapeHtml(fromReport(path)!)}" alt="${label}"></a>` : '<p>(none)</p>'}</figure>`;
  const sections = list
    .map(
      (failure) => `<section>
<h2>${escapeHtml(failure.name)}</h2>
<pre>${escapeHtml(withoutColours(failure.message))}</pre>
<div class="row">${image('baseline', failure.reference)}${image('actual', failure.actual)}${image('diff', failure.diff)}</div>
</section>`,
    )
    .join('\n');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>maqal visual baselines: ${list.length} failed</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 1rem; }
.row { display: grid; grid-template-columns: repeat(3, 1fr); gap: 1rem; align-items: start; }
figure { margin: 0; } figcaption { font-weight: 700; margin-block-end: 0.25rem; }
img { max-inline-size: 100%; border: 1px solid #999; background: repeating-conic-gradient(#eee 0 25%, #fff 0 50%) 0 0 / 16px 16px; }
pre { white-space: pre-wrap; background: #f4f4f4; padding: 0.5rem; }
section { border-block-end: 1px solid #ccc; padding-block: 1rem; }
</style></head>
<body><h1>${list.length} visual baseline${list.length === 1 ? '' : 's'} failed</h1>
<p>Baseline (committed), actual (this run) and diff (changed pixels in red). If the change is intended, regenerate with
<code>npx vitest run --project browser test/visualStates.browser.test.tsx --update</code> and review the PNGs.</p>
${sections}
</body></html>
`;
  await commands.writeFile(report, html);
}
