import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ReadingTime } from '../src';

/**
 * How long the article takes to read: given in minutes, or estimated from its text by counting
 * words with `Intl.Segmenter` at a reading speed measured for the language (Arabic about 140 words
 * a minute). Every plural form comes from the catalogue: Arabic has six. Static.
 */
const meta = {
  title: 'Components/ReadingTime',
  component: ReadingTime,
  // Static: the toolbar's locale reaches it as its `locale` argument (.storybook/preview.tsx).
  parameters: { maqal: { localeArg: true } },
  args: { minutes: 3 },
} satisfies Meta<typeof ReadingTime>;

export default meta;
type Story = StoryObj<typeof meta>;

const paragraph =
  'أعلنت وزارة النقل اليوم عن خطة لتوسيع شبكة القطارات بين المدن الكبرى خلال السنوات الخمس المقبلة، وتشمل الخطة 12 محطة جديدة ونظامًا رقميًا للتذاكر يعمل عبر تطبيق واحد، فيما قال مسؤولون إن المشروع سيخفّض زمن الرحلات بنحو الثلث.';

/** Three minutes: "3 دقائق للقراءة". */
export const Minutes: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('3 دقائق للقراءة')).toBeVisible();
  },
};

/**
 * With the toolbar set to Hebrew: ReadingTime is static and cannot read the provider, so the
 * Storybook decorator hands the toolbar's locale to its `locale` argument.
 */
export const ToolbarLocale: Story = {
  globals: { locale: 'he' },
  play: async ({ canvasElement }) => {
    const time = canvasElement.querySelector('.maqal-ReadingTime')!;
    await expect(time).toHaveTextContent('3 דקות קריאה');
    await expect(time.closest('[lang]')).toHaveAttribute('lang', 'he');
  },
};

/** Estimated from ten paragraphs of Arabic text (about 380 words at 140 a minute). */
export const FromText: Story = {
  args: { minutes: undefined, text: Array.from({ length: 10 }, () => paragraph) },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.maqal-ReadingTime')).toHaveAttribute('data-minutes', '3');
  },
};

const COUNTS = [1, 2, 3, 11, 100];
// ar-EG with the Arabic-Indic digits it takes on request (every Arabic locale writes 0–9 by default).
const LOCALES = ['ar', 'ar-EG-u-nu-arab', 'he', 'fa', 'ur', 'en'];

/** 1, 2, 3, 11 and 100 minutes in each locale: Arabic's one and two forms take no numeral. */
export const PluralsInEachLocale: Story = {
  render: () => (
    <table style={{ borderCollapse: 'collapse' }}>
      <tbody>
        {LOCALES.map((locale) => (
          <tr key={locale}>
            <th scope="row" lang="en" style={{ paddingInlineEnd: 'var(--maqal-space-4)', textAlign: 'start', whiteSpace: 'nowrap' }}>
              {locale}
            </th>
            {COUNTS.map((minutes) => (
              <td key={minutes} style={{ padding: 'var(--maqal-space-1) var(--maqal-space-3)' }}>
                <ReadingTime minutes={minutes} locale={locale} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // ar and ar-EG share the one and two forms, which take no numeral.
    for (const text of ['دقيقة واحدة للقراءة', 'دقيقتان للقراءة']) await expect(canvas.getAllByText(text)).toHaveLength(2);
    for (const text of ['3 دقائق للقراءة', '11 دقيقة للقراءة', '100 دقيقة للقراءة', '١١ دقيقة للقراءة', 'שתי דקות קריאה']) {
      await expect(canvas.getByText(text)).toBeVisible();
    }
  },
};

/** The wording replaced through the `messages` prop: every plural form is a function of the formatted count. */
export const CustomWording: Story = {
  args: {
    minutes: 7,
    messages: { minutes: { one: () => 'قراءة في دقيقة', two: () => 'قراءة في دقيقتين', other: (count) => `قراءة في ${count} دقائق` } },
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('قراءة في 7 دقائق')).toBeVisible();
  },
};

/** The dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** Every state side by side, for designers: each Arabic plural form, digits, bad input. */
export const States: Story = {
  render: () => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--maqal-space-4)' }}>
      {COUNTS.map((minutes) => (
        <ReadingTime key={minutes} minutes={minutes} />
      ))}
      <ReadingTime minutes={11} numberingSystem="arab" />
      <ReadingTime minutes={Number.NaN} />
      <ReadingTime text={paragraph} />
      <ReadingTime minutes={4} locale="en" />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.textContent).not.toMatch(/NaN/);
  },
};
