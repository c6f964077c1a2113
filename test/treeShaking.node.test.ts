// Import cost: an app that imports one component gets that component's code and no other's.
// Bundles a one-line entry against the built package (npm test builds it first) with esbuild.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;

// The class name each component renders: present in its code and nowhere else.
const MARKERS = {
  StarRating: 'maqal-StarRating',
  ScrollToTop: 'maqal-ScrollToTop',
  ArticleHeader: 'maqal-ArticleHeader',
  Byline: 'maqal-Byline',
  ArticleBody: 'maqal-ArticleBody',
  PullQuote: 'maqal-PullQuote',
  ReadingTime: 'maqal-ReadingTime',
} as const;

async function bundle(name: string): Promise<string> {
  const result = await build({
    stdin: { contents: `export { ${name} } from './dist/index.js';`, resolveDir: root, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    minify: false,
    charset: 'utf8',
    external: ['react', 'react-dom', 'react/*', 'react-dom/*'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}

describe('importing one component from the built package', () => {
  it.each(Object.keys(MARKERS) as (keyof typeof MARKERS)[])('pulls only %s', async (name) => {
    const code = await bundle(name);
    expect(code).toContain(MARKERS[name]);
    for (const [other, marker] of Object.entries(MARKERS)) {
      if (other !== name) expect(code, `${name} pulled in ${other}`).not.toContain(marker);
    }
  });

  it('keeps StarRating free of the other catalogues: only rating strings ship with it', async () => {
    const code = await bundle('StarRating');
    expect(code).toContain('كن أول من يقيّم');
    expect(code).not.toContain('العودة إلى الأعلى'); // ScrollToTop's label
    expect(code).not.toContain('للقراءة'); // ReadingTime's strings
  });
});
