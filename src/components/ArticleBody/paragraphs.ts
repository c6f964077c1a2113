import { isInvisible } from '../../core/content.js';
import { recentResults } from '../../core/recent.js';
import { cleanProse } from '../../core/sanitize.js';

/*
 * Plain text → paragraphs and lines. Pure string work, no markup: the caller renders the result
 * as React text nodes, so "<script>" or "&amp;" in the text can only ever appear as characters.
 * Linear in the length of the text, whatever it holds (a 10 MB line, a megabyte of bidi controls):
 * no Unicode-mode regexp here quantifies a run of the text (V8 keeps a backtrack entry per
 * character of such a run, and threw past a few million), and nothing rescans what it has passed.
 */

// Horizontal whitespace that collapses to one space. No-break spaces (U+00A0, U+202F) are left
// alone: an author put them there to keep a number with its unit or a name together. Only what
// changes is matched (a run of two or more, or one space other than U+0020): matching every single
// space to put it back made 10,000 paragraphs render 40 ms slower (bench/ssr). Not Unicode mode:
// every character here is one code unit, so V8 runs the {2,} loop without a backtrack stack.
const SPACES = /[\t\v\f \u1680\u2000-\u200A\u205F\u3000]{2,}|[\t\v\f\u1680\u2000-\u200A\u205F\u3000]/g;

/**
 * The paragraphs of a text, each a list of lines with something visible in them. A line with
 * nothing visible (spaces, RLM, zero-width characters, bidi controls) looks empty in the CMS, so it
 * ends a paragraph like a blank line; dropped, it would leave an empty-looking <p>.
 */
export function splitParagraphs(value: unknown, where: string): readonly (readonly string[])[] {
  // A string is split the same way wherever it comes from, with no warning to give: remembered.
  return typeof value === 'string' ? recentSplits('', value, split) : split(cleanProse(value, where));
}

// 64 texts of up to 200,000 characters (a long article whole): ~13 MB at most.
const recentSplits = /* @__PURE__ */ recentResults<readonly (readonly string[])[]>(64, 200_000);

function split(value: string): string[][] {
  const text = cleanProse(value, '')
    .replace(/\r\n?/g, '\n')
    // Unicode's own separators: U+2029 ends a paragraph, U+2028 a line.
    .replace(/\u2029/g, '\n\n')
    .replace(/\u2028/g, '\n')
    // A byte-order mark inside text is a zero-width no-break space: noise from pasted files.
    .replace(/\uFEFF/g, '');
  const paragraphs: string[][] = [];
  let lines: string[] = [];
  for (const line of text.split('\n')) {
    if (isInvisible(line)) {
      if (lines.length > 0) paragraphs.push(lines);
      lines = [];
    } else lines.push(line.replace(SPACES, ' ').trim());
  }
  if (lines.length > 0) paragraphs.push(lines);
  return paragraphs;
}

const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const PDF = 0x202c;
const PDI = 0x2069;

/**
 * Closes, at the end of a line, every embedding, override and isolate the line opened (a PDF for
 * each LRE, RLE, LRO or RLO, a PDI for each LRI, RLI or FSI, innermost first), so that no control
 * reaches past the line, whatever a browser takes a line or a paragraph to be. Closers that close
 * nothing are dropped: UAX #9 ignores them (X6a, X7), and the line reads the same without them.
 * The pairing follows UAX #9: a PDI also ends the embeddings opened inside its isolate, and a PDF
 * cannot reach out of an isolate.
 *
 * Linear in time and memory, for megabytes of controls too: the closers owed are a stack with the
 * innermost last (putting it first made 130,000 openers quadratic), in a typed array; the line
 * is copied only around dropped closers (a replace callback per control took 700 MB for 10
 * million); and the closers are written out in slices (spread into one call, 125,000 overflowed
 * the call stack). Closers are char codes, never string literals, which bundlers write out as raw
 * bidi controls ("Trojan Source" alarms in dist/).
 */
export function balanceBidi(line: string): string {
  const first = line.search(BIDI_CONTROL);
  if (first < 0) return line;
  // The closers owed, innermost last; there cannot be more than the characters left.
  const owed = new Uint16Array(line.length - first);
  let depth = 0;
  // How many PDIs are owed: a PDI with none owed closes nothing.
  let isolates = 0;
  // The line without its dropped closers, and where the text not yet copied into it starts.
  const kept: string[] = [];
  let from = 0;
  for (let i = first; i < line.length; i += 1) {
    const code = line.charCodeAt(i);
    if (code < 0x202a || (code > 0x202e && code < 0x2066) || code > 0x2069) continue;
    if (code === PDF && owed[depth - 1] === PDF) depth -= 1;
    else if (code === PDI && isolates > 0) {
      // Ends the innermost isolate and every embedding opened inside it.
      while (owed[--depth] !== PDI);
      isolates -= 1;
    } else if (code !== PDF && code !== PDI) {
      owed[depth++] = code < 0x2066 ? PDF : PDI;
      if (code >= 0x2066) isolates += 1;
    } else {
      // Closes nothing, or a PDF with an isolate still open inside its embedding: dropped.
      if (i > from) kept.push(line.slice(from, i));
      from = i + 1;
    }
  }
  kept.push(line.slice(from));
  const closers = owed.subarray(0, depth).reverse();
  for (let start = 0; start < depth; start += 8192) kept.push(String.fromCharCode(...closers.subarray(start, start + 8192)));
  return kept.join('');
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
  // Two searches rather than one match of the whole line: `^([\s\p{Cf}]*\S+)([\s\S]*)$` threw
  // on a line of 8 MB (V8's regexp backtrack stack).
  const start = line.search(/[^\s\p{Cf}]/u);
  if (start < 0) return ['', line];
  const space = /\s/g;
  space.lastIndex = start;
  const end = space.exec(line)?.index ?? line.length;
  return [line.slice(0, end), line.slice(end)];
}
