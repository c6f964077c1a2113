// The language setting in a React Server Component render (issue 14). React's react-server build
// has no context, so MaqalProvider must hand its settings to the static parts another way. This
// bundles a page with React's react-server build and client references for every "use client"
// module (what Next.js's RSC bundler does), renders it the way React's Flight server does (call
// each server component, keep each client reference as a reference) and reads what came out.
// The built Next.js app in consumers.e2e.test.ts is the end-to-end proof; this is the fast one.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { importServerBundle, renderServer } from './helpers/rsc';

let page: (outer: 'ar' | 'en') => unknown;
let startRequest: () => void;

/** One request: a fresh per-request cache, then the page rendered. */
const render = (outer: 'ar' | 'en') => {
  startRequest();
  return renderServer(page(outer));
};

beforeAll(async () => {
  ({ page, startRequest } = await importServerBundle<{ page: typeof page; startRequest: typeof startRequest }>('fixtures/rscPage.tsx', 'rscPage'));
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
