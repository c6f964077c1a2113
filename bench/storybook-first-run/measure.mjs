// Measures what a new contributor waits for: `storybook dev` to "ready", then the first page
// (Storybook's landing entry) and a few stories rendering in Chromium, with console errors counted.
// Usage: node bench/storybook-first-run/measure.mjs cold|warm [port]   (port 6106 by default)
// cold = Storybook's dev caches (node_modules/.cache/storybook, but not sb-vitest, which the story
// tests use, and the docgen cache) deleted first, as on a fresh clone; warm = the second start.
// Runs `storybook dev` as `npm start` does, without npm in between. SB_LOG=1 adds the server's
// output to the result, SB_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server.
// Prints one JSON object; "serverCpu*" are the server's CPU seconds, a figure that load on the
// machine changes far less than the wall-clock times.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const mode = process.argv[2] ?? 'warm';
const port = Number(process.argv[3] ?? 6106);
const root = new URL('../..', import.meta.url).pathname;
const cache = join(root, 'node_modules/.cache/storybook');

if (mode === 'cold' && existsSync(cache)) {
  for (const version of readdirSync(cache)) {
    for (const key of readdirSync(join(cache, version))) {
      for (const entry of readdirSync(join(cache, version, key))) {
        if (entry !== 'sb-vitest') rmSync(join(cache, version, key, entry), { recursive: true, force: true });
      }
    }
  }
}
if (mode === 'cold') {
  for (const dir of ['vite-plugin-react-docgen-typescript', 'sb-vite-plugin-externals']) {
    rmSync(join(root, 'node_modules/.cache', dir), { recursive: true, force: true });
  }
}

/** CPU seconds used so far by every process in a process group (utime + stime from /proc). */
function cpuSeconds(pgid) {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended while we looked
    }
  }
  return ticks / 100;
}

const t0 = performance.now();
const since = () => Math.round(performance.now() - t0);
const sb = spawn(process.execPath, [...(process.env.SB_NODE_ARGS ?? '').split(' ').filter(Boolean), 'node_modules/storybook/dist/bin/dispatcher.js', 'dev', '-p', String(port), '--ci', '--no-open'], {
  cwd: root,
  env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  detached: true,
});
const log = [];
let readyAt;
const ready = new Promise((resolve, reject) => {
  const onData = (chunk) => {
    for (const line of String(chunk).split('\n')) {
      if (!line.trim()) continue;
      log.push(`[${since()}ms] ${line}`);
      if (readyAt === undefined && /started|ready|Local:/i.test(line)) {
        readyAt = since();
        resolve();
      }
    }
  };
  sb.stdout.on('data', onData);
  sb.stderr.on('data', onData);
  sb.on('exit', (code) => reject(new Error(`storybook exited ${code}\n${log.join('\n')}`)));
  setTimeout(() => reject(new Error(`not ready after 180 s\n${log.join('\n')}`)), 180_000);
});

const result = { mode, load: (await import('node:os')).loadavg().map((n) => n.toFixed(2)).join(' ') };
let browser;
try {
  await ready;
  result.readyMs = readyAt;
  result.serverCpuAtReady = cpuSeconds(sb.pid);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text().slice(0, 200));
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${String(err).slice(0, 200)}`));

  const rendered = async () => {
    const frame = page.frameLocator('#storybook-preview-iframe');
    await frame
      .locator('#storybook-root > *, #storybook-docs .sbdocs-content > *')
      .first()
      .waitFor({ state: 'visible', timeout: 120_000 });
  };
  const requests = [];
  page.on('requestfinished', (req) => {
    const t = req.timing();
    requests.push({ url: req.url().replace(`http://localhost:${port}`, '').slice(0, 120), start: Math.round(t.startTime), ms: Math.round(t.responseEnd) });
  });
  const tStart = performance.now();
  await page.goto(`http://localhost:${port}/`);
  await rendered();
  result.firstPageMs = Math.round(performance.now() - tStart);
  result.firstPageRequests = requests.length;
  result.slowest = [...requests].sort((x, y) => y.ms - x.ms).slice(0, 12).map((r) => `${r.ms}ms @${Math.round(r.start - requests[0].start)} ${r.url}`);
  result.firstPageAfterStartMs = since();
  result.serverCpuAtFirstPage = cpuSeconds(sb.pid);
  result.firstPageUrl = page.url().replace(`http://localhost:${port}`, '');

  // Then a component story, as a contributor opening one from the sidebar would.
  const index = await (await fetch(`http://localhost:${port}/index.json`)).json();
  const stories = Object.values(index.entries).filter((e) => e.type === 'story');
  const picks = ['starrating', 'articlepage'].map((name) => stories.find((s) => s.id.startsWith(name) || s.title.toLowerCase().replace(/[^a-z]/g, '').endsWith(name))).filter(Boolean);
  result.stories = {};
  for (const story of picks) {
    const t = performance.now();
    await page.goto(`http://localhost:${port}/?path=/story/${story.id}`);
    await rendered();
    result.stories[story.id] = Math.round(performance.now() - t);
  }
  await page.waitForTimeout(3000); // late errors (UniversalStore timeouts fire after a delay)
  result.checklist = await page.getByText(/Get started|Onboarding guide/i).count();
  result.consoleErrors = errors;
  result.viteOptimized = log.filter((l) => /optimiz|reload/i.test(l));
  if (process.env.SB_LOG) result.log = log;
} catch (err) {
  result.error = String(err).slice(0, 3000);
} finally {
  await browser?.close();
  try {
    process.kill(-sb.pid, 'SIGINT');
  } catch {
    // already gone
  }
}
console.log(JSON.stringify(result, null, 1));
process.exit(0);
