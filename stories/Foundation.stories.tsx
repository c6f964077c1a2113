import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { MaqalProvider } from '../src';
import { LocaleDemo } from './LocaleDemo';

/**
 * The locale and direction core every component stands on. Use the toolbar to switch direction,
 * locale and theme: the provider scopes `lang` and `dir` to its subtree and the catalogue answers
 * in the chosen language with every plural form it has.
 */
const meta = {
  title: 'Foundation/Locale and direction',
  component: LocaleDemo,
  subcomponents: { MaqalProvider },
} satisfies Meta<typeof LocaleDemo>;

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
  args: { numberingSystem: 'arab' },
  parameters: { maqal: { locale: 'ar' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('١١ صوتًا')).toBeVisible();
    await expect(canvas.getByText('صوتان')).toBeVisible();
  },
};

/** The six Arabic plural forms for 0, 1, 2, 3, 11 and 100 votes. */
export const ArabicPlurals: Story = {
  parameters: { maqal: { locale: 'ar' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const text of ['لا أصوات', 'صوت واحد', 'صوتان', '3 أصوات', '11 صوتًا', '100 صوت']) {
      await expect(canvas.getByText(text)).toBeVisible();
    }
  },
};

/** Persian: extended Arabic-Indic digits by default, one plural form. */
export const Persian: Story = { parameters: { maqal: { locale: 'fa' } } };

/** Hebrew: dual forms for two, RTL. */
export const Hebrew: Story = { parameters: { maqal: { locale: 'he' } } };

/** Urdu: the total first ("5 میں سے 3"), tall Nastaliq leading. */
export const Urdu: Story = { parameters: { maqal: { locale: 'ur' } } };

/** English, left to right. */
export const English: Story = { parameters: { maqal: { locale: 'en' } } };

/** A nested provider: an English island inside an Arabic page keeps its own lang and dir. */
export const NestedIsland: Story = {
  render: () => (
    <MaqalProvider locale="ar">
      <LocaleDemo />
      <MaqalProvider locale="en">
        <LocaleDemo />
      </MaqalProvider>
    </MaqalProvider>
  ),
  play: async ({ canvasElement }) => {
    const [outer, inner] = canvasElement.querySelectorAll('section');
    await expect(getComputedStyle(outer!).direction).toBe('rtl');
    await expect(getComputedStyle(inner!).direction).toBe('ltr');
  },
};
