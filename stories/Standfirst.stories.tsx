import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Headline, Standfirst } from '../src';

/** The lead sentence under the headline: larger than body text, quieter than the headline. Static. */
const meta = {
  title: 'Components/Standfirst',
  component: Standfirst,
  args: { children: 'ارتفع منسوب المياه أربعة أمتار خلال شهرين، وعاد الصيادون إلى قواربهم للمرة الأولى منذ عام 2016.' },
  argTypes: { children: { control: 'text' } },
  render: (args) => (
    <header>
      <Headline>أمطار غزيرة تعيد الحياة إلى بحيرة جفّت قبل عشر سنوات</Headline>
      <Standfirst {...args} />
    </header>
  ),
} satisfies Meta<typeof Standfirst>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Under its headline. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const standfirst = within(canvasElement).getByText(/ارتفع منسوب المياه/);
    await expect(standfirst).toBeVisible();
    await expect(getComputedStyle(standfirst).letterSpacing).toBe('normal');
  },
};

/** Empty or whitespace-only text renders nothing, not an empty paragraph. */
export const Empty: Story = {
  args: { children: '   ' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.maqal-Standfirst')).toBeNull();
  },
};
