// Test fixtures bundled for plain Node, for the server renders that browser tests and child
// processes run. Shared by vitest.config.ts (the article page for hydration) and
// test/helpers/serverInTimeZone.ts (the pages rendered under each TZ).
import { build, type BuildOptions } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const react18Package = (name: string) => `${root}test/react18/node_modules/${name}`;

/**
 * Bundles `input` (entryPoints or stdin) into `outfile`, a development build. React is left
 * external, so Node resolves the project's React 19 (outfile sits under node_modules/.cache); with
 * `react18`, React and React DOM come from test/react18, bundled in, since Node would find the
 * root's React 19 first. Returns the outfile.
 */
export async function bundleForNode(outfile: string, input: Pick<BuildOptions, 'entryPoints' | 'stdin'>, react18: boolean): Promise<string> {
  await build({
    ...input,
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    jsx: 'automatic',
    ...(react18
      ? {
          alias: { react: react18Package('react'), 'react-dom': react18Package('react-dom') },
          // React DOM 18's server build is CommonJS and requires Node's own modules.
          banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
        }
      : { packages: 'external' as const }),
    // Development: the warnings the tests read go to the console (or the child's stderr).
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'error',
  });
  return outfile;
}
