// bench/page (issue 17): the Vite example built from the packed package, client-rendered and
// server-rendered, against the same article as plain React (plain/PlainApp.tsx, server-rendered
// and hydrated) and as hand-written HTML, in Lighthouse 12.2.3 (mobile and desktop, three runs
// each), in Chromium with a PerformanceObserver for layout shifts, and for the main-thread CPU of
// hydration. Adds the server-render timing of ssr.mjs. Writes RESULTS.md beside this file.
//
//   cd bench/page && npm install && node run.mjs
//
// Not part of npm test. Builds under /tmp/maqal-build.lock, as every helper building dist/ does.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { tmpdir, cpus, loadavg } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from 'playwright';
import { transform } from 'esbuild';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../..');
const RUNS = Number(process.env.RUNS ?? 3);
// PARTS=hydration (or any of lighthouse,cls,hydration): measure only those, print them, write nothing.
const PARTS = (process.env.PARTS ?? 'lighthouse,cls,hydration').split(',');
const ALL = ['lighthouse', 'cls', 'hydration'].every((part) => PARTS.includes(part));
const work = mkdtempSync(join(tmpdir(), 'maqal-bench-page-'));
const sh = (cmd, args, cwd, opts = {}) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...opts });
const log = (...a) => console.error('[bench/page]', ...a);

// 1. The package as apps get it.
log('building and packing maqal');
const packed = JSON.parse(
  sh('flock', ['/tmp/maqal-build.lock', 'sh', '-c', `npm run build >/dev/null && npm pack --json --pack-destination ${work}`], root),
);
const tarball = join(work, packed[0].filename);

