// bench/page (issue 17): the Vite example built from the packed package, against a hand-written
// page with the same text, in Lighthouse 12.2.3 (mobile and desktop, three runs each) and in
// Chromium with a PerformanceObserver for layout shifts. Writes RESULTS.md beside this file.
//
//   cd bench/page && npm install && node run.mjs
//
// Not part of npm test. Builds under /tmp/maqal-build.lock, as every helper building dist/ does.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
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
const work = mkdtempSync(join(tmpdir(), 'maqal-bench-page-'));
const sh = (cmd, args, cwd, opts = {}) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...opts });
const log = (...a) => console.error('[bench/page]', ...a);

// 1. The package as apps get it.
log('building and packing maqal');
const packed = JSON.parse(
  sh('flock', ['/tmp/maqal-build.lock', 'sh', '-c', `npm run build >/dev/null && npm pack --json --pack-destination ${work}`], root),
);
const tarball = join(work, packed[0].filename);

// 2. The example, twice: as it is, and with the README's preload recipe.
function example(name, config) {
  const dir = join(work, name);
  cpSync(join(root, 'examples/vite-app'), dir, { recursive: true, filter: (src) => !/[/\\](node_modules|dist)([/\\]|$)/.test(src) });
  cpSync(tarball, join(dir, 'maqal.tgz'));
  const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
  delete lock.packages['node_modules/maqal'];
  writeFileSync(join(dir, 'package-lock.json'), JSON.stringify(lock, null, 2));
  if (config) cpSync(config, join(dir, 'vite.config.ts'));
  log('installing and building', name);
  sh('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  sh('npm', ['run', 'build'], dir);
  return join(dir, 'dist');
}
const plain = example('vite-app');
const preload = example('vite-app-preload', join(here, 'vite.config.preload.ts'));
const preloadLinks = [...readFileSync(join(preload, 'index.html'), 'utf8').matchAll(/<link[^>]*rel="preload"[^>]*>/g)].map((m) => m[0]);

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

// 4. Serve each as static files (no compression, no cache headers: the same for all three).
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
function serve(dir) {
  return new Promise((resolve) => {
    const server = createServer((req, res) => {
      let path = join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
      if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
      if (!existsSync(path)) return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
    });
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}/` }));
  });
}
const pages = { 'maqal (Vite example)': await serve(plain), 'maqal + preload recipe': await serve(preload), 'hand-written': await serve(baseline) };

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
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
    if (viewport.width < 600) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
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

const results = {};
for (const [name, { url }] of Object.entries(pages)) {
  results[name] = { lighthouse: {}, cls: {} };
  for (const formFactor of ['mobile', 'desktop']) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      log('lighthouse', name, formFactor, i + 1);
      runs.push(await runLighthouse(url, formFactor));
    }
    results[name].lighthouse[formFactor] = runs;
  }
  for (const [label, viewport] of [['phone 360×740', { width: 360, height: 740 }], ['desktop 1280×800', { width: 1280, height: 800 }]]) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      log('cls', name, label, i + 1);
      runs.push(await measureCls(url, viewport));
    }
    results[name].cls[label] = runs;
  }
}
for (const { server } of Object.values(pages)) server.close();
writeFileSync(join(here, 'results.json'), `${JSON.stringify({ preloadLinks, results }, null, 2)}\n`);

// 7. RESULTS.md.
const fmt = (v, unit = '') => (v === null || v === undefined ? '—' : `${unit === 's' ? (v / 1000).toFixed(2) : unit === 'KB' ? (v / 1024).toFixed(1) : typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(4) : v}${unit ? ` ${unit}` : ''}`);
const first = Object.values(results)[0].lighthouse.mobile[0];
const chromiumVersion = sh(chromePath, ['--version'], root).trim();
const lines = [];
lines.push('# bench/page — results (issue 17)', '');
lines.push(`Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`node run.mjs\`: Lighthouse ${first.version}, ${chromiumVersion}, Node ${process.version}, Playwright ${JSON.parse(readFileSync(join(root, 'node_modules/playwright/package.json'), 'utf8')).version}. ${RUNS} runs of each; the tables give medians.`, '');
lines.push(`**Load conditions:** a shared ${cpus().length}-core machine on which other sessions were running test suites at the same time (load average at the end ${loadavg().map((l) => l.toFixed(1)).join(' / ')}). Lighthouse simulates its throttling from an unthrottled trace, so its scores move with that load; compare pages within one run, not with other machines.`, '');
lines.push('## Method', '');
lines.push('- **maqal (Vite example):** `npm pack` of this repository, installed into a copy of `examples/vite-app` (its lockfile, maqal from the tarball), `npm run build`, served as static files (no compression) from Node.');
lines.push('- **maqal + preload recipe:** the same with `vite.config.preload.ts` (the README recipe: `<link rel="preload">` for Noto Naskh Arabic 700 and 400).');
lines.push('- **hand-written:** `baseline/template.html` filled with the same article text, the same two pictures and five radio buttons, in system fonts, no JavaScript.');
lines.push('- **Lighthouse 12.2.3**, performance category only, default mobile (simulated slow 4G, 4× CPU) and the desktop preset. Its own CLS audit is reported as it comes; where Chromium makes it fail, "—".');
lines.push('- **CLS in Chromium:** Playwright, a fresh context per run, network emulated at 1.6 Mbit/s with 150 ms latency (and 4× CPU on the phone) so the fonts arrive after the first paint, `PerformanceObserver(\'layout-shift\', buffered)` summed from navigation until 1.5 s after `document.fonts.ready`.', '');
lines.push('## Lighthouse (medians)', '');
lines.push('| page | mobile score | mobile FCP | mobile LCP | mobile TBT | desktop score | desktop LCP | Lighthouse CLS mobile / desktop | page weight | fonts |');
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
lines.push('', '## The preload recipe', '', 'Links the recipe put into the built `index.html`:', '', '```html', ...preloadLinks, '```', '');
lines.push('Raw figures of every run: `results.json`.', '');
lines.push('## ReadingTime on the server', '', '`node readingtime.mjs` (maqal from src/, in this run):', '');
lines.push(sh('node', [join(here, 'readingtime.mjs')], root).trim(), '');
lines.push('Not measured here yet: the whole page\'s server render and hydration against plain JSX (issue 17\'s ratios).', '');
writeFileSync(join(here, 'RESULTS.md'), lines.join('\n'));
log('wrote RESULTS.md');
