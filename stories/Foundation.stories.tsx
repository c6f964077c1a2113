import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { MaqalProvider } from '../src';
import { LocaleShowcase } from './fixtures/LocaleShowcase';

/**
 * The locale and direction core every component stands on, shown through real components: the
 * readers' rating and the reading time for 1, 2, 3, 11 and 100. Use the toolbar to switch
 * direction, locale and theme: the provider scopes `lang` and `dir` to its subtree and the
 * catalogue answers in the chosen language with every plural form it has.
 */
const meta = {
  title: 'Foundation/Locale and direction',
  component: MaqalProvider,
  render: () => <LocaleShowcase />,
} satisfies Meta<typeof MaqalProvider>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Whatever the toolbar says: Arabic, RTL, light by default. */
export const FromToolbar: Story = {
  play: async ({ canvasElement, globals }) => {
    const section = canvasElement.querySelector('section')!;
    const expected = globals.direction === 'auto' ? (globals.locale === 'en' ? 'ltr' : 'rtl') : globals.direction;
    await expect(getComputedStyle(section).direction).toBe(expected);
    await expect(section.closest('[data-maqal-theme]')).toHaveAttribute('data-maqal-theme', globals.theme);
  },
};

/** Arabic with Arabic-Indic digits, as Egyptian and Levantine sites print them. */
export const ArabicIndicDigits: Story = {
  parameters: { maqal: { locale: 'ar' } },
  render: () => (
    <MaqalProvider numberingSystem="arab">
      <LocaleShowcase />
    </MaqalProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('١١ صوتًا')).toBeVisible();
    await expect(canvas.getByText('١١ دقيقة للقراءة')).toBeVisible();
    await expect(canvas.getByText('صوتان')).toBeVisible();
  },
};

/** Arabic's plural forms for 1, 2, 3, 11 and 100: one and two take no numeral. */
export const ArabicPlurals: Story = {
  parameters: { maqal: { locale: 'ar' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const text of ['صوت واحد', 'صوتان', '3 أصوات', '11 صوتًا', '100 صوت', 'دقيقة واحدة للقراءة', 'دقيقتان للقراءة', '3 دقائق للقراءة']) {
      await expect(canvas.getByText(text)).toBeVisible();
    }
  },
};

/** Persian: extended Arabic-Indic digits by default; a counted noun stays singular. */
export const Persian: Story = {
  parameters: { maqal: { locale: 'fa' } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('۱۱ رأی')).toBeVisible();
  },
};

/** Hebrew: dual forms for two, right to left. */
export const Hebrew: Story = {
  parameters: { maqal: { locale: 'he' } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('שתי דקות קריאה')).toBeVisible();
  },
};

/** Urdu: the total first ("5 میں سے 3"), tall Nastaliq leading. */
export const Urdu: Story = { parameters: { maqal: { locale: 'ur' } } };

/** English, left to right. */
export const English: Story = {
  parameters: { maqal: { locale: 'en', dir: 'ltr' } },
  play: async ({ canvasElement }) => {
    await expect(getComputedStyle(canvasElement.querySelector('section')!).direction).toBe('ltr');
    await expect(within(canvasElement).getByText('11 votes')).toBeVisible();
  },
};

/** A nested provider: an English island inside an Arabic page keeps its own lang and dir. */
export const NestedIsland: Story = {
  render: () => (
    <MaqalProvider locale="ar">
      <LocaleShowcase />
      <MaqalProvider locale="en">
        <LocaleShowcase />
      </MaqalProvider>
    </MaqalProvider>
  ),
  play: async ({ canvasElement }) => {
    const [outer, inner] = canvasElement.querySelectorAll('section');
    await expect(getComputedStyle(outer!).direction).toBe('rtl');
    await expect(getComputedStyle(inner!).direction).toBe('ltr');
  },
};