// 2. The example as apps build it: client-rendered (`npm run build`) and server-rendered
// (`npm run build:static`), and the latter with the README's font-preload recipe.
function install(name) {
  const dir = join(work, name);
  cpSync(join(root, 'examples/vite-app'), dir, { recursive: true, filter: (src) => !/[/\\](node_modules|dist|dist-server)([/\\]|$)/.test(src) });
  cpSync(tarball, join(dir, 'maqal.tgz'));
  const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
  delete lock.packages['node_modules/maqal'];
  writeFileSync(join(dir, 'package-lock.json'), JSON.stringify(lock, null, 2));
  log('installing', name);
  sh('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  return dir;
}
function example(name, { script = 'build', config } = {}) {
  const dir = install(name);
  if (config) cpSync(config, join(dir, 'vite.config.ts'));
  log('building', name, `(npm run ${script})`);
  sh('npm', ['run', script], dir);
  return join(dir, 'dist');
}
const clientRendered = example('vite-app');
const serverRendered = example('vite-app-ssr', { script: 'build:static' });
const serverPreload = example('vite-app-ssr-preload', { script: 'build:static', config: join(here, 'vite.config.preload.ts') });
const preloadLinks = [...readFileSync(join(serverPreload, 'index.html'), 'utf8').matchAll(/<link[^>]*rel="preload"[^>]*>/g)].map((m) => m[0]);

// The plain React page: plain/*.tsx in a copy of the example (the same React, Vite and config),
// server-rendered and hydrated the same way as the example's build:static.
function plainReact() {
  const dir = install('plain-react');
  rmSync(join(dir, 'src'), { recursive: true });
  cpSync(join(here, 'plain'), join(dir, 'src'), { recursive: true });
  cpSync(join(root, 'examples/vite-app/src/article.ts'), join(dir, 'src/article.ts'));
  const app = join(dir, 'src/PlainApp.tsx');
  writeFileSync(app, readFileSync(app, 'utf8').replace("'../../../examples/vite-app/src/article'", "'./article'"));
  rmSync(join(dir, 'en.html'));
  writeFileSync(join(dir, 'vite.config.ts'), "import react from '@vitejs/plugin-react';\nimport { defineConfig } from 'vite';\nexport default defineConfig({ plugins: [react()] });\n");
  log('building plain-react');
  sh('npx', ['vite', 'build'], dir);
  sh('npx', ['vite', 'build', '--ssr', 'src/entry-server.tsx', '--outDir', 'dist-server'], dir);
  sh('node', ['--input-type=module', '-e', `
    import { readFileSync, writeFileSync } from 'node:fs';
    import { render } from './dist-server/entry-server.js';
    const html = readFileSync('dist/index.html', 'utf8');
    writeFileSync('dist/index.html', html.replace('<div id="root"></div>', () => '<div id="root">' + render() + '</div>'));
  `], dir);
  return join(dir, 'dist');
}
const plain = plainReact();

// 3. The hand-written page, with the example's own text.
const articleJs = await transform(readFileSync(join(root, 'examples/vite-app/src/article.ts'), 'utf8'), { loader: 'ts', format: 'esm' });
const articleFile = join(work, 'article.mjs');
writeFileSync(articleFile, articleJs.code);
const { article } = await import(pathToFileURL(articleFile).href);
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const paras = (text) => text.split('\n\n').map((p) => `<p>${esc(p)}</p>`).join('\n        ');
const slots = {
  kicker: esc(article.kicker),
  headline: esc(article.headline),
  standfirst: esc(article.standfirst),
  heroAlt: esc(article.hero.alt),
  heroCaption: esc(article.hero.caption),
  heroCredit: esc(article.hero.credit),
  authors: esc(article.authors.map((a) => a.name).join(' و')),
  published: esc(article.published),
  publishedText: '٢٨ نوفمبر ٢٠٢٦',
  opening: paras(article.opening),
  rest: paras(article.rest),
  pullQuote: esc(article.pullQuote),
  pullQuoteCite: esc(article.pullQuoteCite),
  subheading: esc(article.subheading),
  figureAlt: esc(article.figure.alt),
  figureCaption: esc(article.figure.caption),
};
const baseline = join(work, 'baseline');
cpSync(join(root, 'examples/vite-app/public'), baseline, { recursive: true });
writeFileSync(join(baseline, 'index.html'), readFileSync(join(here, 'baseline/template.html'), 'utf8').replace(/\{\{(\w+)\}\}/g, (_, k) => slots[k]));

// 4. Serve each as static files, compressed as any static host compresses text (Brotli when the
// browser asks for it), with no cache headers: the same for every page.
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg']);
function serve(dir) {
  // Compressed once, before the first request: compressing on the fly (Brotli 11 takes ~0.3 s for
  // the bundle) would show up in Lighthouse as server time.
  const brotli = new Map();
  for (const file of readdirSync(dir, { recursive: true })) {
    const path = join(dir, file);
    if (COMPRESSIBLE.has(extname(path))) brotli.set(path, brotliCompressSync(readFileSync(path), { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }));
  }
  return new Promise((resolve) => {
    const server = createServer((req, res) => {
      let path = join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
      if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
      if (!existsSync(path)) return res.writeHead(404).end();
      const headers = { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' };
      let body = readFileSync(path);
      if (brotli.has(path) && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = brotli.get(path);
        headers['content-encoding'] = 'br';
      }
      res.writeHead(200, headers).end(body);
    });
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}/` }));
  });
}
const pages = {
  'maqal, client-rendered (npm run build)': await serve(clientRendered),
  'maqal, server-rendered (npm run build:static)': await serve(serverRendered),
  'maqal, server-rendered + preload recipe': await serve(serverPreload),
  'plain React, server-rendered': await serve(plain),
  'hand-written HTML': await serve(baseline),
};
// The pages that hydrate server-rendered HTML, for the hydration figures.
const HYDRATING = ['maqal, server-rendered (npm run build:static)', 'plain React, server-rendered'];

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  return s.length === 0 ? null : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const chromePath = findChromium();

// 5. Lighthouse, default throttling (simulated: mobile is a Moto G Power on slow 4G, 4x CPU).
async function runLighthouse(url, formFactor) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, formFactor === 'desktop' ? desktopConfig : undefined);
    const requests = lhr.audits['network-requests']?.details?.items ?? [];
    const fonts = requests.filter((r) => r.resourceType === 'Font');
    return {
      score: lhr.categories.performance.score === null ? null : Math.round(lhr.categories.performance.score * 100),
      fcp: lhr.audits['first-contentful-paint'].numericValue,
      lcp: lhr.audits['largest-contentful-paint'].numericValue,
      cls: lhr.audits['cumulative-layout-shift'].numericValue ?? null,
      clsError: lhr.audits['cumulative-layout-shift'].errorMessage ?? null,
      tbt: lhr.audits['total-blocking-time'].numericValue,
      weight: lhr.audits['total-byte-weight'].numericValue,
      fontBytes: fonts.reduce((s, r) => s + (r.transferSize ?? 0), 0),
      fontFiles: fonts.map((r) => r.url.replace(/^.*\//, '')),
      version: lhr.lighthouseVersion,
      userAgent: lhr.environment.hostUserAgent,
    };
  } finally {
    await chrome.kill();
  }
}

// 6. Layout shift in Chromium, the fonts over a slow-4G-like link so they arrive after first paint.
async function measureCls(url, viewport) {
  // The desktop run draws classic scrollbars, as desktop Windows and Linux do (Playwright hides them
  // in headless mode by default): a scrollbar that appears when the page becomes scrollable moves
  // a whole RTL page by its width, and only a run that draws it can see that.
  const desktop = viewport.width >= 600;
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS, ignoreDefaultArgs: desktop ? ['--hide-scrollbars'] : [] });
  try {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
    if (!desktop) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(1500);
    return await page.evaluate(() => ({
      cls: window.__cls,
      fonts: performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.woff2')).map((e) => ({ file: e.name.replace(/^.*\//, ''), bytes: e.encodedBodySize })),
    }));
  } finally {
    await browser.close();
  }
}

// 7. Hydration: the main thread's work from navigation until the server-rendered page is
// hydrated and its effects have run, from Chromium's own counters (CDP Performance.getMetrics:
// ScriptDuration is JavaScript — compiling and running the bundle, hydration, effects; TaskDuration
// is every task on the main thread, parsing and layout included), without and with 4× CPU
// throttling. Hydrated means React has attached to the <article>; then 500 ms more.
async function measureHydration(url, rate) {
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => Object.keys(document.querySelector('#root article') ?? {}).some((key) => key.startsWith('__reactFiber')), null, { timeout: 30_000 });
    await page.waitForTimeout(500);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => metrics.find((m) => m.name === name).value * 1000;
    return { script: metric('ScriptDuration'), task: metric('TaskDuration'), nodes: metrics.find((m) => m.name === 'Nodes').value, errors };
  } finally {
    await browser.close();
  }
}

const results = {};
for (const [name, { url }] of Object.entries(pages)) {
  results[name] = { lighthouse: {}, cls: {}, hydration: {} };
  for (const formFactor of PARTS.includes('lighthouse') ? ['mobile', 'desktop'] : []) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      log('lighthouse', name, formFactor, i + 1);
      runs.push(await runLighthouse(url, formFactor));
    }
    results[name].lighthouse[formFactor] = runs;
  }
  for (const [label, viewport] of PARTS.includes('cls') ? [['phone 360×740', { width: 360, height: 740 }], ['desktop 1280×800', { width: 1280, height: 800 }]] : []) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      log('cls', name, label, i + 1);
      runs.push(await measureCls(url, viewport));
    }
    results[name].cls[label] = runs;
  }
  if (HYDRATING.includes(name) && PARTS.includes('hydration')) {
    for (const rate of [1, 4]) {
      const runs = [];
      // Hydration figures are small and noisy: more runs than the rest.
      for (let i = 0; i < RUNS * 3; i++) {
        log('hydration', name, `${rate}x`, i + 1);
        runs.push(await measureHydration(url, rate));
      }
      results[name].hydration[`${rate}x`] = runs;
    }
  }
}
for (const { server } of Object.values(pages)) server.close();
if (!ALL) {
  console.log(JSON.stringify(results, (key, value) => (key === 'errors' && value.length === 0 ? undefined : value), 1));
  process.exit(0);
}
log('server render (ssr.mjs)');
const ssr = JSON.parse(sh('node', [join(here, 'ssr.mjs'), '--json'], root));
writeFileSync(join(here, 'results.json'), `${JSON.stringify({ preloadLinks, ssr, results }, null, 2)}\n`);

// 8. RESULTS.md.
const fmt = (v, unit = '') => (v === null || v === undefined ? '—' : `${unit === 's' ? (v / 1000).toFixed(2) : unit === 'KB' ? (v / 1024).toFixed(1) : typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(4) : v}${unit ? ` ${unit}` : ''}`);
const first = Object.values(results)[0].lighthouse.mobile[0];
const chromiumVersion = sh(chromePath, ['--version'], root).trim();
const [m1, m5, m15] = loadavg();
const lines = [];
lines.push('# bench/page — results (issue 17)', '');
lines.push(`Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`node run.mjs\`: Lighthouse ${first.version}, ${chromiumVersion}, Node ${process.version}, Playwright ${JSON.parse(readFileSync(join(root, 'node_modules/playwright/package.json'), 'utf8')).version}. ${RUNS} runs of each (hydration ${RUNS * 3}); the tables give medians.`, '');
lines.push(`**Machine:** ${cpus().length} cores, load average at the end ${[m1, m5, m15].map((l) => l.toFixed(1)).join(' / ')}. Lighthouse simulates its throttling from an unthrottled trace, so its scores move with the machine's load; compare pages within one run.`, '');
lines.push('## Method', '');
lines.push('- **maqal, client-rendered:** `npm pack` of this repository, installed into a copy of `examples/vite-app` (its lockfile, maqal from the tarball), `npm run build`: an empty `#root` that the bundle renders into.');
lines.push('- **maqal, server-rendered:** the same app, `npm run build:static`: each page rendered with `renderToString` at build time (`src/entry-server.tsx`, `prerender.js`) and hydrated by the same bundle (`hydrateRoot`).');
lines.push('- **+ preload recipe:** the server-rendered build with `vite.config.preload.ts`, the README recipe (`<link rel="preload">` for the fonts the first screen needs).');
lines.push('- **plain React, server-rendered:** `plain/PlainApp.tsx`, the same article written as plain JSX (same text, pictures, five radios that vote, a back-to-top button, JSON-LD), built, server-rendered and hydrated the same way, no stylesheet: the yardstick for server render and hydration.');
lines.push('- **hand-written HTML:** `baseline/template.html` with the same text, system fonts, no JavaScript.');
lines.push('- **Serving:** static files from Node, text compressed with Brotli (quality 11) as static hosts serve it, no cache headers.');
lines.push('- **Lighthouse 12.2.3**, performance category only, default mobile (simulated slow 4G, 4× CPU) and the desktop preset. Its CLS audit is reported as it comes.');
lines.push("- **CLS in Chromium:** Playwright, a fresh context per run, network emulated at 1.6 Mbit/s with 150 ms latency (and 4× CPU on the phone) so the fonts arrive after the first paint, classic scrollbars drawn on the desktop (Playwright hides them by default), `PerformanceObserver('layout-shift', buffered)` summed from navigation until 1.5 s after `document.fonts.ready`.");
lines.push('- **Hydration CPU:** Chromium\'s `Performance.getMetrics` at 360 × 740 after React has attached to the page and 500 ms more: `ScriptDuration` (all JavaScript: the bundle, hydration, effects) and `TaskDuration` (every main-thread task, parsing, style and layout included), unthrottled and at 4× CPU throttling.');
lines.push('- **Server render:** `ssr.mjs`: `renderToString` of the example\'s `App` (maqal from `src/`) and of `PlainApp`, bundled with esbuild for Node, `NODE_ENV=production`, alternating, after a warm-up.', '');
lines.push('## Lighthouse (medians)', '');
lines.push('| page | mobile score | mobile FCP | mobile LCP | mobile TBT | desktop score | desktop LCP | Lighthouse CLS mobile / desktop | transferred | of it fonts |');
lines.push('|---|---|---|---|---|---|---|---|---|---|');
for (const [name, r] of Object.entries(results)) {
  const m = r.lighthouse.mobile;
  const d = r.lighthouse.desktop;
  const pick = (runs, key) => median(runs.map((x) => x[key]));
  lines.push(`| ${name} | ${fmt(pick(m, 'score'))} | ${fmt(pick(m, 'fcp'), 's')} | ${fmt(pick(m, 'lcp'), 's')} | ${Math.round(pick(m, 'tbt'))} ms | ${fmt(pick(d, 'score'))} | ${fmt(pick(d, 'lcp'), 's')} | ${fmt(pick(m, 'cls'))} / ${fmt(pick(d, 'cls'))} | ${fmt(pick(m, 'weight'), 'KB')} | ${fmt(pick(m, 'fontBytes'), 'KB')} (${m[0].fontFiles.length} files) |`);
}
lines.push('', '## Layout shift in Chromium (medians, and the largest run)', '');
lines.push('| page | phone 360×740 | desktop 1280×800 | font files fetched (phone) |');
lines.push('|---|---|---|---|');
for (const [name, r] of Object.entries(results)) {
  const cell = (runs) => `${fmt(median(runs.map((x) => x.cls)))} (max ${fmt(Math.max(...runs.map((x) => x.cls)))})`;
  const phone = r.cls['phone 360×740'];
  const files = phone[0].fonts;
  lines.push(`| ${name} | ${cell(phone)} | ${cell(r.cls['desktop 1280×800'])} | ${files.length}: ${(files.reduce((s, f) => s + f.bytes, 0) / 1024).toFixed(1)} KB |`);
}
lines.push('', '## Hydration: main-thread time (medians)', '');
lines.push('| page | script, no throttling | script, 4× CPU | all tasks, no throttling | all tasks, 4× CPU | DOM nodes | console errors |');
lines.push('|---|---|---|---|---|---|---|');
const hydration = {};
for (const name of HYDRATING) {
  const h = results[name].hydration;
  const pick = (rate, key) => median(h[rate].map((x) => x[key]));
  hydration[name] = { script1: pick('1x', 'script'), script4: pick('4x', 'script'), task1: pick('1x', 'task'), task4: pick('4x', 'task') };
  const errors = [...h['1x'], ...h['4x']].reduce((n, x) => n + x.errors.length, 0);
  lines.push(`| ${name} | ${Math.round(hydration[name].script1)} ms | ${Math.round(hydration[name].script4)} ms | ${Math.round(hydration[name].task1)} ms | ${Math.round(hydration[name].task4)} ms | ${h['1x'][0].nodes} | ${errors} |`);
}
const [maqalName, plainName] = HYDRATING;
const ratio = (key) => (hydration[maqalName][key] / hydration[plainName][key]).toFixed(2);
lines.push('', `maqal / plain React at 4× CPU: **${ratio('script4')}×** script, ${ratio('task4')}× all tasks (no throttling: ${ratio('script1')}× and ${ratio('task1')}×).`, '');
lines.push('## Server render', '');
lines.push(`\`node ssr.mjs\`, in this run (Node ${process.version}):`, '');
lines.push('| page | median | p90 | HTML raw / gzip |', '|---|---|---|---|');
for (const [name, label] of [['maqal', 'maqal (examples/vite-app `App`)'], ['plain', 'plain JSX (`plain/PlainApp.tsx`)']]) {
  const r = ssr[name];
  lines.push(`| ${label} | ${r.median.toFixed(4)} ms | ${r.p90.toFixed(4)} ms | ${r.raw.toLocaleString('en')} / ${r.gzip.toLocaleString('en')} B |`);
}
lines.push('', `maqal / plain: **${ssr.ratio.toFixed(2)}×**`, '');
lines.push('## The preload recipe', '', 'Links the recipe put into the built `index.html`:', '', '```html', ...preloadLinks, '```', '');
lines.push('## ReadingTime on the server', '', '`node readingtime.mjs` (maqal from src/, in this run):', '');
lines.push(sh('node', [join(here, 'readingtime.mjs')], root).trim(), '');
lines.push('Raw figures of every run: `results.json`.', '');
writeFileSync(join(here, 'RESULTS.md'), lines.join('\n'));
log('wrote RESULTS.md');
