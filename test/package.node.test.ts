// Checks the built package (npm test builds it first): what an app gets from `npm install maqal`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { build, transformSync } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function files(dir: string, ending: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path, ending) : ending.test(entry.name) ? [path] : [];
  });
}

/**
 * The "exports" map as [subpath, target paths] pairs, a pattern entry ("./fonts/*") taken through
 * one real file it must reach (the Arabic bold face an app preloads), since a pattern is no file.
 */
function exportEntries(): [string, string[]][] {
  return Object.entries(pkg.exports as Record<string, string | Record<string, string>>).map(([key, target]) => {
    const paths = typeof target === 'string' ? [target] : Object.values(target);
    if (!key.includes('*')) return [key, paths];
    const sample = 'noto-naskh-arabic-arabic-700-normal.woff2';
    return [key.replace('*', sample), paths.map((path) => path.replace('*', sample))];
  });
}

const USE_CLIENT = /^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*['"]use client['"];?/;

describe('the built package', () => {
  it('exists (run npm run build first)', () => {
    expect(existsSync(join(root, 'dist/index.js')), 'dist/index.js is missing: run `npm run build`').toBe(true);
  });

  it('resolves every exports entry to a file that was built', () => {
    for (const [entry, paths] of exportEntries()) {
      for (const path of paths) expect(existsSync(join(root, path)), `${entry} → ${path}`).toBe(true);
    }
  });

  it('starts each client module with "use client" and leaves it out of every static one', () => {
    const sources = files(join(root, 'src'), /\.tsx?$/).filter((f) => !f.endsWith('.d.ts'));
    let client = 0;
    let checked = 0;
    for (const source of sources) {
      const built = join(root, 'dist', relative(join(root, 'src'), source).replace(/\.tsx?$/, '.js'));
      if (!existsSync(built)) continue; // type-only modules emit no JS
      checked++;
      const isClient = USE_CLIENT.test(readFileSync(source, 'utf8'));
      const js = readFileSync(built, 'utf8');
      if (isClient) {
        client++;
        expect(USE_CLIENT.test(js), `${built} lost its "use client"`).toBe(true);
      } else {
        expect(js.includes('use client'), `${built} must stay server-renderable`).toBe(false);
      }
    }
    expect(client).toBeGreaterThan(0);
    expect(checked).toBeGreaterThan(client);
    // The entry re-exports client modules but is not one itself, so static imports stay static.
    expect(readFileSync(join(root, 'dist/index.js'), 'utf8')).not.toContain('use client');
  });

  it('ships declarations for the public API without CSS imports leaking into them', () => {
    const dts = readFileSync(join(root, 'dist/index.d.ts'), 'utf8');
    expect(dts).toMatch(/MaqalProvider/);
    for (const file of files(join(root, 'dist'), /\.d\.ts$/)) expect(readFileSync(file, 'utf8')).not.toMatch(/\.css['"]/);
  });

  it('bundles one stylesheet in the maqal cascade layers, with no physical inline properties', () => {
    const css = readFileSync(join(root, 'dist/styles.css'), 'utf8');
    expect(css).toMatch(/@layer maqal\.tokens\s*,\s*maqal\.components/);
    expect(css).not.toMatch(/@import/);
    expect(css).not.toMatch(/(margin|padding|border)-(left|right)\b|[;{](left|right):/);
  });

  it('ships the fonts that fonts.css points at, and only WOFF2', () => {
    const css = readFileSync(join(root, 'dist/fonts.css'), 'utf8');
    const urls = [...css.matchAll(/url\("?([^")]+)"?\)/g)].map((m) => m[1]!);
    // One file per @fontsource url() in the source stylesheet, none dropped, none added.
    const sourceUrls = [...readFileSync(join(root, 'src/styles/fonts.css'), 'utf8').matchAll(/url\(['"]?(@fontsource\/[^'")]+)['"]?\)/g)];
    expect(sourceUrls.length).toBeGreaterThan(0);
    expect(new Set(urls).size).toBe(new Set(sourceUrls.map((m) => m[1])).size);
    for (const url of urls) {
      expect(url).toMatch(/\.woff2$/);
      expect(existsSync(join(root, 'dist', url))).toBe(true);
    }
    expect(css).toMatch(/Noto Naskh Arabic/);
    expect(css).toMatch(/Noto Sans Arabic/);
  });

  // SIL OFL 1.1, condition 2: the fonts "may be bundled, redistributed and/or sold with any software,
  // provided that each copy contains the above copyright notice and this license".
  it('puts the OFL text and every shipped font family\'s copyright line beside the fonts', () => {
    const ofl = readFileSync(join(root, 'dist/fonts/OFL.txt'), 'utf8');
    const css = readFileSync(join(root, 'src/styles/fonts.css'), 'utf8');
    const families = new Set([...css.matchAll(/@fontsource\/([\w-]+)\//g)].map((m) => m[1]!));
    expect(families.size).toBeGreaterThanOrEqual(2);
    for (const family of families) {
      const licence = readFileSync(join(root, 'node_modules/@fontsource', family, 'LICENSE'), 'utf8');
      const [copyright, ...rest] = licence.split('\n');
      expect(copyright, family).toMatch(/^Copyright \d{4} /);
      expect(ofl, `${family}'s copyright line`).toContain(`(@fontsource/${family})\n${copyright}\n`);
      expect(ofl, `the OFL text as ${family} ships it`).toContain(rest.join('\n').trim());
    }
    expect(ofl).toContain('SIL OPEN FONT LICENSE Version 1.1 - 26 February 2007');
  });

  it('is ESM only with react as a peer and parse5 (for maqal/html) its one runtime dependency', () => {
    expect(pkg.type).toBe('module');
    expect(Object.keys(pkg.dependencies ?? {})).toEqual(['parse5']);
    expect(Object.keys(pkg.peerDependencies)).toEqual(['react', 'react-dom']);
    expect(pkg.sideEffects).toEqual(['**/*.css']);
    expect(pkg.files).toEqual(['dist', 'CHANGELOG.md']);
  });
});

// What `npm publish` would upload, packed for real: the file list against what the source says it
// should be, then the tarball installed where an app would have it and imported by Node and bundled
// by esbuild through every "exports" entry.
describe('the tarball', () => {
  const work = join(root, 'node_modules/.cache/maqal-tarball');
  let packed: string[] = [];

  beforeAll(() => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(join(work, 'node_modules/maqal'), { recursive: true });
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as [{ filename: string; files: { path: string }[] }];
    packed = pack.files.map((f) => f.path).sort();
    // Inside node_modules/.cache, so the app below finds React and parse5 in the project's node_modules.
    execFileSync('tar', ['-xzf', join(work, pack.filename), '-C', join(work, 'node_modules/maqal'), '--strip-components=1']);
  }, 60_000);

  it('holds exactly the built modules, stylesheets, fonts, licences, README and package.json', () => {
    const expected = new Set(['package.json', 'README.md', 'LICENSE', 'dist/fonts/OFL.txt']);
    if (existsSync(join(root, 'CHANGELOG.md'))) expected.add('CHANGELOG.md');
    for (const [, paths] of exportEntries()) for (const path of paths) expected.add(path.replace(/^\.\//, ''));
    for (const m of readFileSync(join(root, 'src/styles/fonts.css'), 'utf8').matchAll(/url\(['"]?@fontsource\/[^'")]+\/([^/'")]+\.woff2)/g)) {
      expected.add(`dist/fonts/${m[1]}`);
    }
    // One declaration file per source module, and a JS module for each one with runtime code.
    for (const source of files(join(root, 'src'), /\.tsx?$/).filter((f) => !f.endsWith('.d.ts'))) {
      const out = `dist/${relative(join(root, 'src'), source).replace(/\.tsx?$/, '')}`;
      expected.add(`${out}.d.ts`);
      // A module that only re-exports (a component folder's index.ts) is folded into its importers.
      const code = transformSync(readFileSync(source, 'utf8'), { loader: source.endsWith('x') ? 'tsx' : 'ts', jsx: 'automatic', minify: true }).code;
      if (code.replace(/^"use client";/, '').replace(/export\s*(\*|\{[^}]*\})\s*from\s*"[^"]*";?/g, '').trim() !== '') expected.add(`${out}.js`);
    }
    expect(packed).toEqual([...expected].sort());
  });

  it('carries no tests, stories, fixtures, source maps or links to sources it does not ship', () => {
    for (const path of packed) {
      expect(path).not.toMatch(/(^|\/)(test|tests|__tests__|stories|fixtures|__screenshots__)\//);
      expect(path).not.toMatch(/\.(test|spec|stories)\.|\.map$|\.tsx?$(?<!\.d\.ts)/);
    }
    for (const path of packed.filter((p) => /\.(js|css|d\.ts)$/.test(p))) {
      expect(readFileSync(join(work, 'node_modules/maqal', path), 'utf8'), path).not.toMatch(/sourceMappingURL|\/src\//);
    }
  });

  it('resolves and imports every subpath export in Node', () => {
    const subpaths = exportEntries().map(([key]) => (key === '.' ? 'maqal' : `maqal${key.slice(1)}`));
    const app = join(work, 'node-app.mjs');
    writeFileSync(
      app,
      `import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const out = {};
for (const specifier of ${JSON.stringify(subpaths)}) {
  const url = import.meta.resolve(specifier);
  const file = fileURLToPath(url);
  let exports = null;
  if (file.endsWith('.js')) exports = Object.keys(await import(specifier)).sort();
  else if (file.endsWith('.json')) exports = Object.keys((await import(specifier, { with: { type: 'json' } })).default);
  out[specifier] = { inPackage: file.startsWith(${JSON.stringify(join(work, 'node_modules/maqal/'))}), exists: existsSync(file), exports };
}
console.log(JSON.stringify(out));
`,
    );
    const run = spawnSync(process.execPath, [app], { cwd: work, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as Record<string, { inPackage: boolean; exists: boolean; exports: string[] | null }>;
    expect(Object.keys(out)).toEqual(subpaths);
    for (const [specifier, result] of Object.entries(out)) {
      expect(result.inPackage && result.exists, specifier).toBe(true);
      if (result.exports) expect(result.exports.length, `${specifier} exports something`).toBeGreaterThan(0);
    }
    expect(out.maqal!.exports).toEqual(expect.arrayContaining(['MaqalProvider', 'StarRating', 'ArticleHeader']));
    expect(out['maqal/html']!.exports).toContain('ArticleHtml');
    expect(out['maqal/wordpress']!.exports).toContain('fromWordPress');
  });

  it('bundles every subpath export with esbuild, fonts included', async () => {
    const subpaths = exportEntries()
      .map(([key]) => key)
      .filter((key) => key !== './package.json' && !key.endsWith('.woff2'));
    const entry = subpaths
      .map((key, i) => {
        const specifier = key === '.' ? 'maqal' : `maqal${key.slice(1)}`;
        return specifier.endsWith('.css') ? `import '${specifier}';` : `import * as m${i} from '${specifier}'; console.log(m${i});`;
      })
      .join('\n');
    const result = await build({
      stdin: { contents: entry, resolveDir: work, loader: 'js' },
      bundle: true,
      write: false,
      outdir: join(work, 'esbuild-out'),
      format: 'esm',
      platform: 'browser',
      loader: { '.woff2': 'file' },
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    const css = result.outputFiles.find((f) => f.path.endsWith('.css'))!.text;
    expect(css).toMatch(/@layer maqal\.tokens/);
    const fonts = result.outputFiles.filter((f) => f.path.endsWith('.woff2')).map((f) => basename(f.path).replace(/-[A-Z0-9]{8}\.woff2$/, '.woff2'));
    expect(fonts.length).toBe(packed.filter((p) => p.endsWith('.woff2')).length);
  });

  it('passes `npm publish --dry-run` without warnings', () => {
    const run = spawnSync('npm', ['publish', '--dry-run'], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    // Not being logged in to the registry is the one warning a dry run may give; npm fixing up
    // package.json ("npm warn publish npm auto-corrected some errors") or anything else fails.
    const warnings = run.stderr.split('\n').filter((line) => /^npm warn/i.test(line) && !/requires you to be logged in/.test(line));
    expect(warnings).toEqual([]);
    expect(run.stdout).toContain(`${pkg.name}@${pkg.version}`);
  }, 60_000);
});
