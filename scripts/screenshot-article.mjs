// Renders the article page story from storybook-static/ (npm run build-storybook) to PNG files in
// docs/, for the README. Usage: node scripts/screenshot-article.mjs
// The browser's clock is fixed at the story's own "now", so a relative time reads the same in
// every regeneration ("قبل ساعتين"), not whatever the moment of the screenshot made it.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const root = new URL('../storybook-static/', import.meta.url).pathname;
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.json': 'application/json' };
const server = createServer(async (req, res) => {
  const path = normalize(join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
  try {
    const body = await readFile(path.endsWith('/') ? join(path, 'index.html') : path);
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const base = `http://127.0.0.1:${server.address().port}`;

// The story's "now" (stories/fixtures/articlePageContent.ts), read from its source.
const content = await readFile(new URL('../stories/fixtures/articlePageContent.ts', import.meta.url), 'utf8');
const NOW = /export const NOW = '([^']+)'/.exec(content)[1];

const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
const shots = [
  { id: 'article-page--arabic-with-votes', width: 1280, height: 1100, file: 'docs/article-page-ar-1280.png' },
  { id: 'article-page--arabic-with-votes', width: 360, height: 1400, file: 'docs/article-page-ar-360.png' },
  { id: 'article-page--english', width: 1280, height: 1100, file: 'docs/article-page-en-1280.png', full: false },
];
for (const { id, width, height, file } of shots) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.clock.setFixedTime(new Date(NOW));
  await page.goto(`${base}/iframe.html?id=${id}&viewMode=story`, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: file });
  await page.close();
  console.log(file);
}
await browser.close();
server.close();
