import { cleanText } from '../../core/sanitize.js';

/*
 * Plain text → paragraphs and lines. Pure string work, no markup: the caller renders the result
 * as React text nodes, so "<script>" or "&amp;" in the text can only ever appear as characters.
 */

// Horizontal whitespace that collapses to one space. No-break spaces (U+00A0, U+202F) are left
// alone: an author put them there to keep a number with its unit or a name together. Only what
// changes is matched (a run of two or more, or one space other than U+0020): matching every single
// space to put it back made 10,000 paragraphs render 40 ms slower (bench/ssr).
const SPACES = /[\t\v\f \u1680\u2000-\u200A\u205F\u3000]{2,}|[\t\v\f\u1680\u2000-\u200A\u205F\u3000]/g;
// A blank line: a line break, any whitespace (no-break spaces included) and another line break.
const BLANK_LINE = /\n\s*\n/;

/** The paragraphs of a text, each a list of non-empty lines. */
export function splitParagraphs(value: unknown, where: string): string[][] {
  const text = cleanText(value, where)
    .replace(/\r\n?/g, '\n')
    // Unicode's own separators: U+2029 ends a paragraph, U+2028 a line.
    .replace(/\u2029/g, '\n\n')
    .replace(/\u2028/g, '\n')
    // A byte-order mark inside text is a zero-width no-break space: noise from pasted files.
    .replace(/\uFEFF/g, '');
  const paragraphs: string[][] = [];
  for (const block of text.split(BLANK_LINE)) {
    const lines = block
      .split('\n')
      .map((line) => line.replace(SPACES, ' ').trim())
      .filter((line) => line !== '');
    if (lines.length > 0) paragraphs.push(lines);
  }
  return paragraphs;
}

/** Splits the first word off a line, for the drop-cap opening: [word, rest]. */
export function firstWord(line: string): [string, string] {
  const match = /^(\S+)([\s\S]*)$/.exec(line);
  return match ? [match[1]!, match[2]!] : ['', line];
}
