// The cases the server-render benchmark times. Each turns the same plain article text (paragraphs
// separated by blank lines) into paragraph elements. Bundled by run.mjs with esbuild; maqal comes
// from the built package (dist/), so it is measured as apps run it.
import { Box, Typography } from '@mui/material';
import Markdown from 'react-markdown';
import { ArticleBody, ArticleText } from '../../dist/index.js';
import { sampleParagraphs } from '../../stories/fixtures/sampleArticle';

/** `count` paragraphs of the project's own Arabic sample article, numbered so none repeats exactly. */
export function articleText(count: number): string {
  return Array.from({ length: count }, (_, i) => `${sampleParagraphs[i % sampleParagraphs.length]} (${i + 1})`).join('\n\n');
}

export const cases: Record<string, { what: string; render: (text: string) => React.ReactElement }> = {
  maqal: {
    what: '`<ArticleBody><ArticleText text /></ArticleBody>`',
    render: (text) => (
      <ArticleBody>
        <ArticleText text={text} />
      </ArticleBody>
    ),
  },
  'hand-written': {
    what: '`text.split(/\\n\\s*\\n/)` mapped to `<p>` (no trimming, no `dir="auto"`, empty paragraphs kept)',
    render: (text) => (
      <div>
        {text.split(/\n\s*\n/).map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
    ),
  },
  'react-markdown': {
    what: '`<Markdown>{text}</Markdown>` (parses Markdown as well)',
    render: (text) => <Markdown>{text}</Markdown>,
  },
  '@mui/material': {
    what: '`<Box>` with a `<Typography paragraph>` per paragraph (Emotion, no cache extraction)',
    render: (text) => (
      <Box>
        {text.split(/\n\s*\n/).map((paragraph, index) => (
          <Typography key={index} paragraph>
            {paragraph}
          </Typography>
        ))}
      </Box>
    ),
  },
};
