/*
 * Bidi controls in HTML text, closed per block. The text of one block (a paragraph, a list item, a
 * caption) comes in pieces, split by inline elements (em, a, q), which are transparent to bidi:
 * an isolate opened before an <em> may close after it. So the pairing runs over the block's text
 * nodes in order, and whatever is still open when the block ends is closed there, innermost first.
 * The pairing is ArticleText's (UAX #9: a PDI also ends the embeddings opened inside its isolate,
 * a PDF cannot reach out of an isolate, closers that close nothing are dropped), kept as a stack
 * that lives across text nodes. Linear: one pass over each character, the stack a plain array.
 * Closers are char codes, never literals, so no raw bidi control is written into dist/.
 */

const PDF = 0x202c;
const PDI = 0x2069;
const CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/** The open embeddings, overrides and isolates of one block. */
export class BlockBidi {
  /** Closers owed, innermost last. */
  private owed: number[] = [];
  private isolates = 0;

  /** The text with closers that close nothing dropped; what it opens is remembered. */
  text(value: string): string {
    const first = value.search(CONTROL);
    if (first < 0) return value;
    const kept: string[] = [];
    let from = 0;
    const owed = this.owed;
    for (let i = first; i < value.length; i += 1) {
      const code = value.charCodeAt(i);
      if (code < 0x202a || (code > 0x202e && code < 0x2066) || code > 0x2069) continue;
      if (code === PDF && owed[owed.length - 1] === PDF) owed.pop();
      else if (code === PDI && this.isolates > 0) {
        // Ends the innermost isolate and every embedding opened inside it.
        while (owed.pop() !== PDI);
        this.isolates -= 1;
      } else if (code !== PDF && code !== PDI) {
        owed.push(code < 0x2066 ? PDF : PDI);
        if (code >= 0x2066) this.isolates += 1;
      } else {
        // Closes nothing, or a PDF with an isolate still open inside its embedding: dropped.
        if (i > from) kept.push(value.slice(from, i));
        from = i + 1;
      }
    }
    kept.push(value.slice(from));
    return kept.join('');
  }

  /** The closers still owed, innermost first ('' when nothing is open); the block is then balanced. */
  close(): string {
    if (this.owed.length === 0) return '';
    const closers: string[] = [];
    for (let i = this.owed.length - 1; i >= 0; i -= 1) closers.push(String.fromCharCode(this.owed[i]!));
    this.owed = [];
    this.isolates = 0;
    return closers.join('');
  }
}
