import { cleanProse } from '../../core/sanitize.js';

/*
 * Plain text → paragraphs and lines. Pure string work, no markup: the caller renders the result
 * as React text nodes, so "<script>" or "&amp;" in the text can only ever appear as characters.
 */

// Horizontal whitespace that collapses to one space. No-break spaces (U+00A0, U+202F) are left
// alone: an author put them there to keep a number with its unit or a name together. Only what
// changes is matched (a run of two or more, or one space other than U+0020): matching every single
// space to put it back made 10,000 paragraphs render 40 ms slower (bench/ssr).
const SPACES = /[\t\v\f \u1680\u2000-\u200A\u205F\u3000]{2,}|[\t\v\f\u1680\u2000-\u200A\u205F\u3000]/g;
// Nothing visible: whitespace (no-break spaces included) and format characters (\p{Cf}: RLM, LRM,
// ALM, zero-width space, word joiner, soft hyphen, BOM, bidi controls). A line of only these looks
// empty in the CMS, so it counts as blank; dropped, it would leave an empty-looking <p>.
const INVISIBLE_LINE = /^[\s\p{Cf}]*$/u;
// A blank line: a line break, nothing visible, and another line break.
const BLANK_LINE = /\n[\s\p{Cf}]*\n/u;

/** The paragraphs of a text, each a list of lines with something visible in them. */
export function splitParagraphs(value: unknown, where: string): string[][] {
  const text = cleanProse(value, where)
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
      .filter((line) => !INVISIBLE_LINE.test(line));
    if (lines.length > 0) paragraphs.push(lines);
  }
  return paragraphs;
}

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Closes, at the end of a line, every embedding, override and isolate the line opened (a PDF for
 * each LRE, RLE, LRO or RLO, a PDI for each LRI, RLI or FSI, innermost first), so that no control
 * reaches past the line, whatever a browser takes a line or a paragraph to be. Closers that close
 * nothing are dropped: UAX #9 ignores them (X6a, X7), and the line reads the same without them.
 * The pairing follows UAX #9: a PDI also ends the embeddings opened inside its isolate, and a PDF
 * cannot reach out of an isolate.
 */
export function balanceBidi(line: string): string {
  // The closers owed, innermost first: 0x202C (PDF) or 0x2069 (PDI). Char codes, never string
  // literals, which bundlers write out as raw bidi controls ("Trojan Source" alarms in dist/).
  const owed: number[] = [];
  const out = line.replace(BIDI_CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    if (code === 0x202c || code === 0x2069) {
      const at = owed.indexOf(code);
      // Nothing to close, or a PDF with an isolate still open inside its embedding.
      if (at < 0 || (code === 0x202c && at > 0)) return '';
      owed.splice(0, at + 1);
    } else owed.unshift(code < 0x2066 ? 0x202c : 0x2069);
    return c;
  });
  return out + String.fromCharCode(...owed);
}

/**
 * Splits the first word off a line, for the drop-cap opening: [word, rest]. The word is the first
 * run of characters with something visible in it, with any invisible ones before it, so the drop
 * cap never enlarges a lone RLM or bidi control. Controls the word opens are not closed at its end:
 * the lead span is an ordinary inline, transparent to bidi, and an isolate that runs on past the
 * word ("\u2066+1 555 0100\u2069") must stay one isolate, or "+1" would be reordered after the
 * rest of the number. balanceBidi has already closed everything by the end of the line.
 */
export function firstWord(line: string): [string, string] {
  const match = /^([\s\p{Cf}]*\S+)([\s\S]*)$/u.exec(line);
  return match ? [match[1]!, match[2]!] : ['', line];
}
