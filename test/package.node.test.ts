// Checks the built package (npm test builds it first): what an app gets from `npm install maqal`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function files(dir: string, ending: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path, ending) : ending.test(entry.name) ? [path] : [];
  });
}

const USE_CLIENT = /^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*['"]use client['"];?/;

describe('the built package', () => {
  it('exists (run npm run build first)', () => {
    expect(existsSync(join(root, 'dist/index.js')), 'dist/index.js is missing: run `npm run build`').toBe(true);
  });

  it('resolves every exports entry to a file that was built', () => {
    for (const [entry, target] of Object.entries(pkg.exports as Record<string, string | Record<string, string>>)) {
      const paths = typeof target === 'string' ? [target] : Object.values(target);
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
    expect(urls.length).toBe(8);
    for (const url of urls) {
      expect(url).toMatch(/\.woff2$/);
      expect(existsSync(join(root, 'dist', url))).toBe(true);
    }
    expect(css).toMatch(/Noto Naskh Arabic/);
    expect(css).toMatch(/Noto Sans Arabic/);
  });

  it('is ESM only with react as a peer and no runtime dependencies', () => {
    expect(pkg.type).toBe('module');
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(Object.keys(pkg.peerDependencies)).toEqual(['react', 'react-dom']);
    expect(pkg.sideEffects).toEqual(['**/*.css']);
    expect(pkg.files).toEqual(['dist']);
  });
});
