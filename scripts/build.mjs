// npm run build: JS modules (Vite library mode), declarations (tsc) and the two stylesheets (esbuild).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build as esbuild } from 'esbuild';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
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
console.log('maqal: dist/ built');
