import type { Decorator, Preview } from '@storybook/react-vite';
import { configure } from 'storybook/test';
import { MaqalProvider } from '../src';
import type { Direction } from '../src';
import '../src/styles/fonts.css';
import '../src/styles/index.css';
import './preview.css';

type StoryGlobals = { direction: Direction | 'auto'; theme: 'light' | 'dark' | 'auto' };

// The story tests run every story once per direction and theme (see vitest.config.ts).
declare const __MAQAL_STORY_GLOBALS__: StoryGlobals | undefined;
const testGlobals = typeof __MAQAL_STORY_GLOBALS__ === 'undefined' ? undefined : __MAQAL_STORY_GLOBALS__;

// Plays wait up to 5 s, not Testing Library's 1 s: CI runs four story projects at once beside the
// browser tests on two cores, and a vote's promise or a font load can take longer than a second.
configure({ asyncUtilTimeout: 5000 });

const LOCALES = [
  { value: 'ar', title: 'العربية (ar)' },
  { value: 'ar-EG', title: 'العربية، مصر (ar-EG)' },
  { value: 'he', title: 'עברית (he)' },
  { value: 'fa', title: 'فارسی (fa)' },
  { value: 'ur', title: 'اردو (ur)' },
  { value: 'en', title: 'English (en)' },
];

/**
 * Wraps every story in a MaqalProvider and a root that carries dir, lang and the theme, the way
 * an app would. A story may pin its own locale or direction with `parameters.maqal`.
 * Static components cannot read the provider (they render as Server Components), so their stories
 * set `parameters.maqal.localeArg` and the toolbar's locale reaches their `locale` arg, unless the
 * story sets one itself.
 */
const withMaqal: Decorator = (Story, context) => {
  const pinned = (context.parameters.maqal ?? {}) as { locale?: string; dir?: Direction; localeArg?: boolean };
  const locale = pinned.locale ?? (context.globals.locale as string) ?? 'ar';
  const globalDir = context.globals.direction as StoryGlobals['direction'];
  const dir = pinned.dir ?? (globalDir === 'rtl' || globalDir === 'ltr' ? globalDir : undefined);
  // Every story sets its theme on its root, as an app would: maqal never follows the OS on its own.
  const theme = context.globals.theme === 'dark' || context.globals.theme === 'auto' ? context.globals.theme : 'light';
  const followsToolbar = pinned.localeArg === true && context.initialArgs.locale === undefined;
  return (
    <MaqalProvider locale={locale} dir={dir} timeZone="Asia/Riyadh">
      <div className="maqal-StoryRoot" data-maqal-theme={theme}>
        {followsToolbar ? <Story args={{ ...context.args, locale }} /> : <Story />}
      </div>
    </MaqalProvider>
  );
};

const preview: Preview = {
  decorators: [withMaqal],
  globalTypes: {
    direction: {
      description: 'Writing direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        dynamicTitle: true,
        items: [
          { value: 'rtl', title: 'RTL' },
          { value: 'ltr', title: 'LTR' },
          { value: 'auto', title: 'From the locale' },
        ],
      },
    },
    locale: {
      description: 'Locale',
      toolbar: { title: 'Locale', icon: 'globe', dynamicTitle: true, items: LOCALES },
    },
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        dynamicTitle: true,
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'auto', title: 'Follow the system (data-maqal-theme="auto")', icon: 'mirror' },
        ],
      },
    },
  },
  initialGlobals: {
    locale: 'ar',
    direction: testGlobals?.direction ?? 'rtl',
    theme: testGlobals?.theme ?? 'light',
  },
  parameters: {
    layout: 'fullscreen',
    options: { storySort: { order: ['Article page', 'Introduction', 'Tokens', 'Foundation', 'Components'] } },
    controls: { expanded: true },
    a11y: { test: 'error' },
    viewport: {
      options: {
        phone: { name: 'Phone 360', styles: { width: '360px', height: '740px' }, type: 'mobile' },
        tablet: { name: 'Tablet 768', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
        desktop: { name: 'Desktop 1280', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
