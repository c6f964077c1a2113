// Runtime benchmark in Chromium: mounting 250 and 1,000 star ratings, hovering across one, and
// scrolling a long page under a back-to-top button, for maqal (from dist/), published alternatives
// and a hand-written floor. Run from the repository root after `npm run build`:
//   npm ci --prefix bench/runtime && node bench/runtime/run.mjs [--runs N] [--quick]
// (or RUNS=N). Every page is bundled here by esbuild (production React from bench/runtime's own
// node_modules), served from .out/ by a small HTTP server and driven by playwright-core in the
// system Chromium. Variants are interleaved in one browser session, each measurement on a fresh
// page; the figures are medians. Writes RESULTS.md. See README.md for the method.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '../..');
const out = join(here, '.out');

// ---- options -----------------------------------------------------------------------------------
const argv = process.argv.slice(2);
const flag = (name) => {
  const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return undefined;
  return argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
};
const quick = argv.includes('--quick');
const DEFAULT_RUNS = 5;
const RUNS = Number(flag('--runs') ?? process.env.RUNS ?? (quick ? 3 : DEFAULT_RUNS));
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs / RUNS must be a positive integer, got ${RUNS}`);
const HOVER_RUNS = Math.max(1, Math.ceil(RUNS / 2));
const SCROLL_RUNS = HOVER_RUNS;
const SIZES = [250, 1000];
// Across and back, the same number of pointer moves for every library whatever its star size.
const HOVER = { passes: 2, moves: 50, margin: 8 };
const SCROLL = { steps: 40, delta: 100 }; // 40 wheel notches of 100 px down, then the same up
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const ratings = [
  { id: 'floor', name: 'hand-written floor', pkg: null },
  { id: 'maqal', name: 'maqal StarRating', pkg: 'maqal' },
  { id: 'mui', name: 'MUI Rating', pkg: '@mui/material' },
  { id: 'antd', name: 'antd Rate', pkg: 'antd' },
  { id: 'mantine', name: 'Mantine Rating', pkg: '@mantine/core' },
  { id: 'smastrom', name: '@smastrom/react-rating', pkg: '@smastrom/react-rating' },
];
const tops = [
  { id: 'floor', name: 'hand-written floor', pkg: null },
  { id: 'maqal', name: 'maqal ScrollToTop', pkg: 'maqal' },
  { id: 'react-scroll-to-top', name: 'react-scroll-to-top', pkg: 'react-scroll-to-top' },
];

// ---- build -------------------------------------------------------------------------------------
if (!existsSync(join(repo, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` in the repository root first.');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// One React for every page, from bench/runtime/node_modules, including for maqal's dist/ (which
// would otherwise resolve `react` from the repository's own node_modules).
const oneReact = {
  name: 'one-react',
  setup(b) {
    b.onResolve({ filter: /^(react|react-dom|scheduler)(\/.*)?$/ }, (args) =>
      args.pluginData?.pinned ? undefined : b.resolve(args.path, { kind: args.kind, resolveDir: here, pluginData: { pinned: true } }),
    );
  },
};

const entries = Object.fromEntries([
  ...ratings.map((v) => [`rating-${v.id}`, join(here, 'cases', `rating-${v.id}.jsx`)]),
  ...tops.map((v) => [`top-${v.id}`, join(here, 'cases', `top-${v.id}.jsx`)]),
]);
const built = await build({
  entryPoints: entries,
  outdir: out,
  absWorkingDir: here,
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.woff2': 'file', '.woff': 'file' },
  plugins: [oneReact],
  metafile: true,
  logLevel: 'error',
});
const inputs = Object.keys(built.metafile.inputs);
const stray = inputs.filter((p) => /(^|\/)node_modules\/(react|react-dom|scheduler)\//.test(p) && !p.startsWith('node_modules/'));
if (stray.length) throw new Error(`A second React was bundled: ${stray[0]}`);
if (!inputs.some((p) => p.startsWith('../../dist/'))) throw new Error('maqal was not bundled from dist/');

const instrument = readFileSync(join(here, 'instrument.js'), 'utf8');
for (const name of Object.keys(entries)) {
  const css = existsSync(join(out, `${name}.css`)) ? `<link rel="stylesheet" href="${name}.css">` : '';
  writeFileSync(
    join(out, `${name}.html`),
    `<!doctype html>\n<html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
      `<title>${name}</title><script>${instrument}</script>${css}<script type="module" src="${name}.js"></script></head><body></body></html>\n`,
  );
}

// ---- serve -------------------------------------------------------------------------------------
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2', '.woff': 'font/woff' };
const server = createServer((req, res) => {
  const file = join(out, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!file.startsWith(out) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  res.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---- browser -----------------------------------------------------------------------------------
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-extensions'],
});

/** A fresh context and page for one measurement (no cache, no state left by the previous one). */
async function withPage(name, instrumented, fn) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(`${origin}/${name}.html${instrumented ? '?instrument' : ''}`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.bench);
    const result = await fn(page);
    if (errors.length) throw new Error(`${name}: ${errors[0]}`);
    return result;
  } finally {
    await context.close();
  }
}

/** The page's main-thread CPU time from start() to stop(): Chrome's Performance metrics in thread ticks. */
async function cpuMeter(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const read = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  let start;
  return {
    async start() {
      start = await read();
    },
    async stop() {
      const end = await read();
      const ms = (key) => (end[key] - start[key]) * 1000;
      return { task: ms('TaskDuration'), script: ms('ScriptDuration'), layout: ms('RecalcStyleDuration') + ms('LayoutDuration') };
    },
  };
}

const rotate = (list, by) => list.map((_, i) => list[(i + by) % list.length]);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo] + (s[Math.ceil(at)] - s[lo]) * (at - lo);
};
const started = Date.now();
const loads = [loadavg()[0]];
const log = (...a) => console.error(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s]`, ...a);

// ---- 1. mount ----------------------------------------------------------------------------------
const mountTimes = {}; // `${id}@${n}` -> [{ script, layout, total, elements, cpu: { script, layout, total } }]
// Wall-clock times come from performance.now() in the page; CPU times of the same spans from the
// main thread's clock (`tts`) on the page's performance.mark() events, read from a Chrome trace
// that records nothing but those marks. CPU time stays put when other processes load the machine.
async function measureMount(v, n) {
  return withPage(`rating-${v.id}`, false, async (page) => {
    await browser.startTracing(page, { categories: ['blink.user_timing'] });
    const wall = await page.evaluate((count) => window.bench.mount(count), n);
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
    const tts = (name) => {
      const mark = traceEvents.find((e) => e.name === name && e.tts !== undefined);
      if (!mark) throw new Error(`no thread time on the ${name} mark`);
      return mark.tts / 1000;
    };
    const script = tts('bench:rendered') - tts('bench:start');
    const layout = tts('bench:end') - tts('bench:rendered');
    return { ...wall, cpu: { script, layout, total: script + layout } };
  });
}

log(`warm-up: one untimed mount of each rating, ${executablePath}`);
for (const v of ratings) await measureMount(v, SIZES[0]);
for (let run = 0; run < RUNS; run += 1) {
  log(`mount run ${run + 1}/${RUNS}`);
  loads.push(loadavg()[0]);
  for (const n of SIZES) {
    for (const v of rotate(ratings, run)) {
      const key = `${v.id}@${n}`;
      const result = await measureMount(v, n);
      (mountTimes[key] ??= []).push(result);
    }
  }
}

log('elements per rating and commits to settle');
const counts = {};
for (const v of ratings) counts[v.id] = await withPage(`rating-${v.id}`, true, (page) => page.evaluate((n) => window.bench.count(n), SIZES[0]));

// ---- 2. hover ----------------------------------------------------------------------------------
const hovers = {};
for (let run = 0; run < HOVER_RUNS; run += 1) {
  log(`hover run ${run + 1}/${HOVER_RUNS}`);
  loads.push(loadavg()[0]);
  for (const v of rotate(ratings, run)) {
    const result = await withPage(`rating-${v.id}`, true, async (page) => {
      await page.evaluate(() => window.bench.mountOne());
      const box = await page.evaluate(() => window.bench.starBox());
      const y = (box.top + box.bottom) / 2;
      const [from, to] = [box.left - HOVER.margin, box.right + HOVER.margin];
      await page.mouse.move(from, y);
      await page.evaluate(() => window.bench.settle(3));
      const meter = await cpuMeter(page);
      await page.evaluate(() => Object.assign(window.__counts, { commits: 0, pointerMoves: 0 }));
      await meter.start();
      let moves = 0;
      for (let pass = 0; pass < HOVER.passes; pass += 1) {
        const [a, b] = pass % 2 ? [to, from] : [from, to];
        for (let i = 1; i <= HOVER.moves; i += 1) {
          await page.mouse.move(a + ((b - a) * i) / HOVER.moves, y);
          moves += 1;
        }
      }
      await page.evaluate(() => window.bench.settle(3));
      const time = await meter.stop();
      const c = await page.evaluate(() => window.__counts);
      return { ...time, commits: c.commits, delivered: c.pointerMoves, moves, icons: box.icons, width: box.right - box.left };
    });
    (hovers[v.id] ??= []).push(result);
  }
}

// ---- 3. back-to-top scroll ---------------------------------------------------------------------
const scrolls = {};
for (let run = 0; run < SCROLL_RUNS; run += 1) {
  log(`scroll run ${run + 1}/${SCROLL_RUNS}`);
  loads.push(loadavg()[0]);
  for (const v of rotate(tops, run)) {
    const result = await withPage(`top-${v.id}`, true, async (page) => {
      await page.evaluate(() => window.bench.settle(3));
      const shownAtLoad = await page.evaluate(() => window.bench.shown());
      const added = await page.evaluate(() => window.__counts.scrollListenersAdded);
      await page.mouse.move(640, 400);
      const meter = await cpuMeter(page);
      await page.evaluate(() => Object.assign(window.__counts, { commits: 0, scrollEvents: 0, scrollListenerCalls: 0 }));
      await meter.start();
      const wheel = async (delta) => {
        for (let i = 0; i < SCROLL.steps; i += 1) {
          await page.mouse.wheel(0, delta);
          await page.evaluate(() => window.bench.settle(1));
        }
        await page.waitForTimeout(400); // let the last smooth-scroll animation and observers finish
        await page.evaluate(() => window.bench.settle(2));
        return page.evaluate(() => ({ y: window.scrollY, shown: window.bench.shown() }));
      };
      const down = await wheel(SCROLL.delta);
      const up = await wheel(-SCROLL.delta);
      const time = await meter.stop();
      const c = await page.evaluate(() => window.__counts);
      return { ...time, commits: c.commits, events: c.scrollEvents, calls: c.scrollListenerCalls, added, shownAtLoad, down, up };
    });
    (scrolls[v.id] ??= []).push(result);
  }
}

loads.push(loadavg()[0]);
const chromiumVersion = browser.version();
await browser.close();
server.close();
log('done');

// ---- report ------------------------------------------------------------------------------------
const fmt = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const md = (x) => fmt(median(x));
const runs = (n) => `${n} run${n === 1 ? '' : 's'}`;
const iqr = (x) => `${fmt(quantile(x, 0.25))}–${fmt(quantile(x, 0.75))}`;
const version = (pkg) => JSON.parse(readFileSync(join(here, 'node_modules', pkg, 'package.json'), 'utf8')).version;
const maqalVersion = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version;
const git = (...args) => {
  try {
    return execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
};
const commit = git('rev-parse', '--short', 'HEAD') || 'unknown';
const dirty = git('status', '--porcelain', '--', 'src').split('\n').filter(Boolean).length;
const builtAt = statSync(join(repo, 'dist/index.js')).mtime.toISOString().slice(0, 16).replace('T', ' ');
const label = (v) => (v.pkg === 'maqal' ? `${v.name} (${maqalVersion}, dist/)` : v.pkg ? `${v.name} (${version(v.pkg)})` : v.name);
const elements = (id) => Object.values(counts[id].perRating).reduce((a, b) => a + b, 0);
const tagList = (id) =>
  Object.entries(counts[id].perRating)
    .sort((a, b) => b[1] - a[1])
    .map(([t, k]) => `${t} ${k}`)
    .join(', ');

const lines = [];
for (const n of SIZES) {
  const floor = mountTimes[`floor@${n}`];
  const floorTotal = median(floor.map((r) => r.total));
  const floorCpu = median(floor.map((r) => r.cpu.total));
  lines.push(
    `### Mount: ${n.toLocaleString('en')} ratings, ${runs(RUNS)}`,
    '',
    '| Rating | Wall: total, median (IQR) | × floor | Wall: style + layout | Main-thread CPU: total, median (IQR) | × floor | CPU: script | CPU: style + layout | Layout share of CPU |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const v of ratings) {
    const rs = mountTimes[`${v.id}@${n}`];
    const wall = rs.map((r) => r.total);
    const cpuTotal = rs.map((r) => r.cpu.total);
    const cpuLayout = median(rs.map((r) => r.cpu.layout));
    lines.push(
      `| ${label(v)} | ${md(wall)} ms (${iqr(wall)}) | ${ratio(median(wall), floorTotal)} | ${md(rs.map((r) => r.layout))} ms | ${md(cpuTotal)} ms (${iqr(cpuTotal)}) | ${ratio(median(cpuTotal), floorCpu)} | ${md(rs.map((r) => r.cpu.script))} ms | ${fmt(cpuLayout)} ms | ${Math.round((cpuLayout / median(cpuTotal)) * 100)} % |`,
    );
  }
  lines.push('');
}

lines.push(
  '### DOM elements per rating',
  '',
  `| Rating | Elements | × floor | What they are | React commits to settle ${SIZES[0]} ratings |`,
  '| --- | ---: | ---: | --- | ---: |',
  ...ratings.map((v) => `| ${label(v)} | ${elements(v.id)} | ${ratio(elements(v.id), elements('floor'))} | ${tagList(v.id)} | ${counts[v.id].commits} |`),
  '',
);

const hoverFloor = median(hovers.floor.map((r) => r.task));
const hoverWorkFloor = median(hovers.floor.map((r) => r.script + r.layout));
lines.push(
  `### Hover: the pointer across the stars of one rating and back (${HOVER.passes * HOVER.moves} moves), ${runs(HOVER_RUNS)}`,
  '',
  '| Rating | Pointer moves sent (received) | React commits, median | CPU: script + style + layout, median | × floor | CPU: script | CPU: style + layout | CPU: all main-thread tasks, median | × floor |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...ratings.map((v) => {
    const rs = hovers[v.id];
    const task = median(rs.map((r) => r.task));
    const work = median(rs.map((r) => r.script + r.layout));
    return `| ${label(v)} | ${rs[0].moves} (${median(rs.map((r) => r.delivered))}) | ${median(rs.map((r) => r.commits))} | ${fmt(work)} ms | ${ratio(work, hoverWorkFloor)} | ${md(rs.map((r) => r.script))} ms | ${md(rs.map((r) => r.layout))} ms | ${fmt(task)} ms | ${ratio(task, hoverFloor)} |`;
  }),
  '',
);

const yesNo = (rs, pick) => {
  const yes = rs.filter(pick).length;
  return yes === rs.length ? 'yes' : yes === 0 ? 'no' : `${yes}/${rs.length}`;
};
const scrollFloor = median(scrolls.floor.map((r) => r.task));
lines.push(
  `### Back to top: ${SCROLL.steps} wheel notches of ${SCROLL.delta} px down a long article and ${SCROLL.steps} back up, ${runs(SCROLL_RUNS)}`,
  '',
  '| Button | Scroll events, median | Scroll-listener calls, median | Scroll listeners on window/document | React commits, median | CPU: script, median | CPU: all main-thread tasks, median | × floor | Hidden at load / shown below / hidden back at top |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ...tops.map((v) => {
    const rs = scrolls[v.id];
    const task = median(rs.map((r) => r.task));
    const states = [yesNo(rs, (r) => !r.shownAtLoad), yesNo(rs, (r) => r.down.shown), yesNo(rs, (r) => !r.up.shown)].join(' / ');
    return `| ${label(v)} | ${median(rs.map((r) => r.events))} | ${median(rs.map((r) => r.calls))} | ${rs[0].added} | ${median(rs.map((r) => r.commits))} | ${md(rs.map((r) => r.script))} ms | ${fmt(task)} ms | ${ratio(task, scrollFloor)} | ${states} |`;
  }),
  '',
);
const scrolled = median(Object.values(scrolls).flat().map((r) => r.down.y));

