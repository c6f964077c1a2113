// Bundle-size benchmark: maqal's StarRating and ScrollToTop against published alternatives.
// Every entry is measured the same way: a tiny ESM module bundled by esbuild (minified, production,
// React external), then gzipped; CSS the library asks you to import is bundled, minified and
// gzipped on its own. Run from anywhere: `node bench/size/run.mjs` (after `npm ci --prefix bench/size`).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, version as esbuildVersion } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const maqal = '../../dist/index.js'; // resolved from here (stdin resolveDir)
const mantine = (...names) => ['baseline', ...names].map((n) => `@mantine/core/styles/${n}.css`);
const react = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'];

const groups = {
  'Star rating': [
    { pkg: 'maqal', what: '{ StarRating }', js: `export { StarRating } from '${maqal}'`, css: ['../../src/components/StarRating/StarRating.css'] },
    { pkg: '@mui/material', what: '{ Rating }', js: `export { Rating } from '@mui/material'` },
    { pkg: 'antd', what: '{ Rate }', js: `export { Rate } from 'antd'` },
    { pkg: '@mantine/core', what: '{ Rating, MantineProvider }', js: `export { Rating, MantineProvider } from '@mantine/core'`, css: mantine('Rating') },
    { pkg: '@smastrom/react-rating', what: '{ Rating }', js: `export { Rating } from '@smastrom/react-rating'`, css: ['@smastrom/react-rating/style.css'] },
    { pkg: 'react-simple-star-rating', what: '{ Rating }', js: `export { Rating } from 'react-simple-star-rating'` },
  ],
  'Back to top': [
    { pkg: 'maqal', what: '{ ScrollToTop }', js: `export { ScrollToTop } from '${maqal}'`, css: ['../../src/components/ScrollToTop/ScrollToTop.css'] },
    { pkg: 'react-scroll-to-top', what: 'default (ScrollToTop)', js: `export { default as ScrollToTop } from 'react-scroll-to-top'` },
    { pkg: 'antd', what: 'FloatButton.BackTop', js: `import { FloatButton } from 'antd';\nexport const BackTop = FloatButton.BackTop;` },
    {
      pkg: '@mui/material', what: '{ Fab, Zoom, useScrollTrigger } + @mui/icons-material/KeyboardArrowUp',
      js: `export { Fab, Zoom, useScrollTrigger } from '@mui/material';\nexport { default as KeyboardArrowUp } from '@mui/icons-material/KeyboardArrowUp';`,
    },
    {
      pkg: '@mantine/core', what: '{ Affix, Transition, Button, MantineProvider } + @mantine/hooks { useWindowScroll }',
      js: `export { Affix, Transition, Button, MantineProvider } from '@mantine/core';\nexport { useWindowScroll } from '@mantine/hooks';`,
      css: mantine('Affix', 'UnstyledButton', 'Button'),
    },
  ],
  'Whole library (reference)': [
    { pkg: 'maqal', what: '*', js: `export * from '${maqal}'`, css: ['../../dist/styles.css'] },
  ],
};

// Stylesheets the component rows leave out (foundations) or that apps load whole, measured the same way.
const cssOnly = [
  { name: 'maqal tokens + base (src/styles/tokens.css, base.css)', css: ['../../src/styles/tokens.css', '../../src/styles/base.css'] },
  { name: 'maqal dist/styles.css (the only stylesheet the package exports)', css: ['../../dist/styles.css'] },
  { name: '@mantine/core default-css-variables.css + global.css', css: ['@mantine/core/styles/default-css-variables.css', '@mantine/core/styles/global.css'] },
  { name: '@mantine/core/styles.css (everything)', css: ['@mantine/core/styles.css'] },
];

const common = { bundle: true, minify: true, charset: 'utf8', write: false, logLevel: 'silent', metafile: true };

