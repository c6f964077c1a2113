// What "one language setting reaches every part" means, read off a rendered page (issue 14).
// Shared by the client (jsdom) and server (Node) tests, so both hold the page to the same words.

/** The expected words of each part, by language: catalogue strings and CLDR dates in Riyadh. */
export const EXPECTED = {
  ar: {
    kicker: 'عاجل',
    byline: 'بقلم Salma Najjar وOmar Al-Fassi',
    date: '١ ديسمبر ٢٠٢٦', // 21:30 UTC is 1 December in Riyadh; Arabic-Indic digits from the provider
    published: 'نُشر',
    relative: 'قبل ساعتين',
    readingTime: '٣ دقائق للقراءة',
    rating: 'تقييم القرّاء',
  },
  en: {
    kicker: 'Breaking',
    byline: 'Salma Najjar and Omar Al-Fassi',
    date: 'December 1, 2026',
    published: 'Published',
    relative: '2 hours ago',
    readingTime: '3 min read',
    rating: 'Readers’ rating',
  },
} as const;

/** The same, for the island: no Arabic-Indic digits when the page is English (digits go with the page's language). */
export const ISLAND_AR = { ...EXPECTED.ar, date: '1 ديسمبر 2026', readingTime: '3 دقائق للقراءة' };

/** The page's "now" (test/fixtures/languagePage.tsx). */
export const NOW = '2026-11-30T23:30:00Z';

/** Text with no white space, so that where markup breaks a line does not matter. */
export const squash = (text: string) => text.replace(/\s+/g, '');
