import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { MaqalProvider, StarRating } from '../src';
import { pseudoColumns, Sample, StateMatrix, type StateRow } from './StateMatrix';

/**
 * The readers' rating under a headline. Interactive, it is a radio group of native radios that owns
 * its arrow keys in both directions (in RTL ArrowLeft is higher); read-only, it is one image whose
 * name is the whole sentence. The news layer shows the average and the votes, or invites the first
 * vote. Use the toolbar to switch direction, locale and theme.
 */
const meta = {
  title: 'Components/StarRating',
  component: StarRating,
  args: { onValueChange: fn() },
} satisfies Meta<typeof StarRating>;

export default meta;
type Story = StoryObj<typeof meta>;

const group = (canvasElement: HTMLElement) => within(canvasElement).getByRole('radiogroup');
const radiosOf = (canvasElement: HTMLElement) => within(canvasElement).getAllByRole('radio') as HTMLInputElement[];
const status = (canvasElement: HTMLElement) => canvasElement.querySelector('[role="status"]')!;

/**
 * The keyboard flow of APG's Radio Group, read in whatever direction the widget is laid out in:
 * Down and the inline-end arrow go to the next star, Up and the inline-start arrow to the
 * previous one, both wrapping; Home and End go to the ends. Arrows choose; they never vote.
 */
async function keyboardFlow(canvasElement: HTMLElement) {
  const radios = radiosOf(canvasElement);
  const rtl = getComputedStyle(group(canvasElement)).direction === 'rtl';
  const next = rtl ? '{ArrowLeft}' : '{ArrowRight}';
  const previous = rtl ? '{ArrowRight}' : '{ArrowLeft}';
  radios[0]!.focus();
  await userEvent.keyboard(next);
  await expect(radios[1]).toBeChecked();
  await userEvent.keyboard(`${next}{ArrowDown}`);
  await expect(radios[3]).toBeChecked();
  await expect(radios[3]).toHaveFocus();
  await userEvent.keyboard(previous);
  await expect(radios[2]).toBeChecked();
  await userEvent.keyboard('{End}');
  await expect(radios.at(-1)).toBeChecked();
  await userEvent.keyboard(next);
  await expect(radios[0]).toBeChecked();
  await userEvent.keyboard('{ArrowUp}');
  await expect(radios.at(-1)).toBeChecked();
  await userEvent.keyboard('{Home}');
  await expect(radios[0]).toBeChecked();
  await expect(radios.filter((radio) => radio.tabIndex === 0)).toEqual([radios[0]]);
}

/** A fresh article: nobody has voted, so the widget invites the first vote. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/كن أول من يقيّم|Be the first|היו הראשונים|نخستین|پہلے فرد/)).toBeVisible();
  },
};

/** Readers have voted: the average with one decimal, and the vote count in its plural form. */
export const WithAverage: Story = { args: { average: 4.2, count: 37 } };

/**
 * The Arabic plurals of the vote count for 1, 2, 3, 11 and 100 (read-only, so each reads as one
 * sentence); with no votes a read-only rating says "not rated yet", never "0 out of 5".
 */
export const VotePlurals: Story = {
  parameters: { maqal: { locale: 'ar' } },
  render: () => (
    <div style={{ display: 'grid', gap: '0.5rem' }}>
      {[0, 1, 2, 3, 11, 100].map((count) => (
        <StarRating key={count} readOnly value={count ? 3.8 : 0} count={count} />
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const text of ['لم يُقيَّم بعد', 'صوت واحد', 'صوتان', '3 أصوات', '11 صوتًا', '100 صوت']) {
      await expect(canvas.getByText(text)).toBeVisible();
    }
  },
};

/** Few votes and many, in the locale's own digits: Arabic-Indic when the provider asks for them. */
export const ArabicIndicDigits: Story = {
  parameters: { maqal: { locale: 'ar' } },
  render: (args) => (
    <MaqalProvider numberingSystem="arab">
      <div style={{ display: 'grid', gap: '0.75rem' }}>
        <StarRating {...args} average={3.5} count={2} />
        <StarRating {...args} average={4.6} count={1284} />
      </div>
    </MaqalProvider>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('٤٫٦ من ٥')).toBeVisible();
    await expect(within(canvasElement).getByText('١٬٢٨٤ صوتًا')).toBeVisible();
  },
};

/** Display only: not rated yet, 2.5, 3.7 and 5 stars, each one image named by its sentence. */
export const ReadOnly: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: '0.5rem' }}>
      <StarRating readOnly value={0} />
      <StarRating readOnly value={2.5} />
      <StarRating readOnly value={3.7} count={37} />
      <StarRating readOnly value={5} count={3} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('img')).toHaveLength(4);
    await expect(within(canvasElement).queryByRole('radio')).toBeNull();
  },
};

