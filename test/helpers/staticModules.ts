// For the "static component" tests: the source modules a component pulls into a server render.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;

export const USE_CLIENT = /^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*['"]use client['"]/;

const HOOKS =
  /\buse(State|Effect|LayoutEffect|InsertionEffect|Context|Reducer|Ref|Memo|Callback|SyncExternalStore|Id|Transition|DeferredValue|Maqal|Locale|Direction|Messages|ControllableState)\b/;

/** Whether a module's code (not its comments, which may name a hook) calls a React or maqal hook. */
export function usesHooks(source: string): boolean {
  return HOOKS.test(source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, ''));
}

/**
 * The one module through which a static part reads the MaqalProvider's settings (issue 14). It
 * reads React context only where React has context, never in the react-server build that React
 * Server Components run (test/rsc.node.test.ts renders with that build), so the walk below stops
 * at it instead of counting its context read, or the provider's context module, against the part.
 */
export const SETTINGS_READ = join(root, 'src/core/staticSettings.ts');

/**
 * Follows the relative imports of the entries (".js" → ".ts"/".tsx"/index.ts) and returns the
 * modules a server render runs (`server`) and the "use client" modules where it stops (`client`).
 */
export function serverModules(entries: string | string[]): { server: Map<string, string>; client: string[] } {
  const server = new Map<string, string>();
  const client: string[] = [];
  const visit = (file: string) => {
    if (server.has(file) || client.includes(file) || file === SETTINGS_READ) return;
    const source = readFileSync(file, 'utf8');
    if (USE_CLIENT.test(source)) {
      client.push(file);
      return;
    }
    server.set(file, source);
    for (const [, spec] of source.matchAll(/from\s+'(\.[^']+)'/g)) {
      const base = resolve(dirname(file), spec!).replace(/\.js$/, '');
      const found = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((candidate) => existsSync(candidate));
      if (!found) throw new Error(`cannot resolve ${spec} from ${file}`);
      visit(found);
    }
  };
  for (const entry of [entries].flat()) visit(join(root, entry));
  return { server, client };
}
