import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { formatPlural } from '../../core/intl.js';
import { formattingLocale, type NumberingSystem } from '../../core/locale.js';
import { pickMessages, readingTimeMessages } from '../../core/messages/index.js';
import type { ReadingTimeMessages } from '../../core/messages/types.js';
import { readNumber, readNumberingSystem } from '../../core/sanitize.js';
import { overridesFor } from '../../core/settings.js';
import { partLanguage, staticPart, useStaticSettings } from '../../core/staticSettings.js';
import { warnOnce } from '../../core/warn.js';
import { countWordsCached, wordsPerMinuteFor } from './countWords.js';

export interface ReadingTimeProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /**
   * Minutes to read, when known. Rounded up; anything below 1 (0, negative, NaN) shows 1. Wins over `text`.
   * @default undefined
   */
  minutes?: number;
  /**
   * The article text (a string or its paragraphs), to estimate the minutes from its word count.
   * @default undefined
   */
  text?: string | readonly string[];
  /**
   * Reading speed for `text`, in words a minute. Zero, negative or not a number: the language's default, with a development warning.
   * @default by language: Arabic, Persian and Urdu 140, Hebrew 185, English 238, others 184
   */
  wordsPerMinute?: number;
  /**
   * BCP 47 locale tag for the wording, plural form and digits.
   * @default the MaqalProvider's locale, else 'ar'
   */
  locale?: string;
  /**
   * Digits: `latn`, `arab` or `arabext`.
   * @default the MaqalProvider's, else the locale's CLDR default
   */
  numberingSystem?: NumberingSystem;
  /**
   * Overrides of the catalogue's wording: `minutes`, plural forms that are functions of the formatted count.
   * @default undefined (the provider's `messages.readingTime`, else the catalogue's words)
   */
  messages?: Partial<ReadingTimeMessages>;
}

function readParagraphs(text: unknown): string[] | undefined {
  if (text === undefined || text === null) return undefined;
  if (typeof text === 'string') return [text];
  if (Array.isArray(text)) return text.filter((paragraph): paragraph is string => typeof paragraph === 'string');
  if (process.env.NODE_ENV !== 'production') warnOnce(`ReadingTime text must be a string or an array of strings; got ${typeof text}. It was ignored.`);
  return undefined;
}

/**
 * Words a minute for `text`: the one given, or the language's default. Zero or a negative speed is
 * nonsense like NaN, not a very slow reader (clamped to 1 it turned 1000 words into 1000 minutes).
 */
function readSpeed(value: unknown, locale: string): number {
  const speed = readNumber(value, 'ReadingTime wordsPerMinute');
  if (speed === undefined) return wordsPerMinuteFor(locale);
  if (speed <= 0) {
    const fallback = wordsPerMinuteFor(locale);
    if (process.env.NODE_ENV !== 'production') warnOnce(`ReadingTime wordsPerMinute must be above 0; got ${speed}. The language's default (${fallback}) was used.`);
    return fallback;
  }
  // Between 0 and 1: clamped to one word a minute, with a warning, as before.
  return readNumber(speed, 'ReadingTime wordsPerMinute', { min: 1 })!;
}

/**
 * "٣ دقائق للقراءة": how long the article takes to read, given in minutes or estimated from its
 * text, with every plural form of the reader's language. Static; the MaqalProvider's settings
 * reach it.
 */
export const ReadingTime = /* @__PURE__ */ staticPart(
  forwardRef<HTMLSpanElement, ReadingTimeProps>(function ReadingTime(
    { minutes, text, wordsPerMinute, locale: localeProp, numberingSystem, messages, className, ...rest },
    ref,
  ) {
    const settings = useStaticSettings(rest, 'ReadingTime');
    const { locale, dir } = partLanguage(settings, localeProp);
    const intlLocale = formattingLocale(locale);
    let estimate = readNumber(minutes, 'ReadingTime minutes');
    const paragraphs = estimate === undefined ? readParagraphs(text) : undefined;
    if (paragraphs) {
      const speed = readSpeed(wordsPerMinute, intlLocale);
      const words = paragraphs.reduce((sum, paragraph) => sum + countWordsCached(paragraph, intlLocale), 0);
      estimate = words / speed;
    } else if (estimate === undefined && (minutes === undefined || minutes === null)) {
      if (process.env.NODE_ENV !== 'production') warnOnce('ReadingTime needs minutes or text. Nothing was rendered.');
      return null;
    }
    // Round up: "1 minute" for 20 seconds of reading, never "0" or a broken number.
    const count = Math.max(1, Math.ceil(estimate ?? 1));
    const t = pickMessages(readingTimeMessages, locale, { ...overridesFor(settings, locale, 'readingTime'), ...messages });
    const digits = numberingSystem === undefined ? settings.numberingSystem : readNumberingSystem(numberingSystem, 'ReadingTime numberingSystem');
    const label = formatPlural(t.minutes, count, intlLocale, digits);

    return (
      <span
        ref={ref}
        lang={intlLocale}
        dir={dir}
        className={className ? `maqal-ReadingTime ${className}` : 'maqal-ReadingTime'}
        data-minutes={count}
        {...rest}
      >
        {label}
      </span>
    );
  }),
);
