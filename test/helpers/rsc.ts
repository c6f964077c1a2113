// React Server Component rendering emulated for the node tests (test/rsc.node.test.ts,
// test/html.node.test.tsx): a fixture bundled with React's react-server build and client
// references for every "use client" module (what Next.js's RSC bundler does), rendered the way
// React's Flight server does (call each server component, keep each client reference as a
// reference). The built Next.js app in consumers.e2e.test.ts is the end-to-end proof.
import { build, type Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** A module that starts with "use client", after any comments. */
export const CLIENT = /^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*['"]use client['"]/;

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

/** Bundles `entry` (a path relative to test/) for the react-server condition and imports it. */
export async function importServerBundle<T>(entry: string, outName: string): Promise<T> {
  const outfile = fileURLToPath(new URL(`../../node_modules/.cache/maqal/${outName}.mjs`, import.meta.url));
  await build({
    entryPoints: [fileURLToPath(new URL(`../${entry}`, import.meta.url))],
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
  return import(`${pathToFileURL(outfile).href}?${Date.now()}`) as Promise<T>;
}

type Element = { $$typeof: symbol; type: unknown; props: Record<string, unknown> };
const isElement = (node: unknown): node is Element => typeof node === 'object' && node !== null && '$$typeof' in node && 'props' in node;

/** Renders server components to an HTML-like string; a client reference becomes <client name props>. */
export function renderServer(node: unknown): string {
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
  const reference = type as { $$typeof?: symbol; $$id?: string; render?: (props: object, ref: null) => unknown };
  if (reference.$$typeof === Symbol.for('react.client.reference')) {
    const serialised = Object.entries(props)
      .filter(([key]) => key !== 'children')
      .map(([key, value]) => ` ${key}=${JSON.stringify(value)}`)
      .join('');
    return `<client ${reference.$$id!.split('#')[1]}${serialised}>${children()}</client>`;
  }
  if (reference.$$typeof === Symbol.for('react.forward_ref')) return renderServer(reference.render!(props, null));
  return renderServer((type as (props: object) => unknown)(props));
}
