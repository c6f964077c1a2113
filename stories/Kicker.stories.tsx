import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Kicker } from '../src';
import { samplesFor } from './fixtures/samples';
import { pseudoColumns, StateMatrix, type StateRow } from './StateMatrix';

/**
 * The section label above a headline, or a badge for breaking news, live coverage and opinion. A
 * link only for http(s), relative and fragment URLs. Static; the badge words come from `locale`.
 */
const meta = {
  title: 'Components/Kicker',
  component: Kicker,
  // Static: the toolbar's locale reaches it as its `locale` argument, with the section name
  // written in that language (.storybook/preview.tsx).
  parameters: { maqal: { localeArg: true, samples: samplesFor({ href: '#culture', children: 'ثقافة ومجتمع' }, (sample) => ({ children: sample.section })) } },
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

/** Test: a `javascript:` URL never becomes a link: the label renders as text. */
export const UnsafeHref: Story = {
  tags: ['test-harness'],
  args: { href: 'javascript:alert(1)' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('link')).toBeNull();
    await expect(within(canvasElement).getByText('ثقافة ومجتمع')).toBeVisible();
  },
};

const kickerRows: StateRow[] = [
  { label: 'section link · رابط القسم', render: () => <Kicker href="#culture">ثقافة ومجتمع</Kicker> },
  {
    label: 'breaking, linked · عاجل',
    render: () => (
      <Kicker tone="breaking" href="#quake">
        زلزال بقوة 5.8 درجات في الشمال
      </Kicker>
    ),
  },
  { label: 'plain label · نص', render: () => <Kicker>ثقافة وفنون</Kicker>, columns: ['rest'] },
  { label: 'breaking · عاجل', render: () => <Kicker tone="breaking" />, columns: ['rest'] },
  { label: 'live · مباشر', render: () => <Kicker tone="live" />, columns: ['rest'] },
  { label: 'opinion · رأي', render: () => <Kicker tone="opinion" />, columns: ['rest'] },
];

/**
 * Every state for designers: each tone at rest; the linked ones also hovered (underlined) and
 * focused from the keyboard (the ring), forced by the pseudo-states addon on the link.
 */
export const States: Story = {
  parameters: pseudoColumns({ hover: 'a.maqal-Kicker-label', focusVisible: 'a.maqal-Kicker-label' }),
  render: () => <StateMatrix rows={kickerRows} columns={['rest', 'hover', 'focusVisible']} />,
  play: async ({ canvasElement }) => {
    // Two linked rows × three columns.
    await expect(within(canvasElement).getAllByRole('link')).toHaveLength(6);
  },
};