/** Uncontrolled and interactive, at rest: click or use the arrow keys to choose. */
export const Interactive: Story = { args: { average: 3.9, count: 11 } };

/** Test: the APG keyboard flow in whatever direction the toolbar sets. */
export const KeyboardFlow: Story = {
  tags: ['test-harness'],
  args: { average: 3.9, count: 11 },
  play: async ({ canvasElement, args }) => {
    await keyboardFlow(canvasElement);
    await expect(args.onValueChange).toHaveBeenLastCalledWith(1);
  },
};

/** The keyboard flow pinned to RTL: ArrowLeft (and Down) go to the next, higher star. */
export const KeyboardRTL: Story = {
  tags: ['test-harness'],
  parameters: { maqal: { locale: 'ar', dir: 'rtl' } },
  play: async ({ canvasElement }) => {
    const radios = radiosOf(canvasElement);
    radios[1]!.focus();
    await userEvent.keyboard('{ArrowLeft}');
    await expect(radios[2]).toBeChecked();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await expect(radios[0]).toBeChecked();
    await userEvent.keyboard('{ArrowRight}');
    await expect(radios.at(-1)).toBeChecked();
  },
};

/** The keyboard flow pinned to LTR: ArrowRight (and Down) go to the next, higher star. */
export const KeyboardLTR: Story = {
  tags: ['test-harness'],
  parameters: { maqal: { locale: 'en', dir: 'ltr' } },
  play: async ({ canvasElement }) => {
    await keyboardFlow(canvasElement);
  },
};

function ControlledDemo(props: { onValueChange?: (value: number | null) => void }) {
  const [value, setValue] = useState<number | null>(2);
  return (
    <div style={{ display: 'grid', gap: '0.5rem', justifyItems: 'start' }}>
      <StarRating
        value={value}
        allowClear
        onValueChange={(next) => {
          setValue(next);
          props.onValueChange?.(next);
        }}
      />
      <output data-testid="value">{value === null ? '—' : value}</output>
    </div>
  );
}

/** Controlled: the parent holds the value (shown under the widget); a clear button sits outside the group. */
export const Controlled: Story = {
  render: (args) => <ControlledDemo onValueChange={args.onValueChange} />,
};

/** Test: the parent's value follows a click, and the clear button empties it. */
export const ControlledFlow: Story = {
  tags: ['test-harness'],
  render: (args) => <ControlledDemo onValueChange={args.onValueChange} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(radiosOf(canvasElement)[3]!);
    await expect(canvas.getByTestId('value')).toHaveTextContent('4');
    await userEvent.click(canvas.getByRole('button'));
    await expect(canvas.getByTestId('value')).toHaveTextContent('—');
  },
};

/** The reader voted on an earlier visit: "your rating" beside the average, which still fills the stars. */
export const YourVoteBesideAverage: Story = { args: { average: 3.6, count: 214, userValue: 5 } };

/** A vote on its way, at rest (`voteStatus="pending"`): its own look, "saving" in words, and votes refused. */
export const Pending: Story = {
  args: { average: 4.1, count: 58, defaultValue: 4, voteStatus: 'pending', onRate: fn() },
};

/** Test: while a vote is pending, the group is busy and a click sends nothing. */
export const PendingRefusesVotes: Story = {
  tags: ['test-harness'],
  args: { average: 4.1, count: 58, defaultValue: 4, voteStatus: 'pending', onRate: fn() },
  play: async ({ canvasElement, args }) => {
    await expect(group(canvasElement)).toHaveAttribute('aria-busy', 'true');
    await userEvent.click(radiosOf(canvasElement)[1]!);
    await expect(args.onRate).not.toHaveBeenCalled();
  },
};

/** A vote saved, at rest: thanks, announced politely, and the vote shown as the reader's. */
export const Success: Story = { args: { average: 4.1, count: 59, defaultValue: 5, userValue: 5, voteStatus: 'success' } };

/** A vote that could not be saved, at rest: the error in words, the stars back on the previous choice. */
export const VoteError: Story = { args: { average: 4.1, count: 58, defaultValue: 2, voteStatus: 'error' } };

