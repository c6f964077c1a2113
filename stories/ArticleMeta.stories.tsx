import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { ArticleMeta, Byline, ReadingTime, StarRating, Timestamp } from '../src';

/**
 * The row under the headline: byline, dates, reading time and rating. Items follow the reading
 * direction and wrap on narrow screens; the separators are drawn in CSS, so bidi cannot move them,
 * and the one before an item that starts a new line is clipped away. Static.
 */
const items = [
  <Byline key="byline" authors={[{ name: 'رنا العبدالله' }, { name: 'Daniel Okafor' }]} />,
  <Timestamp key="date" dateTime="2026-11-20T07:45:00Z" published format="date" timeZone="Asia/Riyadh" secondaryCalendar="islamic-umalqura" />,
  <ReadingTime key="time" minutes={6} />,
  <StarRating key="rating" average={4.1} count={52} readOnly />,
];

const meta = {
  title: 'Components/ArticleMeta',
  component: ArticleMeta,
  argTypes: { children: { control: false } },
  // The sample names are Arabic: under another toolbar locale the row stays lang="ar".
  parameters: { maqal: { text: 'ar' } },
  render: (args) => <ArticleMeta {...args}>{items}</ArticleMeta>,
} satisfies Meta<typeof ArticleMeta>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Items laid out pairwise without overlap. */
function expectNoOverlap(root: HTMLElement) {
  const boxes = [...root.querySelectorAll('.maqal-ArticleMeta-item')].map((item) => item.getBoundingClientRect());
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
      expect(overlap).toBe(false);
    }
  }
  return boxes;
}

/** One row on a wide screen, starting on the reading direction's side. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const boxes = expectNoOverlap(canvasElement);
    await expect(boxes).toHaveLength(4);
  },
};

/** A 320 px phone column: the row wraps onto several lines, and no item overlaps another. */
export const Narrow: Story = {
  render: (args) => (
    <div style={{ inlineSize: 320 }}>
      <ArticleMeta {...args}>{items}</ArticleMeta>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const boxes = expectNoOverlap(canvasElement);
    await expect(new Set(boxes.map((box) => Math.round(box.top))).size).toBeGreaterThan(1);
  },
};
