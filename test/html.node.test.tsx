// ArticleHtml on the server (issue 18): as a React Server Component (react-server build, like
// test/rsc.node.test.ts), and on input sized to break it: a megabyte of article, 10,000 levels of
// nesting of each kind of element. Time is compared between n and 4n, never against a clock:
// linear work takes about 4 times as long, quadratic 16.
import { build, type Plugin } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ArticleBody } from '../src';
import { ArticleHtml, htmlToText } from '../src/html';
import type { Timings } from './fixtures/html/perf';
import { nestings } from './fixtures/html/perfCases';

const CLIENT = /^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*['"]use client['"]/;

const clientReferences: Plugin = {
  name: 'client-references',
  setup(b) {
    b.onLoad({ filter: /\/src\/.*\.tsx?$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!CLIENT.test(source)) return undefined;
      const names = [...source.matchAll(/^export (?:const|function) (\w+)/gm)].map((m) => m[1]!);
      const code = names
        .map((name) => `export const ${name} = Object.defineProperties(function () { throw new Error('client function ${name} called on the server'); }, { $$typeof: { value: Symbol.for('react.client.reference') }, $$id: { value: ${JSON.stringify(`${args.path}#${name}`)} } });`)
        .join('\n');
      return { contents: code, loader: 'js' };
    });
  },
};

type Element = { $$typeof: symbol; type: unknown; props: Record<string, unknown> };
const isElement = (node: unknown): node is Element => typeof node === 'object' && node !== null && '$$typeof' in node && 'props' in node;

/** Renders server components as React's Flight server does: each called, client references kept as <client>. */
function renderServer(node: unknown): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(renderServer).join('');
  if (!isElement(node)) throw new Error(`cannot render ${String(node)}`);
  const { type, props } = node;
  if (typeof type === 'string') {
    const attributes = Object.entries(props)
      .filter(([key, value]) => key !== 'children' && (typeof value === 'string' || typeof value === 'number'))
      .map(([key, value]) => ` ${key}="${String(value)}"`)
      .join('');
    return `<${type}${attributes}>${renderServer(props.children)}</${type}>`;
  }
  if (typeof type === 'symbol') return renderServer(props.children);
  const reference = type as { $$typeof?: symbol; $$id?: string; render?: (props: object, ref: null) => unknown };
  if (reference.$$typeof === Symbol.for('react.client.reference')) return `<client ${reference.$$id!.split('#')[1]}>${renderServer(props.children)}</client>`;
  if (reference.$$typeof === Symbol.for('react.forward_ref')) return renderServer(reference.render!(props, null));
  return renderServer((type as (props: object) => unknown)(props));
}

let page: (html: string) => unknown;
let startRequest: () => void;

beforeAll(async () => {
  const outfile = fileURLToPath(new URL('../node_modules/.cache/maqal/rscHtml.mjs', import.meta.url));
  await build({
    entryPoints: [fileURLToPath(new URL('./fixtures/html/rscHtml.tsx', import.meta.url))],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    jsx: 'automatic',
    conditions: ['react-server'],
    define: { 'process.env.NODE_ENV': '"development"' },
    plugins: [clientReferences],
    logLevel: 'error',
  });
  const bundle = await import(`${pathToFileURL(outfile).href}?${Date.now()}`);
  page = bundle.page;
  startRequest = bundle.startRequest;
}, 60_000);

describe('maqal/html as a React Server Component', () => {
  it('has no "use client" module: the body ships no JavaScript', () => {
    const dir = fileURLToPath(new URL('../src/html/', import.meta.url));
    const modules = [fileURLToPath(new URL('../src/html.ts', import.meta.url)), ...readdirSync(dir).filter((f) => /\.tsx?$/.test(f)).map((f) => dir + f)];
    expect(modules.filter((path) => CLIENT.test(readFileSync(path, 'utf8')))).toEqual([]);
  });

  it('renders with React’s react-server build (no hooks, no context), with no client reference in the body', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    startRequest();
    const html = renderServer(page('<p>فقرة <q>مقتبسة</q></p><figure class="wp-block-image aligncenter"><img src="/a.jpg" alt="صورة" width="800" height="600"></figure><script>alert(1)</script>'));
    expect(html).toContain('<p dir="auto">فقرة <q>مقتبسة</q></p>');
    expect(html).toContain('<figure data-align="center"><img src="/a.jpg" width="800" height="600" alt="صورة"></img></figure>');
    // The provider hands its settings to the client through its own client component; the body
    // inside it is plain elements, rendered on the server.
    const body = html.slice(html.indexOf('maqal-ArticleBody'));
    expect(body).not.toContain('<client');
    expect(html).not.toContain('script');
    vi.restoreAllMocks();
  });
});

const renderBody = (html: string) => renderToString(createElement(ArticleBody, { locale: 'ar' }, createElement(ArticleHtml, { html })));

describe('size and depth', () => {
  it.each(Object.entries(nestings))('renders 10,000 levels of %s without a stack overflow, keeping the text', (_, make) => {
    const html = renderBody(make(10_000));
    expect(html).toContain('نص');
  });

  it('strips the text of 10,000 levels in htmlToText too', () => {
    expect(htmlToText(`${'<b>'.repeat(10_000)}نص`)).toBe('نص');
  });

  describe('time, in a production server process (n against 4n: linear about 4×, quadratic 16×)', () => {
    let timings: Timings;
    beforeAll(async () => {
      const outfile = fileURLToPath(new URL('../node_modules/.cache/maqal/htmlPerf.mjs', import.meta.url));
      await build({
        entryPoints: [fileURLToPath(new URL('./fixtures/html/perf.tsx', import.meta.url))],
        outfile,
        bundle: true,
        format: 'esm',
        platform: 'node',
        jsx: 'automatic',
        define: { 'process.env.NODE_ENV': '"production"' },
        banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
        logLevel: 'error',
      });
      // A young generation big enough that a scavenge does not copy the whole tree being built.
      const output = execFileSync(process.execPath, ['--expose-gc', '--max-semi-space-size=64', outfile], { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });
      timings = JSON.parse(output);
    }, 120_000);

    it('renders a megabyte of article in linear time', () => {
      expect(timings.article.bytes).toBeGreaterThanOrEqual(1024 * 1024);
      expect(timings.article.megabyte / timings.article.quarter).toBeLessThan(8);
    });

    it('turns a megabyte into text in linear time', () => {
      expect(timings.htmlToText.megabyte / timings.htmlToText.quarter).toBeLessThan(8);
    });

    it.each(Object.keys(nestings))('takes linear time in the depth of %s (10,000 against 40,000 levels)', (name) => {
      const { n, n4, rendered } = timings.nesting[name]!;
      expect(rendered).toBe(true);
      expect(n4 / n).toBeLessThan(8);
    });
  });
});
