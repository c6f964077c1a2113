// The language setting in a React Server Component render (issue 14). React's react-server build
// has no context, so MaqalProvider must hand its settings to the static parts another way. This
// bundles a page with React's react-server build and client references for every "use client"
// module (what Next.js's RSC bundler does), renders it the way React's Flight server does (call
// each server component, keep each client reference as a reference) and reads what came out.
// The built Next.js app in consumers.e2e.test.ts is the end-to-end proof; this is the fast one.
import { build, type Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';

const CLIENT = /^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*['"]use client['"]/;

// "use client" modules become client references, as in a real RSC bundle: a server component can
// render them and pass them props, but cannot call them or read anything else from them.
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

type Node = unknown;
type Element = { $$typeof: symbol; type: unknown; props: Record<string, unknown> };
const isElement = (node: Node): node is Element => typeof node === 'object' && node !== null && '$$typeof' in node && 'props' in node;

/** Renders server components to an HTML-like string; a client reference becomes <client name>. */
function renderServer(node: Node): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(renderServer).join('');
  if (!isElement(node)) throw new Error(`cannot render ${String(node)}`);
  const { type, props } = node;
  // A server component renders first and decides its children; only then are they rendered.
  const children = () => renderServer(props.children);
  if (typeof type === 'string') {
    const attributes = Object.entries(props)
      .filter(([key, value]) => key !== 'children' && (typeof value === 'string' || typeof value === 'number'))
      .map(([key, value]) => ` ${key}="${String(value)}"`)
      .join('');
    return `<${type}${attributes}>${children()}</${type}>`;
  }
  if (typeof type === 'symbol') return children(); // Fragment
  const reference = type as { $$typeof?: symbol; $$id?: string; render?: (props: object, ref: null) => Node };
  if (reference.$$typeof === Symbol.for('react.client.reference')) {
    const serialised = Object.entries(props)
      .filter(([key]) => key !== 'children')
      .map(([key, value]) => ` ${key}=${JSON.stringify(value)}`)
      .join('');
    return `<client ${reference.$$id!.split('#')[1]}${serialised}>${children()}</client>`;
  }
  if (reference.$$typeof === Symbol.for('react.forward_ref')) return renderServer(reference.render!(props, null));
  return renderServer((type as (props: object) => Node)(props));
}

let page: (outer: 'ar' | 'en') => Node;
let startRequest: () => void;

/** One request: a fresh per-request cache, then the page rendered. */
const render = (outer: 'ar' | 'en') => {
  startRequest();
  return renderServer(page(outer));
};

beforeAll(async () => {
  const outfile = fileURLToPath(new URL('../node_modules/.cache/maqal/rscPage.mjs', import.meta.url));
  await build({
    entryPoints: [fileURLToPath(new URL('./fixtures/rscPage.tsx', import.meta.url))],
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

describe('MaqalProvider in a React Server Component (react-server build: no context)', () => {
  it('renders with React’s react-server build, where useContext does not exist', () => {
    expect(() => render('ar')).not.toThrow();
  });

  it('gives every static part the provider’s locale, digits, time zone and messages', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const html = render('ar');
    const header = html.slice(0, html.indexOf('data-island'));
    expect(header).toContain('بقلم'); // the Arabic byline prefix
    expect(header).toMatch(/نور الهدى بن علي.*و.*Tom Baker/s);
    expect(header).toContain('٧ دقائق للقراءة'); // Arabic-Indic digits from the provider
    expect(header).toContain('١ ديسمبر ٢٠٢٦'); // 21:30 UTC is 1 December in Riyadh
    expect(header).toContain('حُدّث'); // the provider's message override
  });

  it('gives an English island inside an Arabic page English parts, and the reverse', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const arabicPage = render('ar');
    const englishIsland = arabicPage.slice(arabicPage.indexOf('data-island'), arabicPage.indexOf('</aside>'));
    expect(englishIsland).toContain('Salma');
    expect(englishIsland).toContain('3 min read');
    // lang and dir are the island provider's own element's (rendered by the client provider).
    expect(englishIsland).toContain('<client ClientProvider locale="en"');
    expect(englishIsland).not.toContain('بقلم');
    const englishPage = render('en');
    expect(englishPage.slice(0, englishPage.indexOf('data-island'))).toContain('7 min read');
    const arabicIsland = englishPage.slice(englishPage.indexOf('data-island'), englishPage.indexOf('</aside>'));
    expect(arabicIsland).toContain('بقلم');
    expect(arabicIsland).toContain('3 دقائق للقراءة');
  });

  it('hands client components the same settings through the client provider, with only serialisable props', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const html = render('ar');
    expect(html).toMatch(/<client ClientProvider locale="ar" timeZone="Asia\/Riyadh" numberingSystem="arab" messages=\{"byline":\{"updated":"حُدّث"\}\}>/);
    expect(html).toContain('<client StarRating');
    expect(html).not.toContain('__maqalSettings');
  });

  it('gives a part rendered by the app’s own server component the page’s settings, and warns on a page with islands', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const html = render('en');
    expect(html.slice(html.indexOf('</aside>'))).toContain('4 min read');
    expect(warn.mock.calls.map(([m]) => String(m)).some((m) => m.includes('out of reach of the MaqalProvider'))).toBe(true);
  });
});
