// One language setting for every part, in server rendering (renderToString and streams), where
// the static parts read the provider through React context like any component (issue 14). The
// React Server Component path is test/rsc.node.test.ts; the built Next.js app proves it end to end.
import { PassThrough } from 'node:stream';
import { renderToPipeableStream, renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { languagePage } from './fixtures/languagePage';
import { EXPECTED, ISLAND_AR, squash } from './languageFlow.shared';

const textOf = (html: string) => squash(html.replace(/<[^>]+>/g, ''));

function stream(element: React.ReactElement): Promise<string> {
  return new Promise((resolve, reject) => {
    let html = '';
    const sink = new PassThrough();
    sink.on('data', (chunk) => (html += chunk));
    sink.on('end', () => resolve(html));
    const { pipe } = renderToPipeableStream(element, { onAllReady: () => pipe(sink), onError: reject });
  });
}

describe.each(['ar', 'en'] as const)('a %s page from one MaqalProvider, rendered on the server', (outer) => {
  it('speaks the provider’s language in every part and the island’s in the island, string and stream alike', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const html = renderToString(languagePage(outer));
    // React 18's stream marks text boundaries differently from its string renderer: compare text.
    expect(textOf(await stream(languagePage(outer)))).toBe(textOf(html));
    const page = textOf(html.slice(html.indexOf('data-part="page"'), html.indexOf('data-part="island"')));
    const island = textOf(html.slice(html.indexOf('data-part="island"')));
    for (const words of Object.values(EXPECTED[outer])) expect(page).toContain(squash(words));
    for (const words of Object.values(outer === 'ar' ? EXPECTED.en : ISLAND_AR)) expect(island).toContain(squash(words));
  });
});
