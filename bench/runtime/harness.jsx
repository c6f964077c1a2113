// The page side of the runtime benchmark. Each file in cases/ is one page: it imports its library
// and hands its component to ratingPage() or backToTopPage(), which expose `window.bench` for
// run.mjs to drive from Playwright. Nothing here measures on its own; run.mjs decides when.
import { Fragment } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

const frames = (n = 2) =>
  new Promise((resolve) => {
    const step = () => (n-- > 0 ? requestAnimationFrame(step) : setTimeout(resolve, 0));
    step();
  });

/** A headline and `paragraphs` paragraphs of static Arabic article text (with a section heading every ten). */
function articleText(parent, paragraphs) {
  const sentence = 'أعلنت الهيئة العامة للأرصاد الجوية اليوم أن موجة الحر ستستمر حتى نهاية الأسبوع، وأن درجات الحرارة قد تتجاوز 45 درجة في المدن الساحلية. ';
  const article = document.createElement('article');
  article.appendChild(document.createElement('h1')).textContent = 'موجة حر تضرب المنطقة';
  for (let i = 0; i < paragraphs; i += 1) {
    if (i % 10 === 9) article.appendChild(document.createElement('h2')).textContent = `القسم ${(i + 1) / 10 + 1}`;
    article.appendChild(document.createElement('p')).textContent = sentence.repeat(6);
  }
  parent.appendChild(article);
}

/** Element names inside `node` (itself excluded), as { tag: count }. */
function tags(node) {
  const counts = {};
  for (const el of node.querySelectorAll('*')) counts[el.localName] = (counts[el.localName] ?? 0) + 1;
  return counts;
}

const subtract = (a, b) =>
  Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v - (b[k] ?? 0)]).filter(([, v]) => v !== 0));

/**
 * A page of star ratings. `Rating` renders one interactive rating (it gets its `index`, for a
 * unique radio name where the library needs one); `Wrapper` is the provider the library asks for.
 */
export function ratingPage({ Rating, Wrapper = Fragment }) {
  // Some article text first, laid out at load as on a real page, so that the first mount does not
  // also pay for the one-time set-up of fonts for Arabic text (which only some libraries render).
  articleText(document.body, 3);
  void document.body.offsetHeight;
  const tree = (n) => (
    <Wrapper>
      {Array.from({ length: n }, (_, index) => (
        <Rating key={index} index={index} />
      ))}
    </Wrapper>
  );
  const fresh = () => document.body.appendChild(document.createElement('div'));

  window.bench = {
    /**
     * Mounts n ratings into a fresh container: createRoot + a synchronous render (flushSync, so
     * the commit and the effects that React flushes with it are inside the first interval), then
     * a forced layout read (style recalculation and layout of everything just inserted). Returns
     * wall-clock times (performance.now); the marks give run.mjs the CPU time of the same spans.
     */
    mount(n) {
      const container = fresh();
      // The marks carry the main thread's CPU clock into the trace that run.mjs records.
      performance.mark('bench:start');
      const start = performance.now();
      const root = createRoot(container);
      flushSync(() => root.render(tree(n)));
      const rendered = performance.now();
      performance.mark('bench:rendered');
      void document.body.offsetHeight;
      const laidOut = performance.now();
      performance.mark('bench:end');
      return { script: rendered - start, layout: laidOut - rendered, total: laidOut - start, elements: container.querySelectorAll('*').length };
    },

    /**
     * Elements one rating adds: a container with one rating minus a container with the wrapper
     * alone (a provider may render a <style> or a wrapper element once per tree, not per rating).
     * Also the React commits it takes for n ratings to settle (layout effects that set state,
     * effects that measure), counted by the DevTools hook that run.mjs installs.
     */
    async count(n) {
      const empty = fresh();
      flushSync(() => createRoot(empty).render(<Wrapper />));
      const one = fresh();
      flushSync(() => createRoot(one).render(tree(1)));
      await frames();
      const perRating = subtract(tags(one), tags(empty));
      const many = fresh();
      const before = window.__counts.commits;
      const root = createRoot(many);
      flushSync(() => root.render(tree(n)));
      await frames(3);
      return { perRating, commits: window.__counts.commits - before };
    },

    /** Mounts one rating for the hover test (not timed). */
    async mountOne() {
      const container = fresh();
      container.id = 'hover';
      flushSync(() => createRoot(container).render(tree(1)));
      await frames();
    },

    /**
     * The box the stars of the first rating take on screen: the union of its star icons (an <svg>
     * in every library here but maqal, whose stars are drawn by CSS on the star's own element),
     * so the pointer sweeps the stars and nothing else.
     */
    starBox() {
      const icons = document.querySelectorAll('#hover svg, #hover .maqal-StarRating-star:not(:has(svg))');
      const rects = [...icons].map((icon) => icon.getBoundingClientRect()).filter((r) => r.width > 0);
      const left = Math.min(...rects.map((r) => r.left));
      const right = Math.max(...rects.map((r) => r.right));
      const top = Math.min(...rects.map((r) => r.top));
      const bottom = Math.max(...rects.map((r) => r.bottom));
      return { left, right, top, bottom, icons: rects.length };
    },

    settle: frames,
  };
}

/** A long article page with a back-to-top button mounted over it as soon as the page loads. */
export function backToTopPage({ Button, isShown }) {
  articleText(document.body, 120);

  const container = document.body.appendChild(document.createElement('div'));
  flushSync(() => createRoot(container).render(<Button />));

  window.bench = {
    settle: frames,
    /** Whether the button can be seen and pressed now (each case says how its library hides it). */
    shown: () => isShown(container),
  };
}
