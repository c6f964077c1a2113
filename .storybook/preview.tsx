import type { Decorator, Preview } from '@storybook/react-vite';
import { Fragment, isValidElement } from 'react';
import { configure } from 'storybook/test';
import { MaqalProvider } from '../src';
import type { Direction } from '../src';
import '../src/styles/fonts.css';
import '../src/styles/index.css';
import './preview.css';
import { loadWebFonts } from './loadWebFonts';

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

type Samples = Record<string, Record<string, unknown>>;
type MaqalParameters = {
  /** Pins the story's locale, whatever the toolbar says. */
  locale?: string;
  /** Pins the story's direction. */
  dir?: Direction;
  /** A static component: the toolbar's locale reaches its `locale` argument. */
  localeArg?: boolean;
  /**
   * The story's text args written in each language (`ar` is the story's own Arabic args, exactly):
   * with the toolbar on Hebrew, a static component's story swaps in the Hebrew sample along with
   * `locale="he"`, rather than relabelling its Arabic text as Hebrew.
   */
  samples?: Samples;
  /** The story's own text is in this language (written into its render, not its args). */
  text?: string;
};

// Arabic script, as the stories write it (Arabic, Persian and Urdu letters, presentation forms).
const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;

/** True if a story arg holds Arabic-script text anywhere: a string, an array, an object, a React element's props. */
function holdsArabic(value: unknown, seen = new Set<object>()): boolean {
  if (typeof value === 'string') return ARABIC_SCRIPT.test(value);
  if (value === null || typeof value !== 'object' || seen.has(value)) return false;
  seen.add(value);
  if (isValidElement(value)) return holdsArabic(value.props, seen);
  return Object.values(value).some((item) => holdsArabic(item, seen));
}

/** An arg still holds the story's default sample (React elements: the same kind of element). */
function sameSample(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (isValidElement(a) || isValidElement(b)) return isValidElement(a) && isValidElement(b) && a.type === b.type;
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}

/**
 * The args a story shows in `language`: its own when no arg holds Arabic text; the sample written
 * in that language when every Arabic arg is still the story's default sample; otherwise null —
 * the story's text exists in Arabic only, and stays Arabic (issue 15: no Arabic relabelled).
 */
function argsInLanguage(args: Record<string, unknown>, samples: Samples | undefined, language: string): Record<string, unknown> | null {
  const own = samples?.ar ?? {};
  const target = samples?.[language];
  for (const [key, value] of Object.entries(args)) {
    if (key in own) {
      if (!target || !sameSample(value, own[key])) return null;
    } else if (holdsArabic(value)) return null;
  }
  return target ?? {};
}

const languageOf = (locale: string) => locale.split('-')[0]!.toLowerCase();
const LANGUAGE_NAMES: Record<string, string> = { he: 'Hebrew', fa: 'Persian', ur: 'Urdu', en: 'English' };

type Mode = { dir: Direction | undefined; theme: string; label?: string };

/**
 * Wraps every story in a MaqalProvider and a root that carries dir, lang and the theme, the way
 * an app would. A story may pin its own locale or direction with `parameters.maqal`.
 * Static components cannot read the provider (they render as Server Components), so their stories
 * set `parameters.maqal.localeArg` and the toolbar's locale reaches their `locale` arg, unless the
 * story sets one itself — with text written in that language from `parameters.maqal.samples`.
 * A story whose text exists only in Arabic keeps `lang="ar"` under any toolbar locale, and says so.
 * With the Modes toolbar on "compare", the story is drawn four times, RTL/LTR × light/dark, each
 * in its own provider and theme root.
 */
