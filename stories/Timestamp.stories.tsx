import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { MaqalProvider, Timestamp, type TimestampProps } from '../src';
import { Sample } from './StateMatrix';

/**
 * A `<time>` with an ISO 8601 `dateTime`, in the reader's language, digits, time zone and
 * calendar. Absolute formats are static (no client JavaScript); `format="relative"` renders a
 * small client component that keeps "قبل ٣ ساعات" current with one timer shared by the page.
 * Pass `timeZone` always: without it dates are formatted in UTC with a development warning.
 */
const meta = {
  title: 'Components/Timestamp',
  component: Timestamp,
  // Static: the toolbar's locale reaches it as its `locale` argument (.storybook/preview.tsx).
  parameters: { maqal: { localeArg: true } },
  args: {
    dateTime: '2026-03-15T21:30:00Z',
    timeZone: 'Asia/Riyadh',
  },
} satisfies Meta<typeof Timestamp>;

export default meta;
type Story = StoryObj<typeof meta>;

const MINUTE = 60_000;
const ago = (minutes: number) => new Date(Date.now() - minutes * MINUTE);

/** Date and time, the default format: "16 مارس 2026 في 12:30 ص". */
export const DateTime: Story = {
  play: async ({ canvasElement }) => {
    const time = canvasElement.querySelector('time')!;
    await expect(time).toHaveAttribute('dateTime', '2026-03-15T21:30:00.000Z');
    await expect(time).toHaveTextContent('16 مارس 2026');
  },
};

/** The date alone. */
export const DateOnly: Story = { args: { format: 'date' } };

/** The time alone. */
export const TimeOnly: Story = { args: { format: 'time' } };

/** The Gregorian date, then the Umm al-Qura date with its era marker "هـ". */
export const HijriSecondary: Story = {
  args: { format: 'date', secondaryCalendar: 'islamic-umalqura' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.maqal-Timestamp-secondary')).toHaveTextContent('هـ');
  },
};

/** Arabic-Indic digits (`numberingSystem="arab"`) beside the default Western ones (every Arabic locale, `ar-EG` included). */
export const ArabicIndicVsLatinDigits: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 'var(--maqal-space-2)' }}>
      <Timestamp {...args} numberingSystem="arab" />
      <Timestamp {...args} numberingSystem="latn" />
      <Timestamp {...args} locale="ar-EG" />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const [arab, latn] = canvasElement.querySelectorAll('time');
    await expect(arab).toHaveTextContent('١٦ مارس ٢٠٢٦');
    await expect(latn).toHaveTextContent('16 مارس 2026');
  },
};

/** Published, with the catalogue's label. */
export const Published: Story = { args: { published: true } };

/** Updated: "آخر تحديث". */
export const Updated: Story = {
  args: { updated: true, format: 'relative' },
  render: (args) => <Timestamp {...args} dateTime={ago(3 * 60)} />,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.maqal-Timestamp-label')).toHaveTextContent('آخر تحديث');
    await expect(canvasElement.querySelector('time')).toHaveTextContent('قبل 3 ساعات');
  },
};

/** Relative: "الآن", minutes, hours, days; the full date shows in the tooltip. */
export const Relative: Story = {
  // Dates are taken when the story renders, not when the module loads.
  render: (args) => (
    <div style={{ display: 'grid', gap: 'var(--maqal-space-2)' }}>
      <Timestamp {...args} format="relative" dateTime={ago(0)} />
      <Timestamp {...args} format="relative" dateTime={ago(5)} />
      <Timestamp {...args} format="relative" dateTime={ago(2 * 60)} />
      <Timestamp {...args} format="relative" dateTime={ago(3 * 24 * 60)} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const texts = [...canvasElement.querySelectorAll('time')].map((time) => time.textContent);
    await expect(texts).toEqual(['الآن', 'قبل 5 دقائق', 'قبل ساعتين', 'قبل 3 أيام']);
    await expect(canvasElement.querySelector('time')).toHaveAttribute('title');
  },
};

/**
 * A relative Timestamp takes what its props leave out from the nearest `MaqalProvider` (here
 * Hebrew, Jerusalem time, a custom "updated" label); a prop wins over the provider. Absolute
 * formats are static and take their settings from props only.
 */
export const SettingsFromProvider: Story = {
  render: () => (
    <MaqalProvider locale="he" timeZone="Asia/Jerusalem" messages={{ byline: { updated: 'עודכן לאחרונה' } }}>
      <div style={{ display: 'grid', gap: 'var(--maqal-space-2)' }}>
        <Timestamp data-testid="provider" format="relative" dateTime={ago(2 * 24 * 60)} updated />
        <Timestamp data-testid="prop" format="relative" dateTime={ago(2 * 24 * 60)} updated locale="ar" messages={{ updated: 'آخر تعديل' }} />
        <Timestamp data-testid="absolute" dateTime={ago(2 * 24 * 60)} locale="he" timeZone="Asia/Jerusalem" />
      </div>
    </MaqalProvider>
  ),
  play: async ({ canvasElement }) => {
    const byId = (id: string) => canvasElement.querySelector(`[data-testid="${id}"]`)!;
    await expect(byId('provider')).toHaveAttribute('lang', 'he');
    await expect(byId('provider')).toHaveTextContent('עודכן לאחרונה לפני יומיים');
    await expect(byId('prop')).toHaveAttribute('lang', 'ar');
    await expect(byId('prop')).toHaveTextContent('آخر تعديل قبل يومين');
  },
};

/** Labels replaced through the `messages` prop ("حُدّث" for "آخر تحديث"). */
export const CustomLabels: Story = {
  args: { updated: true, messages: { updated: 'حُدّث' } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.maqal-Timestamp-label')).toHaveTextContent('حُدّث');
  },
};

/** The same instant in each locale. */
export const EachLocale: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 'var(--maqal-space-2)' }}>
      {['ar', 'ar-EG', 'he', 'fa', 'ur', 'en'].map((locale) => (
        <Timestamp key={locale} {...args} locale={locale} secondaryCalendar="islamic-umalqura" published />
      ))}
    </div>
  ),
};

/** The dark theme. */
export const Dark: Story = { args: { updated: true }, globals: { theme: 'dark' } };

// Built at render time, so "just now" is now even when the story renders long after the module loaded.
const states = (): Array<[string, Partial<TimestampProps>]> => [
  ['datetime', {}],
  ['date', { format: 'date' }],
  ['time', { format: 'time' }],
  ['Hijri secondary', { format: 'date', secondaryCalendar: 'islamic-umalqura' }],
  ['Arabic-Indic digits', { numberingSystem: 'arab' }],
  ['published', { published: true }],
  ['updated', { updated: true }],
  ['relative, just now', { format: 'relative', dateTime: ago(0) }],
  ['relative, minutes', { format: 'relative', dateTime: ago(12) }],
  ['relative, hours', { format: 'relative', dateTime: ago(5 * 60) }],
  ['relative, days', { format: 'relative', dateTime: ago(2 * 24 * 60) }],
  ['English', { locale: 'en', updated: true }],
];

/** Every state side by side, for designers; each caption sits right above its sample, at the inline-start edge. */
export const States: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 'var(--maqal-space-3)' }}>
      {states().map(([label, props]) => (
        <Sample key={label} label={label}>
          <Timestamp {...args} {...props} />
        </Sample>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('time')).toHaveLength(states().length);
  },
};
