import { Fragment, type ReactNode } from 'react';
import { balanceBidi, firstWord, splitParagraphs } from './paragraphs.js';

export interface ArticleTextProps {
  /**
   * The article as plain text. Blank lines separate paragraphs; each paragraph is trimmed and runs
   * of spaces collapse to one. Always rendered as text: tags, `<script>` and entities show literally.
   */
  text: string;
  /**
   * Keep single line breaks inside a paragraph as `<br>` (poetry, addresses). Otherwise they
   * become spaces.
   * @default false
   */
  preserveLineBreaks?: boolean;
}

/**
 * Turns plain text (from a CMS field or an API) into paragraphs, each with `dir="auto"` so an
 * English paragraph in an Arabic article lays out left to right. Bidi controls in the text (an
 * isolated phone number, say) are kept, and each line closes whatever it opened, so none can
 * reach the next line or paragraph. Lines with nothing visible (only spaces, RLM, zero-width
 * characters) are dropped. Renders no element of its own (so it takes no ref and no other props):
 * put it inside `ArticleBody`, next to headings, quotes and figures. The first word of the first
 * paragraph is wrapped in `.maqal-ArticleBody-lead`, which `ArticleBody dropCap` enlarges.
 * Empty or whitespace-only text renders nothing. Static: safe in React Server Components.
 */
export function ArticleText({ text, preserveLineBreaks = false }: ArticleTextProps) {
  const paragraphs = splitParagraphs(text, 'ArticleText: text');
  if (paragraphs.length === 0) return null;
  return (
    <>
      {paragraphs.map((split, index) => {
        // Without preserveLineBreaks a single line break is just a space: one text node per paragraph.
        // Bidi controls are closed per rendered line, so before the lead word is split off.
        const lines = preserveLineBreaks ? split.map(balanceBidi) : [balanceBidi(split.join(' '))];
        const content: ReactNode[] = [];
        lines.forEach((line, lineIndex) => {
          if (lineIndex > 0) content.push(<br key={`br${lineIndex}`} />);
          if (index === 0 && lineIndex === 0) {
            // Arabic letters join, so the opening is a whole word, never a first letter.
            const [word, rest] = firstWord(line);
            content.push(
              <Fragment key="lead">
                <span className="maqal-ArticleBody-lead">{word}</span>
                {rest}
              </Fragment>,
            );
          } else {
            content.push(line);
          }
        });
        return (
          <p key={index} dir="auto">
            {content}
          </p>
        );
      })}
    </>
  );
}
