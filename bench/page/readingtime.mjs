// ReadingTime's server-render cost (issue 17), from src/: renderToString of the example article's
// <ReadingTime text>, counted afresh (a text it has not seen: a new word appended on every run),
// counted again (the same article, as a server renders a popular story on every request), and
// with precomputed `minutes`. NODE_ENV=production, React from the repository.
//
//   node bench/page/readingtime.mjs
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Inside the repository, so Node finds React from the bundle.
const out = join(root, 'node_modules/.cache/maqal-bench/readingtime.mjs');
await build({
  stdin: {
    contents: `
      import { createElement } from 'react';
      import { renderToString } from 'react-dom/server';
      import { ReadingTime } from './src/index.ts';
      import { article } from './examples/vite-app/src/article.ts';
      export const body = article.body;
      export const render = (props) => renderToString(createElement(ReadingTime, { locale: 'ar', ...props }));
    `,
    resolveDir: root,
    loader: 'tsx',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: out,
  external: ['react', 'react-dom'],
  define: { 'process.env.NODE_ENV': '"production"' },
  jsx: 'automatic',
  logLevel: 'error',
});
process.env.NODE_ENV = 'production';
const { render, body } = await import(pathToFileURL(out).href);

const RUNS = 2000;
function time(label, propsFor) {
  for (let i = 0; i < 200; i++) render(propsFor(i)); // warm up the JIT
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const props = propsFor(i + 1000);
    const start = process.hrtime.bigint();
    render(props);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { label, median: times[RUNS / 2], p90: times[Math.floor(RUNS * 0.9)] };
}

const rows = [
  time('text, counted afresh (a new text each run)', (i) => ({ text: `${body} كلمة${i}` })),
  time('text, counted before (the same article again)', () => ({ text: body })),
  time('minutes given (precomputed, e.g. by the CMS)', () => ({ minutes: 5 })),
];
console.log(`ReadingTime, renderToString of the example article (${body.length} characters), Node ${process.version}, ${RUNS} runs each`);
console.log('\n| case | median | p90 |\n|---|---|---|');
for (const r of rows) console.log(`| ${r.label} | ${r.median.toFixed(4)} ms | ${r.p90.toFixed(4)} ms |`);
console.log('markup:', render({ text: body }));
