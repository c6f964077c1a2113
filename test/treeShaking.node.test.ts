// Import cost: an app that imports one component gets that component's code and no other's.
// Bundles a one-line entry against the built package (npm test builds it first) with esbuild.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;

// A string in each component's own code and in no other component's: the class name it renders,
// or for ArticleJsonLd the script type. Checked against dist/: each is written only in the
// modules of that component's own folder.
const MARKERS = {
  StarRating: 'maqal-StarRating',
  ScrollToTop: 'maqal-ScrollToTop',
  ArticleHeader: 'maqal-ArticleHeader',
  Kicker: 'maqal-Kicker',
  Headline: 'maqal-Headline',
  Standfirst: 'maqal-Standfirst',
  ArticleMeta: 'maqal-ArticleMeta',
  ArticleJsonLd: 'application/ld+json',
  Byline: 'maqal-Byline',
  Timestamp: 'maqal-Timestamp',
  ReadingTime: 'maqal-ReadingTime',
  ArticleBody: 'maqal-ArticleBody',
  PullQuote: 'maqal-PullQuote',
} as const;
type Component = keyof typeof MARKERS;

// Composition, not leakage: ArticleHeader renders these, so their code ships with it.
const COMPOSES: Partial<Record<Component, readonly Component[]>> = {
  ArticleHeader: ['Kicker', 'Headline', 'Standfirst', 'ArticleMeta'],
};

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
  it.each(Object.keys(MARKERS) as Component[])('pulls only %s', async (name) => {
    const code = await bundle(name);
    // The positive control: the marker does identify the component, so its absence below means something.
    expect(code).toContain(MARKERS[name]);
    for (const [other, marker] of Object.entries(MARKERS) as [Component, string][]) {
      if (other === name) continue;
      if (COMPOSES[name]?.includes(other)) expect(code, `${name} composes ${other}`).toContain(marker);
      else expect(code, `${name} pulled in ${other}`).not.toContain(marker);
    }
  });

  it('keeps StarRating free of the other catalogues: only rating strings ship with it', async () => {
    const code = await bundle('StarRating');
    expect(code).toContain('كن أول من يقيّم');
    expect(code).not.toContain('العودة إلى الأعلى'); // ScrollToTop's label
    expect(code).not.toContain('للقراءة'); // ReadingTime's strings
  });
});