const today = new Date().toISOString().slice(0, 10);
const cpuModel = cpus()[0]?.model?.trim() || 'an unknown CPU';
const pinned = ['react', 'react-dom', '@mui/material', '@emotion/react', '@emotion/styled', 'antd', '@mantine/core', '@mantine/hooks', '@smastrom/react-rating', 'react-scroll-to-top', 'playwright-core', 'esbuild'];
// Issue 12's targets for maqal's StarRating: mount within 1.3× the floor, at most 30 elements.
const big = SIZES[SIZES.length - 1];
const against = (key) => median(mountTimes[`maqal@${big}`].map(key)) / median(mountTimes[`floor@${big}`].map(key));
const targets = `**maqal StarRating against issue 12's targets** (mount ≤ 1.3× the floor, ≤ 30 elements per rating): mounting ${big.toLocaleString('en')} ratings takes ${against((r) => r.cpu.total).toFixed(2)}× the floor in main-thread CPU time (${against((r) => r.total).toFixed(2)}× in wall time), with ${elements('maqal')} elements per rating; hovering makes ${median(hovers.maqal.map((r) => r.commits))} React commits.`;
const widths = ratings.map((v) => `${v.name} ${Math.round(hovers[v.id][0].width)} px`).join(', ');
const load = `${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`;
const results = `# Runtime benchmark results

Measured ${today} by \`node bench/runtime/run.mjs\`${RUNS !== DEFAULT_RUNS ? ` --runs ${RUNS}` : ''} (see README.md for the method) on ${cpuModel} (${availableParallelism()} cores; 1-minute load average ${load} during the run), Node ${process.versions.node}, Chromium ${chromiumVersion} (${executablePath}, headless, \`--disable-gpu\`), viewport 1280 × 800 at 1×. maqal ${maqalVersion} from \`dist/\` as built ${builtAt} UTC (when measured, the repository was at commit ${commit}${dirty ? ` with ${dirty} uncommitted change${dirty === 1 ? '' : 's'} in src/` : ''}; dist/ is what was measured). Pinned versions (bench/runtime/package.json and package-lock.json): ${pinned.map((p) => `${p} ${version(p)}`).join(', ')}. Every page is bundled by esbuild, minified, with \`process.env.NODE_ENV = "production"\` and one copy of React.

**Method in short.** Every page is \`<html lang="ar" dir="rtl">\` with a few paragraphs of Arabic article text already laid out, and the library's own stylesheet (maqal: \`dist/styles.css\`; Mantine: its per-component files; the CSS-in-JS libraries insert theirs while rendering). Each library is used with its defaults, value 3 of 5, interactive, inside the provider and RTL setting its docs ask for.

- *Mount*: on a fresh page (new browser context), \`createRoot\` and \`flushSync(render)\` of n ratings (script: render, commit and the effects React flushes with a synchronous commit), then \`document.body.offsetHeight\` (style recalculation and layout); paint is not included. Wall time from \`performance.now()\`; main-thread CPU time of the same spans from the thread clock on \`performance.mark()\` events in a Chrome trace. All ${ratings.length} ratings are measured in every run, in an order rotated each run, after one untimed warm-up mount each.
- *Elements*: the elements in a container holding one rating, minus those in a container holding the library's provider alone. "Commits to settle": React commits from mounting ${SIZES[0]} ratings until three frames later.
- *Hover*: one rating on a fresh page; Playwright moves the mouse across its stars and back, ${HOVER.moves} moves each way from ${HOVER.margin} px beyond one end to ${HOVER.margin} px beyond the other, so every library gets the same number of moves whatever its star size (star rows: ${widths}). React commits are counted by a minimal DevTools hook (production react-dom reports every commit to it); CPU time is Chrome's Performance metrics in thread ticks over the moves (script = ScriptDuration, style + layout = RecalcStyleDuration + LayoutDuration, all tasks = TaskDuration).
- *Scroll*: a long static Arabic article with the button mounted over it; Playwright's mouse wheel scrolls down ${SCROLL.steps} notches of ${SCROLL.delta} px (to about ${Math.round(scrolled)} px), one frame apart, then back up. Before any library loads, \`addEventListener\` is wrapped so that every scroll listener added by anyone counts its calls; commits and CPU as for hover. The last column checks that each button really hid and showed.

Medians throughout; "× floor" is the ratio of the medians.

${targets}

${lines.join('\n')}
Notes:

- The rating floor is plain JSX with no state, effect or handler: \`<div role="radiogroup">\` and five \`<label>\`s, each with a native radio, one star \`<svg><path>\` and the star's name as visually hidden text; its fill and hover preview are CSS (\`:has()\`). The back-to-top floor is a button that a CSS scroll-driven animation shows after one viewport, with no script but its click.
- Star sizes differ: maqal and the floor draw 32 px stars, @smastrom/react-rating is given a 160 px max width (it fills its container otherwise), MUI, antd and Mantine keep their defaults. Layout cost follows the number of boxes far more than their size.
- maqal renders its visible group label ("تقييم القرّاء") by default; the floor names its group with \`aria-label\`. Both are counted as rendered.
- The first render on a page includes one-time work: MUI's Emotion and antd's cssinjs generate and insert their styles, Mantine's provider writes its CSS variables, every library's code runs cold. That is what a real page load pays; it weighs more at ${SIZES[0].toLocaleString('en')} ratings than at ${big.toLocaleString('en')}.
- Wall time counts time the browser waited for the CPU; on a loaded machine it inflates unevenly. Main-thread CPU time does not, so prefer its ratios. Neither counts work on other threads (the compositor, raster) or paint.
- Hover and scroll CPU includes Chromium's own handling of each input event, which the floor pays too. Moves are dispatched one at a time, each acknowledged by the page, about one per frame, like a real mouse.
- ${availableParallelism() <= 2 ? 'A machine with few cores, shared by Chromium, Playwright and the server: ' : ''}rerun on a quiet machine before relying on small differences; the IQR columns show the spread.
`;

console.log(`${targets}\n\n${lines.join('\n')}`);
writeFileSync(join(here, 'RESULTS.md'), results);
