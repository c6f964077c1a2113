import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Article, ArticleBody, ArticleHeader, Byline, PullQuote, ReadingTime } from '../src';
import { ARTICLES } from './fixtures/articlePageContent';
import { sampleExtras, sampleHeadline, sampleParagraphs, sampleStandfirst } from './fixtures/sampleArticle';

/**
 * The article column: a native `<article>` about 70 characters of body text wide (28 ems for
 * Arabic script, 34 for Latin and Hebrew: `--maqal-measure`), centred, with inline padding on
 * phones and `--maqal-space-8` between its parts. It is an inline-size container, so the headline
 * inside follows the column, not the viewport. `className="maqal-Article"` on an element of your
 * own does the same. Static.
 */
const meta = {
  title: 'Components/Article',
  component: Article,
  // The sample article is Arabic: under another toolbar locale it stays lang="ar".
  parameters: { maqal: { text: 'ar' } },
  render: (args) => (
    <Article {...args}>
      <ArticleHeader
        kicker="ثقافة ومجتمع"
        headline={sampleHeadline}
        standfirst={sampleStandfirst}
        meta={
          <>
            <Byline authors={[{ name: 'ليلى حداد' }, { name: 'عمر بن سليمان الفاسي', contribution: 'photos' }]} source="وكالات" />
            <ReadingTime minutes={4} />
          </>
        }
      />
      <ArticleBody>
        <ArticleBody.Text text={sampleParagraphs.slice(0, 2).join('\n\n')} />
        <PullQuote cite={sampleExtras.pullQuoteCite}>{sampleExtras.pullQuote}</PullQuote>
        <ArticleBody.Text text={sampleParagraphs.slice(2, 4).join('\n\n')} />
      </ArticleBody>
    </Article>
  ),
} satisfies Meta<typeof Article>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An Arabic article in its column: header, then the body one gap below it. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const article = canvasElement.querySelector('article')!;
    await expect(article).toHaveClass('maqal-Article');
    const header = article.querySelector('header')!.getBoundingClientRect();
    const body = article.querySelector('.maqal-ArticleBody')!.getBoundingClientRect();
    await expect(body.top - header.bottom).toBeCloseTo(32, 0);
  },
};

/** An English article inside an Arabic page: `lang` and `dir` on the column make it an island. */
export const EnglishIsland: Story = {
  args: { lang: 'en', dir: 'ltr' },
  render: (args) => (
    <Article {...args}>
      <ArticleHeader locale="en" kicker={ARTICLES.en.kicker} headline={ARTICLES.en.headline} standfirst={ARTICLES.en.standfirst} meta={<Byline locale="en" authors={ARTICLES.en.authors} />} />
      <ArticleBody>
        <ArticleBody.Text text={ARTICLES.en.paragraphs.slice(0, 3).join('\n\n')} />
      </ArticleBody>
    </Article>
  ),
  play: async ({ canvasElement }) => {
    await expect(getComputedStyle(canvasElement.querySelector('article')!).direction).toBe('ltr');
  },
};

/** In a 320 px box on any screen, the headline takes its phone size: it follows the column. */
export const NarrowBox: Story = {
  decorators: [(Story) => <div style={{ inlineSize: 320, boxSizing: 'border-box', border: '1px dashed var(--maqal-color-border)' }}>{Story()}</div>],
  play: async ({ canvasElement }) => {
    const heading = within(canvasElement).getByRole('heading', { level: 1 });
    await expect(parseFloat(getComputedStyle(heading).fontSize)).toBeLessThanOrEqual(26.5);
  },
};
