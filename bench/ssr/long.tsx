// The long and hostile texts the server-render benchmark feeds maqal (issue 13): what a CMS or an
// attacker can put in one text field. Kept apart from cases.tsx so that the process measuring
// peak memory loads React and maqal only, not the alternatives.
import { ArticleBody, ArticleText, ReadingTime } from '../../dist/index.js';
import { sampleParagraphs } from '../../stories/fixtures/sampleArticle';

/** `unit` repeated to exactly `length` characters. */
const fill = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** The project's Arabic sample article, paragraphs separated by blank lines, to `length` characters. */
const article = (length: number) => fill(sampleParagraphs.join('\n\n') + '\n\n', length);

/** Each input, as a function of its length in UTF-16 code units. */
export const inputs: Record<string, { what: string; text: (length: number) => string }> = {
  article: { what: 'the sample article, paragraphs between blank lines', text: article },
  'one line': { what: 'the same article with no line break (paragraphs joined by a space)', text: (n) => fill(sampleParagraphs.join(' ') + ' ', n) },
  'one word': { what: 'one Arabic word repeated with no space and no line break', text: (n) => fill('كلمة', n) },
  'bidi openers': { what: 'a word, then RLE and RLI alternating, none closed', text: (n) => `نص ${fill('\u202B\u2067', n - 3)}` },
  'bidi mismatched': { what: 'a word, then half LRI, then half PDF (which cannot close an isolate)', text: (n) => `نص ${fill('\u2066', (n - 3) >> 1)}${fill('\u202C', (n - 3) >> 1)}` },
  'zero-width run': { what: 'a word, a line of zero-width spaces, a word', text: (n) => `أول\n${fill('\u200B', n - 8)}\nثان` },
  'tiny paragraphs': { what: 'one letter per paragraph (`ب` and a blank line)', text: (n) => fill('ب\n\n', n) },
};

/** What renders the text. */
export const renderers: Record<string, (text: string) => React.ReactElement> = {
  ArticleText: (text) => (
    <ArticleBody>
      <ArticleText text={text} />
    </ArticleBody>
  ),
  ReadingTime: (text) => <ReadingTime text={text} />,
};
