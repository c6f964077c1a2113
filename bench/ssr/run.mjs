// Server-render benchmark: how long React's server renderer takes to turn article text into HTML
// with maqal's ArticleBody + ArticleText, and with the usual alternatives (cases.tsx); then the
// time and peak memory of maqal on long and hostile text (long.tsx). Run from the repository root
// after `npm run build`: `npm ci --prefix bench/ssr && node bench/ssr/run.mjs`.
// Every case renders the same text with the same react-dom/server (production build), after warm-up
// runs; the figures are the median and the 90th percentile of the timed runs.
//
// Options: `--maqal src` measures src/ instead of dist/ (no build needed), `--maqal <file>` another
// entry (another checkout's src/index.ts, to compare before and after a change); `--only compare`
// or `--only long` measures one section and keeps the other as RESULTS.md has it; `--runs <n>`
// renders each long text n times (default 5, 3 at 10 Mi): 1 for code that takes minutes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

process.env.NODE_ENV = 'production';
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const option = (name) => {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
};

// A child process measuring one long text (see measureLong below): it loads React and maqal only,
// so its peak memory is theirs and the text's.
if (option('--child')) {
  const [renderer, input, length] = JSON.parse(option('--child'));
  const { inputs, renderers } = await import(pathToFileURL(option('--bundle')).href);
  const { renderToString } = await import('react-dom/server');
  const text = inputs[input].text(length);
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  const times = [];
  let html = '';
  // The peak is taken after the first render: later ones find a heap the first one grew, which
  // the collector may not have given back yet, and would report that as the render's memory.
  let peak = 0;
  try {
    for (let i = 0; i < Number(option('--runs')); i += 1) {
      const started = performance.now();
      html = renderToString(renderers[renderer](text));
      times.push(performance.now() - started);
      if (i === 0) peak = process.resourceUsage().maxRSS * 1024;
    }
  } catch (error) {
    console.log(JSON.stringify({ error: `${error.name}: ${error.message}` }));
    process.exit(0);
  }
  console.log(JSON.stringify({ times, before, peak, html: Buffer.byteLength(html) }));
  process.exit(0);
}

const { build } = await import('esbuild');
const { renderToString, renderToReadableStream } = await import('react-dom/server');
const maqalOption = option('--maqal') ?? 'dist';
const maqalEntry = { dist: join(root, 'dist', 'index.js'), src: join(root, 'src', 'index.ts') }[maqalOption] ?? resolve(maqalOption);
if (!existsSync(maqalEntry)) throw new Error(`No maqal entry at ${maqalEntry}: run npm run build, or pass --maqal src.`);
const only = option('--only');

// Bundle the cases with maqal and the sample text in; every package stays external so all cases
// share one React, resolved from bench/ssr/node_modules. The cases import ../../dist/index.js,
// which --maqal redirects.
async function bundle(name) {
  const outfile = join(here, '.out', `${name}.mjs`);
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [join(here, `${name}.tsx`)],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
    plugins: [{ name: 'maqal-entry', setup: (b) => b.onResolve({ filter: /\/dist\/index\.js$/ }, () => ({ path: maqalEntry })) }],
  });
  return outfile;
}

async function streamToEnd(element) {
  const stream = await renderToReadableStream(element);
  await stream.allReady;
  let bytes = 0;
  for await (const chunk of stream) bytes += chunk.byteLength;
  return bytes;
}

function stats(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p90: at(0.9) };
}

async function time(fn, runs, warmup) {
  for (let i = 0; i < warmup; i += 1) await fn();
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return stats(times);
}

const ms = (value) => (value < 10 ? value.toFixed(2) : value.toFixed(1));
const sizes = [
  { paragraphs: 12, runs: 400, warmup: 50 },
  { paragraphs: 10_000, runs: 15, warmup: 3 },
];

async function measureCompare() {
  const { cases, articleText } = await import(pathToFileURL(await bundle('cases')).href);
  const lines = [];
  for (const { paragraphs, runs, warmup } of sizes) {
    const text = articleText(paragraphs);
    lines.push(`### ${paragraphs.toLocaleString('en')} paragraphs (${(text.length / 1000).toFixed(0)} k characters), ${runs} timed runs`, '');
    lines.push('| Case | renderToString, median (p90) | renderToReadableStream to the end, median (p90) | HTML |', '| --- | --- | --- | --- |');
    for (const [name, { render }] of Object.entries(cases)) {
      const element = () => render(text);
      const html = renderToString(element());
      const str = await time(() => renderToString(element()), runs, warmup);
      const stream = await time(() => streamToEnd(element()), runs, warmup);
      lines.push(`| ${name} | ${ms(str.median)} ms (${ms(str.p90)}) | ${ms(stream.median)} ms (${ms(stream.p90)}) | ${(Buffer.byteLength(html) / 1000).toFixed(0)} kB |`);
    }
    lines.push('');
  }

  const versions = ['react-dom', 'react-markdown', '@mui/material', '@emotion/react'].map(
    (name) => `${name} ${JSON.parse(readFileSync(join(here, 'node_modules', name, 'package.json'), 'utf8')).version}`,
  );
  const caseNotes = Object.entries(cases).map(([name, { what }]) => `- **${name}**: ${what}`);
  console.log(lines.join('\n'));
  return [
    `Measured ${new Date().toISOString().slice(0, 10)} with Node ${process.versions.node} on ${cpus()[0]?.model ?? 'an unknown CPU'} (${availableParallelism()} cores), NODE_ENV=production; ${versions.join(', ')}; maqal from ${from}. Written by \`node bench/ssr/run.mjs\`; see README.md for the method.`,
    '',
    ...caseNotes,
    '',
    ...lines,
  ];
}

