// `npm run build:static`: after the client build (dist/) and the server build of src/entry-server.tsx
// (dist-server/), writes each page's server-rendered HTML into its built file, so the article is in
// the page before any JavaScript arrives; main.tsx then hydrates it.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { render } from './dist-server/entry-server.js';

// The render's own "now" goes into the page, so the client hydrates the relative time with it.
const now = new Date().toISOString();
for (const [file, page] of [['dist/index.html', 'ar'], ['dist/en.html', 'en']]) {
  const html = readFileSync(file, 'utf8');
  if (!html.includes('<div id="root"></div>')) throw new Error(`${file}: no empty <div id="root"></div> to fill`);
  writeFileSync(file, html.replace('<div id="root"></div>', () => `<div id="root" data-now="${now}">${render(page, now)}</div>`));
}
rmSync('dist-server', { recursive: true, force: true });
