import { describe, expect, it } from 'vitest';
import { formatPlural, type PluralMessage } from '../src/core/intl';
import { getMessages, ratingMessages, readingTimeMessages } from '../src/core/messages';
import * as ar from '../src/core/messages/ar';
import * as en from '../src/core/messages/en';
import * as fa from '../src/core/messages/fa';
import * as he from '../src/core/messages/he';
import * as ur from '../src/core/messages/ur';

const COUNTS = [0, 1, 2, 3, 11, 100];

const CATALOGUES = { ar, he, fa, ur, en } as const;

/** Every plural message of a catalogue (the object-valued messages), named namespace.key. */
function pluralMessages(catalogue: object): [string, PluralMessage][] {
  return Object.entries(catalogue).flatMap(([namespace, messages]) =>
    Object.entries(messages as object)
      .filter(([, message]) => typeof message === 'object' && message !== null)
      .map(([key, message]) => [`${namespace}.${key}`, message as PluralMessage] as [string, PluralMessage]),
  );
}

describe('Arabic plurals', () => {
  it('selects six different catalogue branches for 0, 1, 2, 3, 11 and 100', () => {
    const votes = COUNTS.map((n) => formatPlural(ratingMessages.ar.votes, n, 'ar'));
    expect(votes).toEqual(['لا أصوات', 'صوت واحد', 'صوتان', '3 أصوات', '11 صوتًا', '100 صوت']);
    expect(new Set(votes).size).toBe(6);
  });

  it('uses the many form for 11–99 and the other form from 100, past the round hundreds', () => {
    expect(formatPlural(ratingMessages.ar.votes, 99, 'ar')).toBe('99 صوتًا');
    expect(formatPlural(ratingMessages.ar.votes, 102, 'ar')).toBe('102 صوت');
    expect(formatPlural(ratingMessages.ar.votes, 103, 'ar')).toBe('103 أصوات');
    expect(formatPlural(ratingMessages.ar.votes, 111, 'ar')).toBe('111 صوتًا');
  });

  it('gives reading time its one and two forms without a numeral', () => {
    const minutes = [1, 2, 3, 11, 100].map((n) => formatPlural(readingTimeMessages.ar.minutes, n, 'ar'));
    expect(minutes).toEqual([
      'دقيقة واحدة للقراءة',
      'دقيقتان للقراءة',
      '3 دقائق للقراءة',
      '11 دقيقة للقراءة',
      '100 دقيقة للقراءة',
    ]);
  });

  it('writes Arabic-Indic digits when asked', () => {
    expect(formatPlural(ratingMessages.ar.votes, 37, 'ar', 'arab')).toBe('٣٧ صوتًا');
  });
});

describe('the other catalogues', () => {
  it('Hebrew has words for one and two and a plural for the rest', () => {
    expect(COUNTS.map((n) => formatPlural(ratingMessages.he.votes, n, 'he'))).toEqual([
      '0 קולות',
      'קול אחד',
      'שני קולות',
      '3 קולות',
      '11 קולות',
      '100 קולות',
    ]);
  });

  it('Persian keeps the noun singular after a numeral, in extended Arabic-Indic digits', () => {
    expect(COUNTS.map((n) => formatPlural(ratingMessages.fa.votes, n, 'fa'))).toEqual([
      '۰ رأی',
      '۱ رأی',
      '۲ رأی',
      '۳ رأی',
      '۱۱ رأی',
      '۱۰۰ رأی',
    ]);
  });

  it('Urdu counts votes with Latin digits by default', () => {
    expect(formatPlural(ratingMessages.ur.votes, 11, 'ur')).toBe('11 ووٹ');
    expect(ratingMessages.ur.item({ value: '3', outOf: formatPlural(ratingMessages.ur.outOfStars, 5, 'ur') })).toBe(
      '5 ستاروں میں سے 3',
    );
  });

  it('English has one and other', () => {
    expect(COUNTS.map((n) => formatPlural(ratingMessages.en.votes, n, 'en'))).toEqual([
      '0 votes',
      '1 vote',
      '2 votes',
      '3 votes',
      '11 votes',
      '100 votes',
    ]);
  });

  it('every language defines every message of every namespace', () => {
    const shape = (catalogue: object) =>
      Object.entries(catalogue)
        .map(([ns, messages]) => `${ns}:${Object.keys(messages as object).sort().join(',')}`)
        .sort();
    for (const catalogue of [he, fa, ur, en]) expect(shape(catalogue)).toEqual(shape(ar));
  });

  it("every plural message has exactly its language's CLDR plural categories", () => {
    for (const [language, catalogue] of Object.entries(CATALOGUES)) {
      const categories = [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();
      const messages = pluralMessages(catalogue);
      expect(messages.map(([name]) => name).sort()).toEqual(['rating.outOfStars', 'rating.votes', 'readingTime.minutes']);
      for (const [name, message] of messages) {
        expect({ [`${language} ${name}`]: Object.keys(message).sort() }).toEqual({ [`${language} ${name}`]: categories });
      }
    }
  });

  it("renders text for every count under its own language's plural rules (regression: all were formatted as English)", () => {
    for (const [language, catalogue] of Object.entries(CATALOGUES)) {
      const rules = new Intl.PluralRules(language);
      for (const [name, message] of pluralMessages(catalogue)) {
        const reached = new Set<string>();
        for (const n of [...COUNTS, 0.5, 5, 20, 101, 102, 1000001]) {
          reached.add(rules.select(n));
          expect(formatPlural(message, n, language).trim(), `${language} ${name} ${n}`).not.toBe('');
        }
        // The counts reach every category the language has, so every form above was rendered.
        expect([...reached].sort(), `${language} ${name}`).toEqual([...rules.resolvedOptions().pluralCategories].sort());
      }
    }
  });

  it("gives Persian a one form with the numeral, since Persian's one also covers 0 (no 'یک رأی' for zero votes)", () => {
    expect(new Intl.PluralRules('fa').select(0)).toBe('one');
    expect([0, 1].map((n) => formatPlural(ratingMessages.fa.votes, n, 'fa'))).toEqual(['۰ رأی', '۱ رأی']);
    expect(formatPlural(readingTimeMessages.fa.minutes, 1, 'fa', 'latn')).toBe('1 دقیقه مطالعه');
  });

  it('gives Urdu a one form that keeps the numeral in the direct case and the oblique singular after میں سے', () => {
    expect(COUNTS.map((n) => formatPlural(ratingMessages.ur.votes, n, 'ur'))).toEqual([
      '0 ووٹ',
      '1 ووٹ',
      '2 ووٹ',
      '3 ووٹ',
      '11 ووٹ',
      '100 ووٹ',
    ]);
    expect(formatPlural(readingTimeMessages.ur.minutes, 1, 'ur', 'arabext')).toBe('۱ منٹ کا مطالعہ');
    expect(formatPlural(ratingMessages.ur.outOfStars, 1, 'ur')).toBe('ایک ستارے');
  });
});

describe('getMessages', () => {
  it('applies an app override on top of the catalogue without losing the other strings', () => {
    const messages = getMessages('ar', { rating: { empty: 'قيّم المقال' } });
    expect(messages.rating.empty).toBe('قيّم المقال');
    expect(messages.rating.label).toBe('تقييم القرّاء');
    expect(messages.scrollToTop.label).toBe('العودة إلى الأعلى');
  });

  it('falls back to Arabic for a language maqal has no catalogue for', () => {
    expect(getMessages('ja').rating.label).toBe('تقييم القرّاء');
    expect(getMessages('en-GB').rating.label).toBe('Readers’ rating');
  });
});
