import fc from 'fast-check';
import type { ReactElement } from 'react';
import * as maqal from '../../src';

/*
 * The standing property-based suite's inputs: every exported component with arbitrary props of the
 * kinds a CMS, JSON or an untyped caller sends. Strings are built from Arabic, Hebrew, digits,
 * punctuation, every bidi control, combining marks, lone surrogates and a few fixed Latin samples, so
 * that a forbidden word ("NaN", "undefined", "Invalid Date"…) on screen can only come from maqal.
 */

/** Runs per component: 200 in CI, more for a local soak (MAQAL_FUZZ_RUNS=5000). */
export const RUNS = Number(process.env.MAQAL_FUZZ_RUNS ?? 200);
/** A fixed seed, so a failure in CI replays here; fast-check prints it (and the path) on failure. */
export const SEED = Number(process.env.MAQAL_FUZZ_SEED ?? 20261130);

/** What must never reach the page's text or attributes. */
export const FORBIDDEN = /NaN|undefined|null|Infinity|Invalid Date|\[object Object\]/;

const MEGABYTE = 'ن'.repeat(1 << 19) + '\u202E'.repeat(1 << 18) + 'x'.repeat(1 << 18);
const chars = fc.constantFrom(
  ...'ابتثجحخدذرسشصضطظعغفقكلمنهوي ءآأإةى',
  ...'אבגדהוזחטיכלמנסעפצקרשת',
  ...'0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹',
  ...' \n\t.,،؛؟!«»"\'()-–—…',
  '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069',
  '\u200E', '\u200F', '\u061C', '\u200B', '\u2060', '\uFEFF',
  '\u0651', '\u064E', '\u0301', '\u0300',
  '\uD800', '\uDC00', '\u0000', '\u0007', '\u0085', '\u000B',
  '<', '>', '&', '<script>', 'javascript:', 'VAT', 'BBC',
);

