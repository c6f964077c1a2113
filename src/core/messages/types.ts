import type { PluralMessage } from '../intl.js';
import type { CatalogueLanguage } from '../locale.js';

export type { PluralMessage };

/*
 * Every message is either a plain string or a function of already formatted values, so that word
 * order stays the translator's: nothing in maqal concatenates translated fragments.
 * The catalogue is split by component so that importing one component bundles only its strings.
 */

/** Strings of the readers' star rating. */
export interface RatingMessages {
  /** Visible label of the rating group. */
  label: string;
  /** Shown when nobody has voted yet. */
  empty: string;
  /** The number of votes, every plural form the language has. */
  votes: PluralMessage;
  /** The average as shown ("4.2 out of 5"). */
  average: (values: { average: string; max: string }) => string;
  /** The whole state as one sentence, for screen readers ("rated 3.7 out of 5, 37 votes"). */
  summary: (values: { average: string; max: string; votes: string }) => string;
  /** "N stars" as it reads after "out of" (Arabic needs the genitive here). */
  outOfStars: PluralMessage;
  /** Accessible name of one star: "3 out of 5 stars". */
  item: (values: { value: string; outOf: string }) => string;
  /** The reader's own earlier vote. */
  yours: (values: { value: string }) => string;
  /** Shown after a vote was saved. */
  thanks: string;
  /** Shown when saving a vote failed. */
  error: string;
  /** Shown while a vote is being saved. */
  saving: string;
  /** A read-only rating with no value or no votes: never "0 out of 5". */
  notRated: string;
  /** Why a required rating is invalid: no star chosen. */
  required: string;
  /** Announced after a vote was saved ("your rating was saved: 4 out of 5 stars"). */
  rated: (values: { item: string }) => string;
  /** The button that clears a chosen rating. */
  clear: string;
}

/** Strings of the article header. */
export interface HeaderMessages {
  /** Badge of a breaking-news kicker. */
  breaking: string;
  /** Badge of a live-coverage kicker. */
  live: string;
  /** Badge of an opinion piece. */
  opinion: string;
}

/** Strings of the byline and its timestamps. */
export interface BylineMessages {
  /** Word before the authors' names ("بقلم", "By"); empty for none. */
  prefix: string;
  /** Label before the publication time. */
  published: string;
  /** Label before the time of the last update. */
  updated: string;
}

/**
 * What a person named in a byline contributed, when it is not the writing. Each has its own label
 * ("تصوير:"), because the prefix before the writers ("بقلم", "by the pen of") would misname them.
 */
export type BylineContribution = 'photos' | 'video' | 'graphics' | 'translation' | 'editing';

/**
 * Labels of the byline's credits that are not writing, one per `BylineContribution`. A namespace of
 * their own, so that a Timestamp (which reads `byline`) does not ship them.
 */
export interface CreditMessages {
  /** Label before the names of those who took the photos ("تصوير:"); empty for none. */
  photos: string;
  /** Label before the names of those who filmed or produced the video ("فيديو:"). */
  video: string;
  /** Label before the names of those who drew the graphics or illustrations ("رسوم:"). */
  graphics: string;
  /** Label before the names of the translators ("ترجمة:"). */
  translation: string;
  /** Label before the names of the editors ("تحرير:"). */
  editing: string;
}

/** Strings of the reading-time estimate. */
export interface ReadingTimeMessages {
  /** "N minutes to read", every plural form the language has. */
  minutes: PluralMessage;
}

/** Strings of the back-to-top button. */
export interface ScrollToTopMessages {
  /** Accessible name of the button: what it does, not what it is. */
  label: string;
}

/** One language's whole catalogue. */
export interface Messages {
  rating: RatingMessages;
  header: HeaderMessages;
  byline: BylineMessages;
  credits: CreditMessages;
  readingTime: ReadingTimeMessages;
  scrollToTop: ScrollToTopMessages;
}

/** Overrides an app passes to `MaqalProvider`: any message of any namespace. */
export type MessageOverrides = { [N in keyof Messages]?: Partial<Messages[N]> };

/**
 * The plural categories CLDR gives each catalogue language: what
 * `new Intl.PluralRules(lang).resolvedOptions().pluralCategories` answers (test/messages.test.ts
 * checks that the two agree, so a CLDR change shows up as a failing test, not a missing form).
 * Hebrew has no `many` in current CLDR (older data had one for 20, 30…); Persian's `one` also
 * covers 0 and fractions below 1 (`i = 0 or n = 1`).
 */
export interface PluralCategories {
  ar: 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
  he: 'one' | 'two' | 'other';
  fa: 'one' | 'other';
  ur: 'one' | 'other';
  en: 'one' | 'other';
}

/** A plural message with exactly the forms language `L` has: a missing or a foreign one is a compile error. */
export type PluralForms<L extends CatalogueLanguage> = Record<PluralCategories[L], (count: string) => string>;

/**
 * One namespace's messages as language `L`'s catalogue file writes them: like `T`, except that
 * every plural message must have exactly `L`'s plural forms. Components read the looser `T`
 * (any form but `other` may be absent), which is also what an app's overrides are checked against.
 */
export type InLanguage<T, L extends CatalogueLanguage> = {
  [K in keyof T]: T[K] extends PluralMessage ? PluralForms<L> : T[K];
};

/** One language's whole catalogue, with each plural message checked against the language. */
export type Catalogue<L extends CatalogueLanguage> = { [N in keyof Messages]: InLanguage<Messages[N], L> };
