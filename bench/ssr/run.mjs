// Server-render benchmark: how long React's server renderer takes to turn article text into HTML
// with maqal's ArticleBody + ArticleText, and with the usual alternatives (cases.tsx). Run from the
// repository root after `npm run build`: `npm ci --prefix bench/ssr && node bench/ssr/run.mjs`.
// Every case renders the same text with the same react-dom/server (production build), after warm-up
// runs; the figures are the median and the 90th percentile of the timed runs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

process.env.NODE_ENV = 'production';
const here = dirname(fileURLToPath(import.meta.url));
const { build } = await import('esbuild');

// Bundle cases.tsx with maqal's dist and the sample text in; every package stays external so all
// cases share one React, resolved from bench/ssr/node_modules.
const out = join(here, '.out', 'cases.mjs');
mkdirSync(dirname(out), { recursive: true });
await build({
  entryPoints: [join(here, 'cases.tsx')],
  outfile: out,
  bundle: true,
  format: 'esm',
  platform: 'node',
  packages: 'external',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
const { cases, articleText } = await import(pathToFileURL(out).href);
const { renderToString, renderToReadableStream } = await import('react-dom/server');

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
const results = [
  '# Server-render benchmark results',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} with Node ${process.versions.node} on ${cpus()[0]?.model ?? 'an unknown CPU'} (${availableParallelism()} cores), NODE_ENV=production; ${versions.join(', ')}. Written by \`node bench/ssr/run.mjs\`; see README.md for the method.`,
  '',
  ...caseNotes,
  '',
  ...lines,
].join('\n');
console.log(lines.join('\n'));
writeFileSync(join(here, 'RESULTS.md'), results);
