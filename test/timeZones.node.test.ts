// Issue 13: the same props give byte-identical HTML on servers in different time zones. Each
// render runs in its own Node process started with TZ set, as a real host would be, because the
// bug this pins came from `new Date(string)` reading strings without an offset in the host zone.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderInTimeZone, type ServerRender } from './helpers/serverInTimeZone';

// UTC, UTC+3 all year, UTC−5 with US daylight saving, and a half-hour zone (UTC+3:30).
const HOST_ZONES = ['UTC', 'Asia/Riyadh', 'America/New_York', 'Asia/Tehran'] as const;
const OFFSETS = { UTC: 0, 'Asia/Riyadh': -180, 'America/New_York': 300, 'Asia/Tehran': -210 };
// The node-react18 project runs this file too: the servers then render with React 18.3.
const react18 = process.env.MAQAL_EXPECT_REACT === '18';

let renders: Array<ServerRender & { stderr: string }>;
beforeAll(async () => {
  renders = await Promise.all(HOST_ZONES.map((zone) => renderInTimeZone(zone, { caller: `node-test`, react18 })));
}, 120_000);

/** One element of the dates page by its data-case, as the server wrote it. */
const element = (html: string, name: string) => new RegExp(`<span[^>]*data-case="${name}"[^>]*>[\\s\\S]*?</time>`).exec(html)?.[0] ?? '';
const attribute = (html: string, name: string) => /dateTime="([^"]+)"/.exec(element(html, name))?.[1];

describe('server renders under TZ=UTC, Asia/Riyadh, America/New_York and Asia/Tehran', () => {
  it('really ran each server in its own host zone, with the React version of the project', () => {
    expect(renders.map((render) => render.timeZone)).toEqual([...HOST_ZONES]);
    expect(renders.map((render) => render.offsetMinutes)).toEqual(HOST_ZONES.map((zone) => OFFSETS[zone]));
    for (const render of renders) expect(render.reactVersion).toMatch(react18 ? /^18\.3\./ : /^19\./);
  });

  it.each(['dates', 'article-ar', 'article-he', 'article-fa', 'article-ur', 'article-en'])('writes %s byte for byte the same in every zone', (page) => {
    const [first, ...others] = renders.map((render) => render.html[page]);
    expect(first).toMatch(/<time/);
    for (const other of others) expect(other).toBe(first);
  });

  it('reads strings without an offset by the one rule: wall-clock time in the timeZone in force, else UTC', () => {
    const html = renders[0]!.html.dates!;
    // WordPress `date` in the site zone (Asia/Riyadh, UTC+3).
    expect(attribute(html, 'wp-date')).toBe('2026-11-30T18:30:00.000Z');
    expect(attribute(html, 'wp-date-gmt')).toBe('2026-11-30T18:30:00.000Z');
    expect(attribute(html, 'mysql-datetime')).toBe('2026-11-30T18:30:00.000Z');
    // ar-EG: Western digits, as every Arabic locale writes by default (issue 16).
    expect(element(html, 'mysql-datetime')).toContain('>9:30 م<');
    // "+03:00" as a timeZone is Etc/GMT-3: the same as Riyadh in Node 20, which rejects "+03:00".
    expect(attribute(html, 'offset-zone')).toBe('2026-11-30T18:30:00.000Z');
    expect(element(html, 'offset-zone')).toContain('9:30 م');
    // No timeZone at all: UTC.
    expect(attribute(html, 'no-zone')).toBe('2026-11-30T21:30:00.000Z');
    // A date alone is midnight in the zone, so it prints as that day there.
    expect(attribute(html, 'date-only')).toBe('2026-11-30T05:00:00.000Z');
    expect(element(html, 'date-only')).toContain('November 30, 2026');
    // DST in New York: the gap moves forward, the overlap takes the earlier (summer) instant.
    expect(attribute(html, 'dst-gap')).toBe('2026-03-08T07:30:00.000Z');
    expect(attribute(html, 'dst-overlap')).toBe('2026-11-01T05:30:00.000Z');
    // Relative: the provider's zone, for `dateTime` and `now` alike.
    expect(attribute(html, 'relative-now')).toBe('2026-11-30T21:15:00.000Z');
    expect(element(html, 'relative-now')).toContain('قبل ساعتين');
    expect(attribute(html, 'relative-new-york')).toBe('2026-12-01T02:30:00.000Z');
    expect(element(html, 'relative-new-york')).toContain('3 hours ago');
    expect(attribute(html, 'relative-offset-zone')).toBe('2026-12-01T02:30:00.000Z');
  });

  it("writes ArticleJsonLd's dates in UTC from the site zone, or from UTC without one", () => {
    if (react18) return; // React 18 renders no JSON-LD (see ArticleJsonLd).
    const html = renders[0]!.html.dates!;
    const json = (id: string) => JSON.parse(new RegExp(`<script type="application/ld\\+json" id="${id}">([\\s\\S]*?)</script>`).exec(html)![1]!);
    expect(json('jsonld-site-zone')).toMatchObject({ datePublished: '2026-11-30T18:30:00.000Z', dateModified: '2026-11-30T21:15:00.000Z' });
    expect(json('jsonld-utc')).toMatchObject({ datePublished: '2026-11-30T21:30:00.000Z', dateModified: '2026-11-30T21:15:00.000Z' });
  });

  it('warns in development that strings had no offset, and that an offset was used as a time zone', () => {
    for (const { stderr } of renders) {
      expect(stderr).toMatch(/Timestamp dateTime: a date string without a UTC offset was read as wall-clock time in Asia\/Riyadh/);
      if (!react18) expect(stderr).toMatch(/articleJsonLd: datePublished: a date string without a UTC offset was read as wall-clock time in UTC/);
      expect(stderr).toMatch(/timeZone "\+03:00" is a UTC offset/);
    }
  });
});
