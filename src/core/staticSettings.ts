import * as React from 'react';
import { MaqalContext } from './context.js';
import { localeDirection, normalizeLocale, type Direction } from './locale.js';
import { DEFAULTS, type MaqalSettings } from './settings.js';
import { warnOnce } from './warn.js';

/*
 * How a static component (Byline, Timestamp, ReadingTime, Kicker, ArticleHeader, ArticleBody…)
 * learns the settings of the MaqalProvider around it, wherever it renders:
 *
 * - On the client and in react-dom/server (a Vite app, renderToString, streams), from React context,
 *   like any component.
 * - In a React Server Component, React has no context (its react-server build has no useContext).
 *   There the provider, itself a server component, hands its settings to the maqal parts written
 *   inside it through a prop (SETTINGS_PROP, see MaqalProvider.tsx). A part it cannot reach — one
 *   rendered by the app's own server component — falls back to the page's settings: those of the
 *   first provider rendered for this request, kept with React's per-request `cache`.
 *
 * The static component calls no hook of its own; this is its one read, and it stays valid in the
 * react-server build, where `useContext` is absent and nothing is read from context.
 */

/** The prop a provider in a Server Component sets on the maqal parts it reaches. Not public API. */
export const SETTINGS_PROP = '__maqalSettings';

const STATIC_PART = Symbol.for('maqal.staticPart');
const CLIENT_REFERENCE = Symbol.for('react.client.reference');

/**
 * Marks a static component as one a provider in a Server Component hands its settings to. Pure,
 * so that a bundler drops an unused component with its mark.
 */
export function staticPart<T extends object>(component: T): T {
  return Object.assign(component, { [STATIC_PART]: true });
}

/** Whether an element type is a maqal static part. A client reference is not (and must not be dotted into). */
export function isStaticPart(type: unknown): boolean {
  if ((typeof type !== 'function' && typeof type !== 'object') || type === null) return false;
  if ((type as { $$typeof?: symbol }).$$typeof === CLIENT_REFERENCE) return false;
  return (type as { [STATIC_PART]?: boolean })[STATIC_PART] === true;
}

type Reader = <T>(context: React.Context<T>) => T;
const readContext = (React as unknown as { useContext?: Reader }).useContext;
const cache = (React as unknown as { cache?: <T>(fn: () => T) => () => T }).cache;

/** True while rendering a React Server Component: React's react-server build has no context. */
export const inServerComponent = readContext === undefined;

interface RequestState {
  /** The first provider's settings in this request: what a part out of any provider's reach gets. */
  page: MaqalSettings | null;
  /** A provider has rendered with another language than the page's: an island. */
  islands: boolean;
}
// One per request in a Server Component render (React's cache is scoped to the request there).
const requestState = inServerComponent && cache ? cache((): RequestState => ({ page: null, islands: false })) : undefined;

/** Records a server provider's settings for this request (see the fallback above). */
export function rememberServerSettings(settings: MaqalSettings): void {
  const state = requestState?.();
  if (!state) return;
  if (state.page === null) state.page = settings;
  else if (state.page.locale !== settings.locale) state.islands = true;
}

/**
 * The settings in force for a static component, taking the provider's prop out of `rest` (so that
 * it never reaches the DOM). `where` names the component in a development warning.
 */
export function useStaticSettings(rest: object, where: string): MaqalSettings {
  const props = rest as Record<string, unknown>;
  const given = props[SETTINGS_PROP] as MaqalSettings | undefined;
  delete props[SETTINGS_PROP];
  if (readContext) return given ?? readContext(MaqalContext) ?? DEFAULTS;
  if (given) return given;
  const state = requestState?.();
  if (state?.islands && process.env.NODE_ENV !== 'production') {
    warnOnce(
      `${where} is rendered by one of your Server Components, out of reach of the MaqalProvider around it (Server Components have no context), on a page with more than one language. It used the page's settings (${state.page?.locale}); give it a locale, or write it directly inside the provider.`,
    );
  }
  return state?.page ?? DEFAULTS;
}

/**
 * A part's language: its own `locale` prop, else the settings'. `dir` is set only when that
 * language is written the other way from the settings around it, so that an English part in an
 * Arabic page reads "4 min read", not "min read 4", and its neighbours are not reordered.
 */
export function partLanguage(settings: MaqalSettings, locale: unknown): { locale: string; dir: Direction | undefined } {
  const own = locale === undefined || locale === null || locale === '' ? settings.locale : normalizeLocale(locale);
  const dir = localeDirection(own);
  return { locale: own, dir: dir === settings.dir ? undefined : dir };
}

/**
 * A block part's own language: `locale`, or the deprecated `lang` (with a development warning);
 * undefined when neither is given, and the part then speaks the settings' language.
 */
export function ownLanguage(locale: unknown, lang: unknown, where: string): string | undefined {
  if (lang !== undefined && process.env.NODE_ENV !== 'production') {
    warnOnce(`${where}: lang is deprecated; use locale, maqal's one name for a part's language (it sets lang and dir the same way).`);
  }
  const value = locale ?? lang;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
