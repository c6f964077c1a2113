// The server-render bundle ssr.mjs and ab.mjs time: an entry's `render` bundled with esbuild for
// Node, NODE_ENV=production, maqal from a source tree's src/ (this repository's by default).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const root = fileURLToPath(new URL('../..', import.meta.url));
// Inside the repository, so Node finds React from the bundles: every tree renders with this one React.
const cache = join(root, 'node_modules/.cache/maqal-bench');

/** `render` of `entry`, bundled into `<name>.mjs` with `maqal` taken from `tree`/src. */
export async function serverRender(entry, name, tree = root) {
  mkdirSync(cache, { recursive: true });
  process.env.NODE_ENV = 'production';
  const outfile = join(cache, `${name}.mjs`);
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    external: ['react', 'react-dom'],
    alias: { maqal: join(tree, 'src/index.ts') },
    define: { 'process.env.NODE_ENV': '"production"' },
    jsx: 'automatic',
    logLevel: 'error',
  });
  return (await import(pathToFileURL(outfile).href)).render;
}
