// Server renders in a child Node process with its own TZ: the host time zone of a real server.
// Used by test/timeZones.node.test.ts and by the `renderDatesOnServer` browser command in
// vitest.config.ts. A process cannot change its own zone for every part of it reliably (ICU
// caches the zone it started with in places), so each zone gets a fresh process.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from './nodeBundle';
import type { ServerRender } from '../fixtures/renderInTimeZone';

export type { ServerRender };

const root = fileURLToPath(new URL('../..', import.meta.url));
const bundles = new Map<string, Promise<string>>();

/**
 * Bundles test/fixtures/renderInTimeZone.tsx once per caller and React version, with a main that
 * prints its result as JSON. The bundle goes under node_modules/.cache so that Node resolves React
 * from the project; with `react18`, React and React DOM come from test/react18, bundled in (Node
 * would find the root's React 19 first), as vitest.config.ts does for the React 18 hydration run.
 */
function bundle(name: string, react18: boolean): Promise<string> {
  const key = `${name}${react18 ? '-react18' : ''}`;
  let done = bundles.get(key);
  if (!done) {
    const outfile = `${root}node_modules/.cache/maqal/renderInTimeZone-${key}.mjs`;
    const fixture = `${root}test/fixtures/renderInTimeZone.tsx`;
    done = bundleForNode(
      outfile,
      {
        stdin: {
          contents: `import { renderAll } from ${JSON.stringify(fixture)};\nprocess.stdout.write(JSON.stringify(renderAll()));\n`,
          resolveDir: root,
          loader: 'ts',
        },
      },
      react18,
    );
    bundles.set(key, done);
  }
  return done;
}

/** The article and dates pages, rendered by react-dom/server in a Node process started with `TZ=timeZone`. */
export async function renderInTimeZone(
  timeZone: string,
  { caller = 'node', react18 = false }: { caller?: string; react18?: boolean } = {},
): Promise<ServerRender & { stderr: string }> {
  const file = await bundle(caller, react18);
  const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) => {
    execFile(
      process.execPath,
      [file],
      { env: { ...process.env, TZ: timeZone, NODE_ENV: 'development' }, maxBuffer: 64 * 1024 * 1024 },
      (error, out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve({ stdout: out, stderr: err })),
    );
  });
  return { ...(JSON.parse(stdout) as ServerRender), stderr };
}
