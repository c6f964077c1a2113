import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ArticleBody, PullQuote } from '../src';
import { sampleEnglishQuote, sampleExtras, sampleParagraphs } from './fixtures/sampleArticle';

/**
 * A quotation lifted out of the article and set large, with a rule on the inline-start side. The
 * quote takes its direction from its own text (`dir="auto"`); the attribution (`cite`) is isolated
 * with `<bdi>`, so a Latin name or a number in it cannot reorder the words around it. Static.
 *
 * Screen readers read it where it stands. When it repeats a sentence of the article word for word,
 * pass `aria-hidden` so it is not read twice; a quote the article does not print stays readable.
 */
const meta = {
  title: 'Components/PullQuote',
  component: PullQuote,
  args: { cite: sampleExtras.pullQuoteCite, children: sampleExtras.pullQuote },
  argTypes: { cite: { control: 'text' }, children: { control: 'text' } },
  render: (args) => (
    <ArticleBody>
      <p dir="auto">{sampleParagraphs[2]}</p>
      <PullQuote {...args} />
      <p dir="auto">{sampleParagraphs[3]}</p>
    </ArticleBody>
  ),
} satisfies Meta<typeof PullQuote>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An Arabic quote with its attribution, inside the article body. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // (Testing Library does not name a figure from its figcaption, as browsers do: check the caption.)
    const figure = canvas.getAllByRole('figure').find((element) => element.classList.contains('maqal-PullQuote'))!;
    await expect(within(figure).getByRole('blockquote')).toHaveTextContent(sampleExtras.pullQuote);
    await expect(within(figure).getByText(sampleExtras.pullQuoteCite).closest('figcaption')).toBeVisible();
  },
};

/** An English quote in an Arabic article: its words run left to right, and it sits against the rule, on the article's start side with the attribution, like every other pull quote. */
export const EnglishQuote: Story = {
  args: { children: <span lang="en">{sampleEnglishQuote}</span>, cite: 'Emily Carter, restoration architect' },
  play: async ({ canvasElement }) => {
    const quote = canvasElement.querySelector('blockquote')!;
    await expect(getComputedStyle(quote).direction).toBe('ltr');
  },
};

/** An attribution that mixes Arabic, a Latin acronym and a number stays in one piece. */
export const MixedAttribution: Story = {
  args: { cite: 'هالة الفارسي، عضو لجنة اليونسكو للتراث منذ 2019' },
};

/** Without `cite` there is no caption. */
export const WithoutAttribution: Story = {
  args: { cite: undefined },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('figcaption')).toBeNull();
  },
};

/** Every state side by side, for designers. */
export const States: Story = {
  render: () => (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(18rem, 1fr))', gap: '2rem' }}>
      <PullQuote cite={sampleExtras.pullQuoteCite}>{sampleExtras.pullQuote}</PullQuote>
      <PullQuote cite="Emily Carter">
        <span lang="en">{sampleEnglishQuote}</span>
      </PullQuote>
      <PullQuote>{sampleExtras.pullQuote}</PullQuote>
      <PullQuote cite={sampleExtras.pullQuoteCite}>
        لم نكن نرمّم <em>جدرانًا</em> فحسب
      </PullQuote>
      <ArticleBody size="lg">
        <PullQuote cite={sampleExtras.pullQuoteCite}>{sampleExtras.pullQuote}</PullQuote>
      </ArticleBody>
    </div>
  ),
};
