import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { ArticleJsonLd, articleJsonLd, serializeJsonLd } from '../src';

/**
 * The article's schema.org `NewsArticle` in a `<script type="application/ld+json">` (invisible;
 * the story prints the same JSON below it). `articleJsonLd(data)` returns the object: ISO 8601
 * dates, authors as `Person`, an `AggregateRating` when the rating has votes, unsafe URLs dropped.
 * `<`, `>` and `&` are escaped, so a headline containing `</script>` cannot end the script.
 */
const meta = {
  title: 'Components/ArticleJsonLd',
  component: ArticleJsonLd,
  args: {
    headline: 'افتتاح أكبر مكتبة رقمية في المنطقة </script> بعد عامين من الترميم',
    description: 'تضم المكتبة أكثر من ٢٠٠ ألف مخطوطة مصوّرة متاحة مجانًا.',
    authors: [{ name: 'سلمى القاسم', url: '/authors/salma' }, 'يوسف الحداد'],
    datePublished: '2026-03-14T12:30:00+03:00',
    dateModified: '2026-03-14T15:05:00+03:00',
    section: 'ثقافة',
    image: '/images/library.jpg',
    url: 'https://news.example.com/culture/library',
    rating: { value: 4.3, votes: 128 },
  },
  render: (args) => (
    <div>
      <ArticleJsonLd {...args} />
      <pre dir="ltr" lang="en" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 }}>
        {JSON.stringify(articleJsonLd(args), null, 2)}
      </pre>
    </div>
  ),
} satisfies Meta<typeof ArticleJsonLd>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A NewsArticle with two authors, a rating and a headline that tries to close the script. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const scripts = canvasElement.querySelectorAll('script[type="application/ld+json"]');
    await expect(scripts).toHaveLength(1);
    await expect(scripts[0]!.textContent).toBe(serializeJsonLd(articleJsonLd(args)));
    await expect(JSON.parse(scripts[0]!.textContent!).headline).toBe(args.headline);
  },
};

/** Without votes there is no AggregateRating; an invalid date is left out, never "Invalid Date". */
export const States: Story = {
  args: { rating: { value: 0, votes: 0 }, dateModified: 'أمس' },
  play: async ({ canvasElement }) => {
    const data = JSON.parse(canvasElement.querySelector('script')!.textContent!);
    await expect(data.aggregateRating).toBeUndefined();
    await expect(data.dateModified).toBeUndefined();
  },
};