/** The whole vote in behaviour: a click, the pending look, then the thanks (onRate resolves). */
export const VoteFlow: Story = {
  tags: ['test-harness'],
  args: { average: 4.1, count: 58, onRate: fn(() => new Promise<void>((resolve) => setTimeout(resolve, 300))) },
  play: async ({ canvasElement, args }) => {
    const radios = radiosOf(canvasElement);
    await userEvent.click(radios[4]!);
    await expect(group(canvasElement)).toHaveAttribute('aria-busy', 'true');
    await userEvent.click(radios[1]!);
    await expect(args.onRate).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(status(canvasElement)).toHaveAttribute('data-status', 'success'));
    await expect(canvasElement.querySelector('.maqal-StarRating')).toHaveAttribute('data-voted');
  },
};

function rejectOnce() {
  let calls = 0;
  return fn(() => (++calls === 1 ? Promise.reject(new Error('الشبكة غير متاحة')) : Promise.resolve()));
}

/** The first vote fails (the fake `onRate` rejects once): the widget goes back, shows the error, and the retry succeeds. */
export const FailureThenRetry: Story = {
  tags: ['test-harness'],
  args: { defaultValue: 2 },
  render: (args) => <StarRating {...args} onRate={rejectOnce()} />,
  play: async ({ canvasElement }) => {
    const radios = radiosOf(canvasElement);
    await userEvent.click(radios[4]!);
    await waitFor(() => expect(status(canvasElement)).toHaveAttribute('data-status', 'error'));
    await expect(radios[1]).toBeChecked();
    await userEvent.click(radios[4]!);
    await waitFor(() => expect(status(canvasElement)).toHaveAttribute('data-status', 'success'));
    await expect(radios[4]).toBeChecked();
  },
};

/** Shown but inert. */
export const Disabled: Story = { args: { disabled: true, defaultValue: 3, average: 3.2, count: 9 } };

function FormDemo() {
  const [sent, setSent] = useState<string | null>(null);
  return (
    <form
      style={{ display: 'grid', gap: '0.75rem', justifyItems: 'start' }}
      onSubmit={(event) => {
        event.preventDefault();
        setSent(String(new FormData(event.currentTarget).get('score')));
      }}
    >
      <StarRating name="score" required label="كيف تقيّم تغطيتنا لانتخابات البلدية؟" />
      <div style={{ display: 'flex', gap: '0.5rem' }}>
        <button type="submit">أرسل التقييم</button>
        <button type="reset">ابدأ من جديد</button>
      </div>
      <output data-testid="sent">{sent ?? ''}</output>
    </form>
  );
}

/** Required in a form: submission is blocked (and the group marked invalid) until a star is chosen. */
export const RequiredInForm: Story = {
  parameters: { maqal: { locale: 'ar' } },
  render: () => <FormDemo />,
};

/** Test: submitting with no star blocks the form and marks the group invalid; a star lets it through. */
export const RequiredInFormFlow: Story = {
  tags: ['test-harness'],
  parameters: { maqal: { locale: 'ar' } },
  render: () => <FormDemo />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'أرسل التقييم' }));
    await expect(group(canvasElement)).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByTestId('sent')).toHaveTextContent('');
    await userEvent.click(radiosOf(canvasElement)[2]!);
    await userEvent.click(canvas.getByRole('button', { name: 'أرسل التقييم' }));
    await expect(canvas.getByTestId('sent')).toHaveTextContent('3');
  },
};

/** sm (24px), md (32px) and lg (40px). */
export const Sizes: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: '0.75rem' }}>
      <StarRating size="sm" average={4.4} count={19} />
      <StarRating size="md" average={4.4} count={19} />
      <StarRating size="lg" average={4.4} count={19} />
    </div>
  ),
};