const withMaqal: Decorator = (Story, context) => {
  const pinned = (context.parameters.maqal ?? {}) as MaqalParameters;
  const toolbarLocale = (context.globals.locale as string | undefined) ?? 'ar';
  let locale = pinned.locale ?? toolbarLocale;
  let swapped: Record<string, unknown> | undefined;
  let keptArabic = false;
  const language = languageOf(locale);
  if (!pinned.locale && language !== 'ar') {
    const inLanguage = pinned.text === 'ar' ? null : argsInLanguage(context.args, pinned.samples, language);
    if (inLanguage === null) keptArabic = true;
    else swapped = inLanguage;
  }
  if (keptArabic) locale = 'ar';
  const globalDir = context.globals.direction as StoryGlobals['direction'];
  const dir = pinned.dir ?? (globalDir === 'rtl' || globalDir === 'ltr' ? globalDir : undefined);
  // Every story sets its theme on its root, as an app would: maqal never follows the OS on its own.
  const theme = context.globals.theme === 'dark' || context.globals.theme === 'auto' ? context.globals.theme : 'light';
  const followsToolbar = pinned.localeArg === true && context.initialArgs.locale === undefined;
  const args = followsToolbar ? { ...context.args, ...swapped, locale } : swapped && Object.keys(swapped).length > 0 ? { ...context.args, ...swapped } : undefined;
  const story = args ? <Story args={args} /> : <Story />;
  // Docs pages stack many previews: there each takes its content's height (preview.css).
  const view = context.viewMode === 'docs' ? 'docs' : 'canvas';
  const note = keptArabic ? (
    <p className="maqal-StoryNote" lang="en" dir="ltr">
      This story’s sample text is written in Arabic only, so it stays Arabic (<code>lang=&quot;ar&quot;</code>) rather than pass for{' '}
      {LANGUAGE_NAMES[languageOf(toolbarLocale)] ?? toolbarLocale}. The locale’s own prose is in the language stories (Article page, ArticleHeader,
      ArticleBody).
    </p>
  ) : null;

  const draw = (mode: Mode) => (
    <MaqalProvider locale={locale} dir={mode.dir} timeZone="Asia/Riyadh">
      <div className="maqal-StoryRoot" data-maqal-theme={mode.theme} data-view={view} data-mode={mode.label ? 'compare' : undefined}>
        {mode.label ? (
          <p className="maqal-StoryModeLabel" lang="en" dir="ltr">
            {mode.label}
          </p>
        ) : null}
        {note}
        {story}
      </div>
    </MaqalProvider>
  );

  if (context.globals.mode !== 'compare') return draw({ dir, theme });
  // Light/dark × RTL/LTR, side by side (a pinned direction stays pinned in all four).
  const modes: Mode[] = [
    { dir: pinned.dir ?? 'rtl', theme: 'light', label: `${pinned.dir ?? 'rtl'} · light` },
    { dir: pinned.dir ?? 'rtl', theme: 'dark', label: `${pinned.dir ?? 'rtl'} · dark` },
    { dir: pinned.dir ?? 'ltr', theme: 'light', label: `${pinned.dir ?? 'ltr'} · light` },
    { dir: pinned.dir ?? 'ltr', theme: 'dark', label: `${pinned.dir ?? 'ltr'} · dark` },
  ];
  return (
    <div className="maqal-StoryModes" data-view={view}>
      {modes.map((mode) => (
        <Fragment key={mode.label}>{draw(mode)}</Fragment>
      ))}
    </div>
  );
};

const preview: Preview = {
  // Draw every story in maqal's web fonts, the first one too (fonts.css is font-display: optional).
  loaders: [loadWebFonts],
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
    mode: {
      description: 'One mode, or the four modes side by side',
      toolbar: {
        title: 'Modes',
        icon: 'sidebyside',
        dynamicTitle: true,
        items: [
          { value: 'single', title: 'One mode (the toolbar’s)' },
          { value: 'compare', title: 'Compare: RTL/LTR × light/dark' },
        ],
      },
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
    mode: 'single',
  },
  parameters: {
    layout: 'fullscreen',
    options: { storySort: { order: ['Article page', 'Introduction', 'Tokens', 'Foundation', 'Components'] } },
    controls: { expanded: true },
    a11y: { test: 'error' },
    viewport: {
      options: {
        narrow: { name: 'Narrow 320', styles: { width: '320px', height: '640px' }, type: 'mobile' },
        phone: { name: 'Phone 360', styles: { width: '360px', height: '740px' }, type: 'mobile' },
        tablet: { name: 'Tablet 768', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
        desktop: { name: 'Desktop 1280', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