async function bundleJs(contents) {
  const result = await build({
    ...common,
    stdin: { contents, resolveDir: here, sourcefile: 'entry.js', loader: 'js' },
    format: 'esm', platform: 'browser', treeShaking: true, legalComments: 'eof',
    define: { 'process.env.NODE_ENV': '"production"' },
    external: react,
  });
  const leaked = Object.keys(result.metafile.inputs).filter((p) => /node_modules\/(react|react-dom|scheduler)\//.test(p));
  if (leaked.length) throw new Error(`React was bundled: ${leaked[0]}`);
  return result.outputFiles[0].contents;
}

async function bundleCss(files) {
  const contents = files.map((f) => `@import ${JSON.stringify(f)};`).join('\n');
  const result = await build({ ...common, stdin: { contents, resolveDir: here, sourcefile: 'entry.css', loader: 'css' } });
  return result.outputFiles[0].contents;
}

const gz = (bytes) => gzipSync(bytes).length;
const kB = (n) => (n / 1000).toFixed(2);
const version = (pkg) => {
  const file = pkg === 'maqal' ? join(here, '../../package.json') : join(here, 'node_modules', pkg, 'package.json');
  try { return JSON.parse(readFileSync(file, 'utf8')).version; } catch { return '(not installed)'; }
};

// esbuild adds a small `__require` shim when a CommonJS package requires an external (React).
const shimGzip = gz(await bundleJs(`export default require('react')`)) - gz(await bundleJs(`export { default } from 'react'`));

const failures = [];
const legalNotes = [];
let markdown = '';
for (const [group, entries] of Object.entries(groups)) {
  const rows = [];
  for (const entry of entries) {
    const name = `${entry.pkg}@${version(entry.pkg)}`;
    try {
      const js = await bundleJs(entry.js);
      const cssGzip = entry.css ? gz(await bundleCss(entry.css)) : 0;
      const text = new TextDecoder().decode(js);
      const shim = text.includes('Dynamic require of') ? ' †' : '';
      const legal = text.indexOf('/*! Bundled license information');
      if (legal >= 0) legalNotes.push(`${name} ${entry.what}: ${Buffer.byteLength(text.slice(legal))} B of ${js.length} B`);
      const imported = entry.css ? `${entry.what} + ${entry.css.map((f) => f.split('/').pop()).join(', ')}` : entry.what;
      rows.push([`${name}${shim}`, imported, js.length, kB(gz(js)), entry.css ? kB(cssGzip) : '—', kB(gz(js) + cssGzip)]);
    } catch (error) {
      failures.push(`- ${name} (${entry.what}): ${(error.errors?.[0]?.text ?? error.message)}`);
    }
  }
  markdown += `### ${group}\n\n| Library | Imported | JS min (B) | JS gzip (kB) | CSS gzip (kB) | Total gzip (kB) |\n| --- | --- | ---: | ---: | ---: | ---: |\n`;
  markdown += rows.map((r) => `| ${r.join(' | ')} |`).join('\n') + '\n\n';
}

markdown += '### Stylesheets for comparison (not added to the rows above)\n\n| Stylesheet | CSS min (B) | CSS gzip (kB) |\n| --- | ---: | ---: |\n';
for (const { name, css } of cssOnly) {
  try {
    const out = await bundleCss(css);
    markdown += `| ${name} | ${out.length} | ${kB(gz(out))} |\n`;
  } catch (error) {
    failures.push(`- CSS ${name}: ${(error.errors?.[0]?.text ?? error.message)}`);
  }
}

console.log(markdown);
if (failures.length) console.log(`Failed:\n${failures.join('\n')}`);

const results = `# Bundle size: maqal against published alternatives

Measured ${new Date().toISOString().slice(0, 10)} with Node ${process.version} and esbuild ${esbuildVersion}, by \`node bench/size/run.mjs\` (see README.md). Versions are the exact ones pinned in bench/size/package.json and package-lock.json.

**How it was measured.** Each row is a tiny ESM module fed to esbuild's JS API on stdin (the "Imported" column is what it re-exports, then the CSS files measured) and bundled with \`bundle\`, \`minify\`, \`format: 'esm'\`, \`platform: 'browser'\`, \`charset: 'utf8'\`, \`treeShaking: true\`, \`legalComments: 'eof'\` and \`process.env.NODE_ENV\` defined as \`"production"\`, with ${react.map((r) => `\`${r}\``).join(', ')} external, so React is excluded for every library, as in maqal's size-limit config. "JS min" is the byte length of that output; the gzip figures are \`zlib.gzipSync\` at its default level, 1 kB = 1000 B. CSS is what the library asks you to import, bundled and minified by esbuild's CSS loader and gzipped on its own; "—" means the library ships no CSS file (MUI, antd, react-simple-star-rating and react-scroll-to-top put their styles in JS, which is counted in the JS column). Total = JS gzip + CSS gzip, each gzipped separately.

${markdown}
Notes:

- maqal's CSS per component is the component's own file from src/ (as in .size-limit.js); it uses the design tokens of tokens.css and base.css, which it does not include. The published package only exports the whole stylesheet, dist/styles.css, so an app importing maqal today loads that (see the last table).
- Mantine's CSS is the per-component files its docs list, plus baseline.css: Rating.css for Rating; Affix.css, UnstyledButton.css and Button.css for the back-to-top pattern (Transition has no CSS; Loader.css, for Button's loading state, is left out). Mantine's docs also require default-css-variables.css and global.css with per-component imports; they are not counted here (see the last table), just as maqal's tokens are not. Mantine's components throw without \`MantineProvider\`, so it is imported too; maqal's, MUI's and antd's components work without their providers.
- The back-to-top "patterns" (MUI, Mantine, antd's static \`FloatButton.BackTop\`) re-export the pieces the documented example uses, not a finished component; Mantine's example also imports an arrow icon from a separate icon package, not counted.
- † CommonJS package: with React external, esbuild wraps its \`require('react')\` in a \`__require\` shim (${shimGzip} B gzip) that an app's bundler would not add. It is left in, not subtracted.
- Licence comments are kept at the end of the output (esbuild's default for bundles, as in size-limit) and counted${legalNotes.length ? `: ${legalNotes.join('; ')}` : ''}.
- The figures are the cost of adding the component to an app that does not use the library yet. In an app that already uses MUI, antd or Mantine, most of it (styling engine, theme, provider, shared internals) is already paid for.
${failures.length ? `\nDropped (failed to bundle):\n\n${failures.join('\n')}\n` : ''}`;
writeFileSync(join(here, 'RESULTS.md'), results);
