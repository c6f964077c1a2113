// A/B of maqal's server render (issue 17): renderToString of examples/vite-app's App with maqal
// from two source trees (two checkouts, e.g. `git worktree add /tmp/base main`), alternating in
// one process, so both see the same machine. Its ratio is what a change buys; ssr.mjs's ratio
// against plain JSX moves with the machine's state (RESULTS.md, README "Performance").
//
//   node bench/page/ab.mjs /tmp/base .     B/A < 1: the second tree renders faster
import { join, resolve } from 'node:path';
import { serverRender } from './serverBundle.mjs';

const [a, b] = process.argv.slice(2).map((tree) => resolve(tree));
if (!a || !b) {
  console.error('usage: node bench/page/ab.mjs <tree A> <tree B>');
  process.exit(2);
}
const RUNS = Number(process.env.RUNS ?? 6000);
const entry = (tree) => join(tree, 'examples/vite-app/src/entry-server.tsx');
const A = await serverRender(entry(a), 'ab-a', a);
const B = await serverRender(entry(b), 'ab-b', b);
if (A('ar') !== B('ar')) console.log('The two trees render different HTML.');
for (let i = 0; i < 1000; i++) {
  A('ar');
  B('ar');
}
const times = { A: [], B: [] };
for (let i = 0; i < RUNS; i++) {
  let start = performance.now();
  A('ar');
  times.A.push(performance.now() - start);
  start = performance.now();
  B('ar');
  times.B.push(performance.now() - start);
}
const median = (xs) => xs.sort((x, y) => x - y)[xs.length >> 1];
const [ma, mb] = [median(times.A), median(times.B)];
console.log(`A ${ma.toFixed(4)} ms (${a})\nB ${mb.toFixed(4)} ms (${b})\nB/A ${(mb / ma).toFixed(3)} (medians of ${RUNS} alternating renders)`);