const Dot = ({ filled }: { filled?: boolean }) => (
  <svg viewBox="0 0 24 24" focusable="false">
    <circle cx="12" cy="12" r="8.5" fill={filled ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="2" />
  </svg>
);

/** Any icon: here discs instead of stars, still filling from the inline-start side. */
export const CustomIcon: Story = {
  args: { icon: <Dot filled />, emptyIcon: <Dot />, average: 2.6, count: 3, label: 'ما مدى فائدة هذا الشرح عن ضريبة VAT؟' },
};

/** Ten stars. */
export const MaxTen: Story = {
  args: { max: 10, average: 7.3, count: 112 },
  play: async ({ canvasElement }) => {
    await expect(radiosOf(canvasElement)).toHaveLength(10);
  },
};

function IslandDemo() {
  return (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <StarRating average={4} count={12} />
      <MaqalProvider locale="en">
        <div data-testid="island">
          <StarRating average={4} count={12} label="Rate the English summary" />
        </div>
      </MaqalProvider>
    </div>
  );
}

/** An English LTR island inside an Arabic RTL page: each widget lays out and reads keys in its own direction. */
export const NestedLTRIsland: Story = {
  parameters: { maqal: { locale: 'ar', dir: 'rtl' } },
  render: () => <IslandDemo />,
};

/** Test: each widget reads its own direction at the key press (the island's ArrowRight is higher, the page's ArrowLeft). */
export const NestedLTRIslandKeyboard: Story = {
  tags: ['test-harness'],
  parameters: { maqal: { locale: 'ar', dir: 'rtl' } },
  render: () => <IslandDemo />,
  play: async ({ canvasElement }) => {
    const island = within(canvasElement).getByTestId('island');
    const radios = within(island).getAllByRole('radio') as HTMLInputElement[];
    radios[1]!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(radios[2]).toBeChecked();
    await userEvent.keyboard('{ArrowLeft}');
    await expect(radios[1]).toBeChecked();
    const outer = radiosOf(canvasElement).filter((radio) => !island.contains(radio));
    outer[0]!.focus();
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    await expect(outer[2]).toBeChecked();
  },
};

const chosen = { average: 3.7, count: 37 } as const;
const interactive = ['rest', 'hover', 'focusVisible'] as const;

/**
 * Every state at rest, from props alone, in rows; the columns force hover (on the fourth star: the
 * preview fills up to it) and keyboard focus (on the checked star, or the first when none is).
 * StarRating has no pressed look of its own, so there is no active column.
 */
const stateRows: StateRow[] = [
  { label: 'empty · فارغ', render: () => <StarRating /> },
  { label: 'average · متوسط', render: () => <StarRating {...chosen} /> },
  { label: 'chosen · مُختار', render: () => <StarRating defaultValue={4} {...chosen} /> },
  { label: 'voted earlier · صوّت سابقًا', render: () => <StarRating average={3.7} count={38} userValue={4} /> },
  { label: 'pending · قيد الإرسال', render: () => <StarRating defaultValue={4} {...chosen} voteStatus="pending" /> },
  { label: 'saved · حُفظ', render: () => <StarRating defaultValue={4} average={3.7} count={38} userValue={4} voteStatus="success" /> },
  { label: 'error · خطأ', render: () => <StarRating {...chosen} voteStatus="error" /> },
  { label: 'required, invalid · مطلوب، غير صالح', render: () => <StarRating required invalid /> },
  // Disabled radios cannot take focus; hover shows that nothing previews.
  { label: 'disabled · معطّل', render: () => <StarRating disabled defaultValue={2} />, columns: ['rest', 'hover'] },
  { label: 'read-only 3.7 · للعرض فقط', render: () => <StarRating readOnly value={3.7} count={37} />, columns: ['rest'] },
  { label: 'read-only, not rated · لم يُقيَّم', render: () => <StarRating readOnly count={0} />, columns: ['rest'] },
];

/**
 * Every visual state for designers: the matrix of states × rest / hover / focus-visible (forced by
 * the pseudo-states addon, no pointer or keyboard needed), then the variants.
 */
export const States: Story = {
  parameters: pseudoColumns({
    hover: '.maqal-StarRating-stars > label:nth-child(4)',
    focusVisible: ['.maqal-StarRating-stars input:checked', '.maqal-StarRating-stars:not(:has(:checked)) > label:first-child input'],
  }),
  render: () => (
    <div style={{ display: 'grid', gap: '2rem' }}>
      <StateMatrix rows={stateRows} columns={interactive} />
      <div style={{ display: 'grid', gap: '1.25rem', gridTemplateColumns: 'repeat(auto-fill, minmax(16rem, 1fr))' }}>
        <Sample label="read-only 3.7, drawn at precision 0.5">
          <StarRating readOnly value={3.7} precision={0.5} />
        </Sample>
        <Sample label="sm / lg">
          <StarRating readOnly size="sm" value={4} />
          <StarRating readOnly size="lg" value={4} />
        </Sample>
        <Sample label="custom icon · أيقونة مخصّصة">
          <StarRating readOnly value={2.6} icon={<Dot filled />} emptyIcon={<Dot />} />
        </Sample>
      </div>
    </div>
  ),
};
