import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Headline } from '../src';

/**
 * The article's headline: an `h1` by default, in balanced lines, with the script's own size and
 * leading (keyed on `lang`), never letter-spaced, upper-cased or slanted. Static.
 */
const meta = {
  title: 'Components/Headline',
  component: Headline,
  args: { children: 'أمطار غزيرة تعيد الحياة إلى بحيرة جفّت قبل عشر سنوات', level: 1 },
  argTypes: {
    children: { control: 'text' },
    level: { control: 'inline-radio', options: [1, 2, 3] },
  },
} satisfies Meta<typeof Headline>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An `h1` with Arabic-script leading: at least 1.3 times its size. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const heading = within(canvasElement).getByRole('heading', { level: 1 });
    const style = getComputedStyle(heading);
    await expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize)).toBeGreaterThanOrEqual(1.3);
    await expect(style.letterSpacing).toBe('normal');
  },
};

/** As a section heading (`h2`) further down a page. */
export const Level2: Story = {
  args: { level: 2, children: 'ماذا يعني ذلك للمزارعين؟' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { level: 2 })).toBeVisible();
  },
};

/** A Latin acronym, both kinds of digits and quotation marks inside Arabic, in logical order. */
export const Mixed: Story = {
  args: {
    children: (
      <>
        تقرير <span lang="en">FAO</span>: “البحيرة” تستعيد 60% من مساحتها بعد ٣ مواسم
      </>
    ),
  },
};

/** A 320 px column: a long headline wraps inside it. */
export const Narrow: Story = {
  args: {
    children:
      'بعد عشر سنوات من الجفاف، عادت المياه إلى البحيرة الكبرى في الوادي، وعادت معها الطيور المهاجرة والصيادون الذين غادروا قراهم بحثًا عن رزق في المدن البعيدة',
  },
  render: (args) => (
    <div style={{ inlineSize: 320 }}>
      <Headline {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const heading = within(canvasElement).getByRole('heading');
    await expect(heading.scrollWidth).toBeLessThanOrEqual(heading.clientWidth);
  },
};
