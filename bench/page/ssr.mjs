// Server-render cost of the whole example article (issue 17): renderToString of
// examples/vite-app's App (maqal from src/) against plain/PlainApp.tsx (the same visible markup
// in hand-written JSX), both bundled with esbuild for Node, NODE_ENV=production. Runs alternate
// between the two pages after a warm-up, so both see the same machine; medians are compared.
//
//   node bench/page/ssr.mjs            prints a Markdown table
//   node bench/page/ssr.mjs --json     the figures as JSON (run.mjs uses this)
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { root, serverRender } from './serverBundle.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const maqal = await serverRender(join(root, 'examples/vite-app/src/entry-server.tsx'), 'ssr-maqal');
const plain = await serverRender(join(here, 'plain/entry-server.tsx'), 'ssr-plain');
const pages = { maqal: () => maqal('ar'), plain: () => plain() };

const RUNS = Number(process.env.RUNS ?? 3000);
const times = { maqal: [], plain: [] };
for (let i = 0; i < 500; i++) for (const render of Object.values(pages)) render();
for (let i = 0; i < RUNS; i++) {
  for (const [name, render] of Object.entries(pages)) {
    const start = process.hrtime.bigint();
    render();
    times[name].push(Number(process.hrtime.bigint() - start) / 1e6);
  }
}
const result = {};
for (const [name, render] of Object.entries(pages)) {
  const sorted = times[name].sort((a, b) => a - b);
  const html = render();
  result[name] = {
    median: sorted[Math.floor(RUNS / 2)],
    p90: sorted[Math.floor(RUNS * 0.9)],
    raw: Buffer.byteLength(html),
    gzip: gzipSync(html).length,
  };
}
result.ratio = result.maqal.median / result.plain.median;
if (process.argv.includes('--json')) console.log(JSON.stringify(result));
else {
  console.log(`renderToString of the example article, Node ${process.version}, ${RUNS} runs each, alternating\n`);
  console.log('| page | median | p90 | HTML raw / gzip |\n|---|---|---|---|');
  for (const name of ['maqal', 'plain']) {
    const r = result[name];
    console.log(`| ${name === 'maqal' ? 'maqal (examples/vite-app App)' : 'plain JSX (plain/PlainApp.tsx)'} | ${r.median.toFixed(4)} ms | ${r.p90.toFixed(4)} ms | ${r.raw.toLocaleString('en')} / ${r.gzip.toLocaleString('en')} B |`);
  }
  console.log(`\nmaqal / plain: **${result.ratio.toFixed(2)}×**`);
}
