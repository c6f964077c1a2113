import { getSegmenter } from '../../core/intl.js';
import { parseLocale } from '../../core/locale.js';
import { recentResults } from '../../core/recent.js';

/**
 * Words a minute by language, for silent reading of news prose.
 * - Arabic 140: the IReST study measured Arabic at 138 ± 26 words a minute (Trauzettel-Klosinski,
 *   Dietz et al., "Standardized Assessment of Reading Performance: The New International Reading
 *   Speed Texts IReST", IOVS 2012;53(9):5452–5461, doi:10.1167/iovs.11-8284).
 * - Hebrew 185: the same study, 187 ± 29.
 * - Persian and Urdu 140: no standardised figure we know of; both are written in Arabic script with
 *   words of similar length, so the Arabic rate.
 * - English 238: Brysbaert's meta-analysis of 190 studies, silent reading of non-fiction
 *   ("How many words do we read per minute?", J. Mem. Lang. 2019, doi:10.1016/j.jml.2019.104047).
 * - Any other language 184: the IReST mean across its 17 languages.
 */
export const WORDS_PER_MINUTE: Readonly<Record<string, number>> = { ar: 140, he: 185, fa: 140, ur: 140, en: 238 };
export const DEFAULT_WORDS_PER_MINUTE = 184;

export function wordsPerMinuteFor(locale: string): number {
  return WORDS_PER_MINUTE[parseLocale(locale)?.language ?? ''] ?? DEFAULT_WORDS_PER_MINUTE;
}

// Counts of recent paragraphs, by locale then text. A server renders a popular article again on
// every request, and segmenting its words was the largest single part of the article page's server
// render (issue 17: 0.19 of 0.72 ms). 256 paragraphs of at most 10,000 characters: ~5 MB at most.
const counted = /* @__PURE__ */ recentResults<number>(256, 10_000);

/** countWords, remembered for recent paragraphs (the same result; see core/recent.ts). */
export function countWordsCached(text: string, locale: string): number {
  return counted(locale, text, (paragraph) => countWords(paragraph, locale));
}

// The longest string given to Intl.Segmenter at once. Its cost per segment grows with the length
// of the string on Node 20 (V8 11.3): whole, 64 K characters of the sample article took 2.3 s and
// 256 K a minute; in pieces of this size 1 M takes 0.2 s (pieces of 250: 0.2 s, of 2,000: 0.34 s).
const CHUNK = 500;

/**
 * Counts words with Intl.Segmenter word boundaries (UAX #29 plus the engine's dictionaries), not
 * by splitting on spaces: punctuation such as "،" and "؟", digits' separators and stray spaces
 * are not words; an Arabic word with its attached clitics (وبالمدينة) is one word. Long text is
 * segmented in pieces of at most CHUNK characters, cut where UAX #29 always has a word boundary:
 * the count is that of the whole string, unless CHUNK characters go by with no space or line
 * break (see chunkEnd).
 */
export function countWords(text: string, locale: string): number {
  const segmenter = getSegmenter(locale, { granularity: 'word' });
  let count = 0;
  for (let start = 0; start < text.length; ) {
    const end = chunkEnd(text, start);
    for (const segment of segmenter.segment(text.slice(start, end))) {
      if (segment.isWordLike) count += 1;
    }
    start = end;
  }
  return count;
}

/**
 * Where the piece of text that starts at `start` ends: before its last line break (the end of a
 * paragraph), else before its last space. UAX #29 breaks before either (WB3b; no rule joins a
 * character to a space after it) except inside CR LF and runs of spaces (WB3, WB3d), which are no
 * words: no word is cut. A space is as safe as a sentence end, which in every spaced script is
 * followed by one, so sentences are not looked for separately. A piece with neither (a run of
 * Chinese, a URL, junk) is cut at CHUNK, between code points; a word across that cut counts twice.
 */
function chunkEnd(text: string, start: number): number {
  const limit = start + CHUNK;
  if (limit >= text.length) return text.length;
  // Searched in the piece only: text.lastIndexOf would scan back to the start of a long line.
  const piece = text.slice(start, limit + 1);
  for (const boundary of ['\n', ' ']) {
    const at = piece.lastIndexOf(boundary);
    if (at > 0) return start + at;
  }
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}
