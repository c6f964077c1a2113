import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { ArticleHeader, ArticleMeta, Byline, ReadingTime, StarRating, Timestamp } from '../src';

/**
 * One component in every mode at once: right-to-left and left-to-right, light and dark, side by
 * side, each in its own MaqalProvider and theme root. These stories set the **Modes** toolbar to
 * "Compare"; set it on any other story to see that story the same way. Add the **Narrow 320**
 * viewport to see the four modes on the smallest phone.
 */
const meta = {
  title: 'Modes',
  globals: { mode: 'compare' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** The readers' rating, interactive with an average, and read-only. */
export const Rating: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: '1rem', justifyItems: 'start' }}>
      <StarRating average={3.7} count={37} />
      <StarRating readOnly value={4.2} count={128} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    // Four modes, each with its own direction and theme.
    const roots = [...canvasElement.querySelectorAll<HTMLElement>('.maqal-StoryRoot')];
    await expect(roots.map((root) => `${getComputedStyle(root).direction} ${root.dataset.maqalTheme}`)).toEqual(['rtl light', 'rtl dark', 'ltr light', 'ltr dark']);
  },
};

/** The top of an article: kicker, headline, standfirst and the meta row. */
export const Header: Story = {
  render: () => (
    <article>
      <ArticleHeader
        kicker="ثقافة ومجتمع"
        kickerHref="#culture"
        headline="افتتاح أكبر مكتبة رقمية في المنطقة بعد عامين من أعمال الترميم"
        standfirst="تضم المكتبة أكثر من ٢٠٠ ألف مخطوطة مصوّرة، وتتيحها للقراء مجانًا عبر الإنترنت."
        meta={
          <>
            <Byline authors={[{ name: 'ليلى حداد', href: '#leila' }]} />
            <Timestamp dateTime="2026-03-14T09:30:00Z" published format="date" timeZone="Asia/Riyadh" />
            <ReadingTime minutes={4} />
          </>
        }
      />
    </article>
  ),
};

/** The meta row alone, where separators and wrapping differ most between directions. */
export const MetaRow: Story = {
  render: () => (
    <ArticleMeta>
      <Byline authors={[{ name: 'رنا العبدالله' }, { name: 'Daniel Okafor' }]} />
      <Timestamp dateTime="2026-11-20T07:45:00Z" published format="date" timeZone="Asia/Riyadh" />
      <ReadingTime minutes={6} />
      <StarRating average={4.1} count={52} readOnly />
    </ArticleMeta>
  ),
};
