// npm run build: JS modules (Vite library mode), declarations (tsc) and the two stylesheets (esbuild).
// Vite builds the JS only, one output module per source module, so "use client" stays on exactly the
// client modules. Declarations come from plain tsc (tsconfig.build.json), which is all a library
// needs, without a plugin. The CSS is bundled by esbuild from its own entries (src/styles/index.css,
// fonts.css) into the one stylesheet apps import: the components' modules import no CSS, so
// nothing leaks a CSS import into the JS or the .d.ts files, and the fonts come out as files.
import { execFileSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import { build as esbuild } from 'esbuild';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('node', ['scripts/font-metrics.mjs', '--check']); // fonts.css must be what the font files give (issue 17)
run('npx', ['vite', 'build', '--config', 'vite.lib.config.ts', '--logLevel', 'warn']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
await esbuild({
  entryPoints: { styles: 'src/styles/index.css', fonts: 'src/styles/fonts.css' },
  outdir: 'dist',
  bundle: true,
  minify: true,
  loader: { '.woff2': 'file', '.woff': 'file' },
  assetNames: 'fonts/[name]',
  logLevel: 'warning',
});
// The SIL Open Font License requires its text (and the fonts' copyright lines) to travel with the
// font files it covers, so it sits beside them; LICENSE (MIT, for the code) ships from the root.
copyFileSync('src/styles/OFL.txt', 'dist/fonts/OFL.txt');
run('node', ['scripts/tokens.mjs', 'dist/tokens.json']); // maqal/tokens.json: the tokens in DTCG format, from tokens.css
console.log('maqal: dist/ built');
