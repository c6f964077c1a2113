import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Kicker } from '../src';

/**
 * The section label above a headline, or a badge for breaking news, live coverage and opinion. A
 * link only for http(s), relative and fragment URLs. Static; the badge words come from `locale`.
 */
const meta = {
  title: 'Components/Kicker',
  component: Kicker,
  // Static: the toolbar's locale reaches it as its `locale` argument (.storybook/preview.tsx).
  parameters: { maqal: { localeArg: true } },
  args: { href: '#culture', children: 'ثقافة ومجتمع' },
  argTypes: {
    children: { control: 'text' },
    tone: { control: 'inline-radio', options: ['default', 'breaking', 'live', 'opinion'] },
  },
} satisfies Meta<typeof Kicker>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A section label that links to its section. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: 'ثقافة ومجتمع' })).toHaveAttribute('href', '#culture');
  },
};

/** The breaking-news badge with the catalogue's word, no children needed. */
export const Breaking: Story = {
  args: { tone: 'breaking', href: undefined, children: undefined },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('عاجل')).toBeVisible();
  },
};

/** A `javascript:` URL never becomes a link: the label renders as text. */
export const UnsafeHref: Story = {
  args: { href: 'javascript:alert(1)' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('link')).toBeNull();
    await expect(within(canvasElement).getByText('ثقافة ومجتمع')).toBeVisible();
  },
};