// Long and hostile text (issue 13): each case in a fresh Node process, so that its peak memory is
// its own. Lengths are in UTF-16 code units, as JavaScript counts a string (1 Mi = 1,048,576).
const MI = 2 ** 20;
const longCases = [
  ...['article', 'one line', 'one word', 'bidi openers', 'bidi mismatched', 'zero-width run', 'tiny paragraphs'].flatMap((input) => [
    ['ArticleText', input, MI],
    ['ArticleText', input, 10 * MI],
  ]),
  ['ArticleText', 'tiny paragraphs', 175_000 * 3],
  ...['article', 'one line', 'one word', 'zero-width run'].flatMap((input) => [
    ['ReadingTime', input, MI],
    ['ReadingTime', input, 10 * MI],
  ]),
];
// A case still running after this long is stopped and reported as such (quadratic code took hours).
const LONG_TIMEOUT = 180_000;

async function measureLong() {
  const bundled = await bundle('long');
  const { inputs } = await import(pathToFileURL(bundled).href);
  const mb = (bytes) => `${(bytes / MI).toFixed(0)} MB`;
  const size = (length) => (length % MI === 0 ? `${length / MI} Mi` : `${(length / 1000).toFixed(0)} k`);
  const lines = [
    '| Component | Text | Length | renderToString, median (runs) | Peak RSS | Peak − RSS before render | HTML |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const [renderer, input, length] of longCases) {
    const runs = Number(option('--runs') ?? (length > MI ? 3 : 5));
    const started = performance.now();
    const child = spawnSync(
      process.execPath,
      ['--expose-gc', '--max-old-space-size=16384', fileURLToPath(import.meta.url), '--child', JSON.stringify([renderer, input, length]), '--bundle', bundled, '--runs', String(runs)],
      { encoding: 'utf8', timeout: LONG_TIMEOUT, maxBuffer: 1 << 20 },
    );
    const label = `| ${renderer} | ${input} | ${size(length)} |`;
    const result = child.status === 0 ? JSON.parse(child.stdout.trim().split('\n').at(-1)) : undefined;
    let line;
    if (!result) line = `${label} stopped after ${((performance.now() - started) / 1000).toFixed(0)} s${child.signal ? '' : ` (${child.stderr.trim().split('\n').at(-1)})`} | | | |`;
    else if (result.error) line = `${label} throws ${result.error.slice(0, 60)} | | | |`;
    else {
      const { median } = stats(result.times);
      line = `${label} ${median < 1000 ? `${ms(median)} ms` : `${(median / 1000).toFixed(2)} s`} (${runs}) | ${mb(result.peak)} | ${mb(result.peak - result.before)} | ${(result.html / 1000).toFixed(0)} kB |`;
    }
    console.log(line);
    lines.push(line);
  }
  const inputNotes = Object.entries(inputs).map(([name, { what }]) => `- **${name}**: ${what}`);
  return [
    '## Long and hostile text',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} with Node ${process.versions.node} on ${cpus()[0]?.model ?? 'an unknown CPU'} (${availableParallelism()} cores), NODE_ENV=production; maqal from ${from}. Each case runs in a fresh Node process: the time is the median of its renderToString runs, peak RSS the process's high-water mark (\`process.resourceUsage().maxRSS\`) during the first render, and the next column what that render added to the process, with the text already built. ArticleText is rendered inside ArticleBody; ReadingTime is given the text as one string.`,
    '',
    ...inputNotes,
    '',
    ...lines,
  ];
}

const from = maqalOption === 'dist' || maqalOption === 'src' ? `${maqalOption}/` : relative(root, maqalEntry);
const LONG_HEADING = '\n## Long and hostile text';
const previous = existsSync(join(here, 'RESULTS.md')) ? readFileSync(join(here, 'RESULTS.md'), 'utf8') : '';
const at = previous.indexOf(LONG_HEADING);
const kept = { compare: at < 0 ? previous : previous.slice(0, at), long: at < 0 ? '' : previous.slice(at + 1) };
const compare = only === 'long' ? kept.compare.trimEnd().split('\n').slice(2) : await measureCompare();
const long = only === 'compare' ? kept.long.trimEnd().split('\n') : await measureLong();
writeFileSync(join(here, 'RESULTS.md'), ['# Server-render benchmark results', '', ...compare, '', ...long, ''].join('\n'));
