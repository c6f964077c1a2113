// Server rendering in plain Node, with no DOM globals: what a React Server Component or an SSR
// framework does with Byline, Timestamp and ReadingTime. Also proves which modules are static.
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { MaqalProvider } from '../src';
import { Byline } from '../src/components/Byline';
import { ReadingTime } from '../src/components/ReadingTime';
import { Timestamp } from '../src/components/Timestamp';
import { serverModules, usesHooks } from './helpers/staticModules';

const root = new URL('..', import.meta.url).pathname;

describe('static by construction', () => {
  it('has no DOM here: this is plain Node', () => {
    expect(typeof document).toBe('undefined');
    expect(typeof window).toBe('undefined');
  });

  it.each(['src/components/Byline/index.ts', 'src/components/ReadingTime/index.ts'])('%s uses no hooks and no client module', (entry) => {
    const { server, client } = serverModules(entry);
    expect(client).toEqual([]);
    for (const [file, source] of server) expect([file, usesHooks(source)]).toEqual([file, false]);
  });

  it('Timestamp is static; only the relative timestamp is a client module, marked "use client"', () => {
    const { server, client } = serverModules('src/components/Timestamp/index.ts');
    expect(client.map((file) => file.slice(root.length))).toEqual(['src/components/Timestamp/RelativeTimestamp.tsx']);
    for (const [file, source] of server) expect([file, usesHooks(source)]).toEqual([file, false]);
  });
});

describe('server rendering', () => {
  it('renders a Byline with avatars, links and a source', () => {
    const html = renderToString(
      <Byline
        authors={[
          { name: 'ليلى حداد', href: '/authors/leila', avatarSrc: '/img/leila.jpg', role: 'مراسلة' },
          { name: 'Omar Fassi' },
        ]}
        source="وكالات"
      />,
    );
    expect(html).toContain('بقلم');
    expect(html).toContain('<bdi class="maqal-Byline-name">Omar Fassi</bdi>');
    expect(html).toContain('rel="author"');
    expect(html).toContain('alt=""');
    expect(html).toContain('وكالات');
  });

  it('renders every Timestamp format, relative ones from the now prop', () => {
    const dateTime = '2026-03-15T21:30:00.000Z';
    const render = (format: 'date' | 'datetime' | 'time' | 'relative') =>
      renderToString(<Timestamp dateTime={dateTime} format={format} timeZone="Asia/Riyadh" now="2026-03-16T00:30:00Z" />);
    expect(render('date')).toContain('16 مارس 2026');
    expect(render('time')).toContain('12:30 ص');
    expect(render('datetime')).toContain(`dateTime="${dateTime}"`);
    expect(render('relative')).toContain('قبل 3 ساعات');
    // Without `now` the server cannot know the reader's clock: it prints the absolute date.
    expect(renderToString(<Timestamp dateTime={dateTime} format="relative" timeZone="Asia/Riyadh" />)).toContain('16 مارس 2026 في 12:30 ص');
  });

  it("renders a relative Timestamp with the provider's settings: the server render of a client component sees the provider", () => {
    const html = renderToString(
      <MaqalProvider locale="he" timeZone="Asia/Jerusalem" messages={{ byline: { updated: 'עודכן לאחרונה' } }}>
        <Timestamp dateTime="2026-03-15T21:30:00.000Z" format="relative" now="2026-03-17T21:30:00Z" updated />
        <Timestamp dateTime="2026-03-15T21:30:00.000Z" format="relative" />
      </MaqalProvider>,
    );
    expect(html).toContain('lang="he"');
    expect(html).toContain('עודכן לאחרונה');
    expect(html).toContain('לפני יומיים');
    expect(html).toContain('15 במרץ 2026 בשעה 23:30');
  });

  it('renders ReadingTime from text', () => {
    expect(renderToString(<ReadingTime text={'كلمة '.repeat(300)} />)).toContain('3 دقائق للقراءة');
  });

  it('renders nothing broken from bad input on the server either', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(renderToString(<Timestamp dateTime="not a date" timeZone="UTC" />)).toBe('');
    expect(renderToString(<Byline authors={[]} />)).toBe('');
    expect(renderToString(<ReadingTime minutes={NaN} />)).toContain('دقيقة واحدة للقراءة');
  });
});