export const text = fc.oneof(
  { weight: 8, arbitrary: fc.array(chars, { maxLength: 40 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\u200F', '\u202E\u202E\u202E', MEGABYTE) },
);

export const number = fc.oneof(
  fc.double(),
  fc.integer({ min: -20, max: 2000 }),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 0.1, 0.5, 1, 5, 10, 11, 1e21, Number.MAX_SAFE_INTEGER),
);

export const date = fc.oneof(
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(
    '2026-11-30T21:30:00',
    '2026-11-30 21:30:00',
    '2026-11-30T18:30:00Z',
    '2026-11-30T21:30:00+03:00',
    '30 Nov 2026 21:30',
    '11/30/2026',
    'not a date',
    '',
    '9999-99-99',
    '+275760-09-13T00:00:00Z',
  ),
  number,
);

const junk = fc.oneof(fc.constant(null), fc.constant(undefined), fc.constant({}), fc.constant([]), fc.boolean(), number, text);
const maybe = <T,>(arbitrary: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary }, { weight: 1, arbitrary: junk });
const url = fc.constantFrom('https://example.org/a', '/local', 'javascript:alert(1)', 'data:text/html,x', ' java\tscript:x', '', '//cdn.example/x.png');
const locale = fc.constantFrom('ar', 'ar-EG', 'ar-SA', 'he', 'fa', 'ur', 'en', 'en-US', 'xx', '!!', '', 'ar-u-nu-arab');
const zone = fc.constantFrom('Asia/Riyadh', 'UTC', 'America/New_York', '+03:00', 'Mars/Olympus', '', 'utc');
const numbering = fc.constantFrom('latn', 'arab', 'arabext', 'x', 'arab ', 'latn-', '');
const calendar = fc.constantFrom('gregory', 'islamic-umalqura', 'foo', '', 'persian');

const author = fc.record({ name: maybe(text), href: maybe(url), role: maybe(text), avatarSrc: maybe(url) }, { requiredKeys: [] });
const authors = fc.oneof(
  fc.array(maybe(author), { maxLength: 4 }),
  fc.constant(Array.from({ length: 1000 }, (_, i) => ({ name: `كاتب ${i}` }))),
  fc.constant(Object.assign([], { 1: { name: 'سلمى' }, length: 3 })), // sparse: holes either side
  fc.constant([]),
);

const settings = { locale: maybe(locale), numberingSystem: maybe(numbering), calendar: maybe(calendar), timeZone: maybe(zone) };

/** Each exported component, its arbitrary props, and how to render them. */
export const components: { name: string; props: fc.Arbitrary<Record<string, unknown>>; render: (props: Record<string, unknown>) => ReactElement }[] = [
  {
    name: 'StarRating',
    props: fc.record(
      { value: maybe(number), defaultValue: maybe(number), average: maybe(number), count: maybe(number), max: maybe(number), precision: maybe(number), userValue: maybe(number), readOnly: maybe(fc.boolean()), disabled: maybe(fc.boolean()), locale: maybe(locale), label: maybe(text) },
      { requiredKeys: [] },
    ),
    render: (p) => <maqal.StarRating {...p} />,
  },
  {
    name: 'ArticleHeader',
    props: fc.record(
      {
        kicker: maybe(text),
        kickerHref: maybe(url),
        headline: maybe(text),
        standfirst: maybe(text),
        meta: maybe(fc.oneof(text, number)),
        media: maybe(fc.record({ src: maybe(url), alt: maybe(text), caption: maybe(text), credit: maybe(text), width: maybe(number), height: maybe(number) }, { requiredKeys: [] })),
        headingLevel: maybe(number),
        locale: maybe(locale),
      },
      { requiredKeys: [] },
    ),
    render: (p) => <maqal.ArticleHeader {...p} />,
  },
  { name: 'Kicker', props: fc.record({ children: maybe(text), href: maybe(url), tone: maybe(text), locale: maybe(locale) }, { requiredKeys: [] }), render: (p) => <maqal.Kicker {...p} /> },
  { name: 'Headline', props: fc.record({ children: maybe(fc.oneof(text, number, fc.array(text, { maxLength: 3 }))), level: maybe(number) }, { requiredKeys: [] }), render: (p) => <maqal.Headline {...p} /> },
  { name: 'Standfirst', props: fc.record({ children: maybe(fc.oneof(text, number)) }, { requiredKeys: [] }), render: (p) => <maqal.Standfirst {...p} /> },
  { name: 'ArticleMeta', props: fc.record({ children: maybe(fc.array(fc.oneof(text, number, fc.constant(null)), { maxLength: 5 })) }, { requiredKeys: [] }), render: (p) => <maqal.ArticleMeta {...p} /> },
  {
    name: 'Byline',
    props: fc.record({ authors: maybe(authors), source: maybe(text), prefix: maybe(text), locale: maybe(locale) }, { requiredKeys: [] }),
    render: (p) => <maqal.Byline {...p} />,
  },
  {
    name: 'Timestamp',
    props: fc.record(
      { dateTime: date, format: maybe(fc.constantFrom('date', 'datetime', 'relative', 'time', 'long')), now: maybe(date), published: maybe(fc.boolean()), updated: maybe(fc.boolean()), secondaryCalendar: maybe(calendar), ...settings },
      { requiredKeys: ['dateTime'] },
    ),
    render: (p) => <maqal.Timestamp {...(p as { dateTime: string })} />,
  },
  {
    name: 'ReadingTime',
    props: fc.record({ minutes: maybe(number), text: maybe(fc.oneof(text, fc.array(text, { maxLength: 5 }))), wordsPerMinute: maybe(number), locale: maybe(locale), numberingSystem: maybe(numbering) }, { requiredKeys: [] }),
    render: (p) => <maqal.ReadingTime {...p} />,
  },
  {
    name: 'ArticleBody + ArticleText',
    props: fc.record({ text: maybe(text), preserveLineBreaks: maybe(fc.boolean()), dropCap: maybe(fc.boolean()), justify: maybe(fc.boolean()), size: maybe(text), lang: maybe(locale), numberingSystem: maybe(numbering) }, { requiredKeys: [] }),
    render: ({ text: body, preserveLineBreaks, ...p }) => (
      <maqal.ArticleBody {...p}>
        <maqal.ArticleText {...({ text: body, preserveLineBreaks } as { text: string })} />
      </maqal.ArticleBody>
    ),
  },
  { name: 'PullQuote', props: fc.record({ children: maybe(fc.oneof(text, number)), cite: maybe(fc.oneof(text, number)) }, { requiredKeys: [] }), render: (p) => <maqal.PullQuote {...p} /> },
  {
    name: 'ScrollToTop',
    props: fc.record({ threshold: maybe(number), label: maybe(text), locale: maybe(locale), behavior: maybe(fc.constantFrom('smooth', 'auto', 'x')), showProgress: maybe(fc.boolean()) }, { requiredKeys: [] }),
    render: (p) => <maqal.ScrollToTop {...p} />,
  },
  {
    name: 'ArticleJsonLd',
    props: fc.record(
      {
        headline: maybe(text),
        description: maybe(text),
        authors: maybe(authors),
        datePublished: date,
        dateModified: maybe(date),
        timeZone: maybe(zone),
        image: maybe(url),
        url: maybe(url),
        rating: maybe(fc.record({ value: maybe(number), votes: maybe(number), best: maybe(number), worst: maybe(number) }, { requiredKeys: [] })),
        inLanguage: maybe(locale),
      },
      { requiredKeys: ['datePublished'] },
    ),
    render: (p) => <maqal.ArticleJsonLd {...(p as unknown as maqal.ArticleJsonLdProps)} />,
  },
  {
    name: 'MaqalProvider around every part',
    props: fc.record({ ...settings, dir: maybe(fc.constantFrom('rtl', 'ltr', 'up')) }, { requiredKeys: [] }),
    render: (p) => (
      <maqal.MaqalProvider {...p}>
        <maqal.StarRating average={3.7} count={12} />
        <maqal.Timestamp dateTime="2026-11-30T18:30:00Z" format="relative" now="2026-11-30T20:00:00Z" />
        <maqal.Timestamp dateTime="2026-11-30T18:30:00Z" />
        <maqal.ReadingTime minutes={4} />
        <maqal.Byline authors={[{ name: 'نور الهدى بن علي' }]} />
        <maqal.ScrollToTop />
      </maqal.MaqalProvider>
    ),
  },
];
