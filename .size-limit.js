// Size budgets, checked by `npm test` (min + gzip, React excluded). Each component adds its own.
// Measured as an app's production build sees the package: NODE_ENV=production, so code behind
// development-only checks drops out.
// Non-ASCII text stays UTF-8, as Vite, Rollup and webpack emit it (esbuild would escape it as \uXXXX).
const production = (config) => ({ ...config, charset: 'utf8', define: { ...config.define, 'process.env.NODE_ENV': '"production"' } });
const js = (name, imported, limit) => ({
  name,
  path: 'dist/index.js',
  import: imported,
  ignore: ['react', 'react-dom'],
  gzip: true,
  limit,
  modifyEsbuildConfig: production,
});
const css = (name, path, limit) => ({ name, path, gzip: true, limit });
// An entry point other than the main one; its dependencies (parse5 and entities) are counted in.
const entry = (name, path, imported, limit) => ({ ...js(name, imported, limit), path });

export default [
  // The foundation started at 10 kB; with every component in, the sum of their own budgets rules.
  // Measured 13.68 kB, then 17.46 kB after issues 12–14 (session of 2026-11-30): CMS date parsing
  // and time-zone arithmetic (~1.2 kB), the settings reaching static parts and Server Components
  // (~0.6 kB), StarRating's vote machine and states (~0.5 kB), text guards (~0.8 kB), Article.
  // Then 19.14 kB after issues 15–19 (session of 2026-11-30, evening): the language pass (Western
  // digits for every Arabic locale, relative-time corrections, dates built from parts, credits in
  // five languages, lists that keep "و" off a Latin name: ~1.6 kB) and ReadingTime's cache.
  // Then 19.53 kB (issue 17, session of 2026-12-01: the server-render work cut from 0.23 to 0.115 ms per article page: each locale tag read once, formatter outputs and recent string results remembered, bounded).
  js('maqal — whole library, JS', '*', '19.9 kB'),
  // Measured 4.96 kB before issue 14's layout and 5.48 kB after it (the Article column, the rhythm
  // between parts, the meta row's baseline-aligned dots and the byline's name units, the opt-in
  // dark theme): the budget is that with ~2% headroom.
  // Then 6.00 kB (issues 15–18): ArticleHtml's figure layout (0.5 kB), the review's visual fixes
  // (strong border, media dimming, urgent badge, one separator rule) and the script UI sizes.
  css('maqal/styles.css — whole library, CSS', 'dist/styles.css', '6.1 kB'),
  // StarRating: the issue asked for 2.5 kB. Measured 4.67 kB, of which the rating strings of the
  // five built-in languages are ~1.3 kB (Arabic alone ~0.4 kB), shared core ~1 kB and the widget
  // ~2.4 kB. Arabic alone would still be 3.8 kB: the target cannot hold with the features the
  // issue requires, so the budget is the measured size with ~2% headroom. bench/size compares it
  // with MUI (34 kB), Mantine (15 kB), antd (73 kB) and two smaller, simpler widgets.
  // Issue 12 then added the one-vote-per-press machine, the APG keyboard module, voteStatus,
  // invalid, pending/error/invalid looks and three strings in five languages: measured 6.0 kB.
  // Its CSS draws the default stars itself (two data-URL masks) and the states: 1.38 kB.
  // Then 6.30 kB: the locale facts and remembered number formats of issue 17 (~0.2 kB).
  js('StarRating, JS', '{ StarRating }', '6.4 kB'),
  css('StarRating, CSS', 'src/components/StarRating/StarRating.css', '1.45 kB'),
  // Measured 1.59 kB: digits from `lang` (~150 B) and closing bidi controls line by line (~120 B).
  // Then 2.45 kB (issues 13–14): linear-time bidi balancing, NaN/object children, provider settings.
  // Then 2.55 kB (issue 16): the Western-digit default for every Arabic locale.
  // Then 2.89 kB: paragraphs of recent texts remembered (issue 17, core/recent.ts) and the locale facts.
  js('ArticleBody + ArticleText, JS', '{ ArticleBody, ArticleText }', '2.95 kB'),
  css('ArticleBody, CSS', 'src/components/ArticleBody/ArticleBody.css', '1.5 kB'),
  js('PullQuote, JS', '{ PullQuote }', '1 kB'),
  css('PullQuote, CSS', 'src/components/PullQuote/PullQuote.css', '0.5 kB'),
  // Then 2.8 kB: name units that never break inside (issue 14) and the provider's settings.
  // Then 3.64 kB (issue 16): lists built from parts ("و" kept off a Latin name, no comma before
  // the Persian and Urdu conjunction) and credit labels ("تصوير: …") in five languages.
  // Then 3.84 kB: recent name lists remembered and the locale facts (issue 17).
  js('Byline, JS', '{ Byline }', '3.9 kB'),
  css('Byline, CSS', 'src/components/Byline/Byline.css', '0.8 kB'),
  // Measured 2.66 kB: the relative Timestamp reads the provider and renders whole on the client.
  // Then 4.65 kB (issue 13): ISO 8601 / RFC 3339 parsing of CMS dates in the time zone in force,
  // DST-safe, identical on every server and browser, and time-zone validation (~1.3 kB).
  // Then 5.55 kB (issue 16): relative-time corrections, the Persian full date from parts, Urdu's
  // 24-hour clock, the Hijri date beside the Gregorian one, `era` and `bothMonthNames`.
  // Then 5.90 kB: remembered date strings, formatter outputs and resolved options (issue 17).
  js('Timestamp (absolute and relative), JS', '{ Timestamp }', '6 kB'),
  css('Timestamp, CSS', 'src/components/Timestamp/Timestamp.css', '0.25 kB'),
  // Then 2.3 kB: chunked segmentation (issue 13) and the provider's settings (issue 14).
  // Then 2.54 kB (issues 16–17): the digit default and a bounded cache of paragraph word counts.
  // Then 2.73 kB: core/recent.ts shared with the other caches, and the locale facts (issue 17).
  js('ReadingTime, JS', '{ ReadingTime }', '2.8 kB'),
  css('ReadingTime, CSS', 'src/components/ReadingTime/ReadingTime.css', '0.25 kB'),
  // ArticleHeader: measured 2.32 kB (its share of core: sanitize, locale, header strings, warnings).
  // Then 3.1 kB: bidi controls in any string child, NaN/object children (13), settings (14).
  // Then 3.18 kB: the locale facts (issue 17).
  js('ArticleHeader (with Kicker, Headline, Standfirst, ArticleMeta), JS', '{ ArticleHeader }', '3.25 kB'),
  // Then 3.63 kB: the CMS date parser and time-zone reading of issue 13 (it had no date code).
  // Then 3.74 kB (issue 16): the digit default in the shared formatters.
  // Then 4.25 kB: resolved URLs and date strings remembered, one-pass escaping (issue 17: its
  // server render 8.6 to 7.5 µs).
  js('ArticleJsonLd, JS', '{ ArticleJsonLd }', '4.35 kB'),
  // Then 2.46 kB (issues 15–16): the rating sized to the meta row's text, one separator rule, the
  // urgent badge in both themes, Arabic-script UI sizes and no synthetic italic wherever em can go.
  css('ArticleHeader, CSS', ['src/components/Kicker/Kicker.css', 'src/components/Headline/Headline.css', 'src/components/Standfirst/Standfirst.css', 'src/components/ArticleMeta/ArticleMeta.css', 'src/components/ArticleHeader/ArticleHeader.css'], '2.5 kB'),
  // ScrollToTop: the issue asked for 1.2 kB. Measured 2.04 kB: the component ~1.5 kB (observer
  // sentinel, scroll-container target, progress ring with its fallback listener, focus hand-off)
  // and its share of core ~0.55 kB (70 B of it new: the provider's digits attribute, overrides
  // inherited per language, the locale cache). See bench/size.
  // Then 2.28 kB: the label cleaned like any text, no IntersectionObserver tolerated (issue 13).
  // Then 2.47 kB: the locale facts (a tag's language, catalogue and direction read once, issue 17).
  js('ScrollToTop, JS', '{ ScrollToTop }', '2.55 kB'),
  css('ScrollToTop, CSS', 'src/components/ScrollToTop/ScrollToTop.css', '0.8 kB'),
  // maqal/html (issue 18): the HTML body, parse5 included (a dependency, but the app ships it).
  // Measured 47.99 kB: parse5 alone is 43.3 kB (of it, 13 kB is the HTML standard's table of
  // 2,231 named character references, which a spec-compliant parser cannot drop); maqal's walker,
  // allowlist, srcset and bidi code ~4.7 kB. htmlparser2 10.1 (parseDocument, with domhandler and
  // entities) measured 59 kB in the same setup, and does not build the tree the standard builds
  // (no adoption agency, foster parenting or implied ends), which is what keeps malformed HTML
  // identical on server and client. Apps that never import maqal/html pay nothing (test:
  // treeShaking). decodeEntities alone is parse5's tokenizer and that table: 44.5 kB, nothing
  // more for an app that renders the body too. fromWordPress imports decodeEntities and
  // htmlToText: 48 kB, shared with ArticleHtml. Budgets: measured + ~2%.
  entry('maqal/html — ArticleHtml with parse5, JS', 'dist/html.js', '{ ArticleHtml }', '49 kB'),
  entry('maqal/html — decodeEntities alone, JS', 'dist/html.js', '{ decodeEntities }', '45.5 kB'),
  entry('maqal/wordpress — fromWordPress, JS', 'dist/wordpress.js', '{ fromWordPress }', '49 kB'),
  // WordPress's alignments and sizes as maqal figure layouts, floats, the embed card, tables, pre:
  // measured 0.52 kB. It is in dist/styles.css (the whole-library CSS grows by as much).
  css('ArticleHtml, CSS', 'src/html/ArticleHtml.css', '0.55 kB'),
];
