'use client';
import { createContext, useContext, useMemo } from 'react';
import { defaultNumberingSystem } from './intl.js';
import { getMessages } from './messages/index.js';
import type { Messages } from './messages/types.js';
import { DEFAULTS, readSettings, resolveSettings, type MaqalProviderProps, type MaqalSettings } from './settings.js';
import type { Direction } from './locale.js';

/*
 * The client side of MaqalProvider: React context, which client components (StarRating,
 * ScrollToTop, the relative Timestamp) and static components rendered on the client or by
 * react-dom/server read. React Server Components have no context; MaqalProvider.tsx covers them.
 */

export const MaqalContext = createContext<MaqalSettings | null>(null);

/** The provider as client components see it: context, plus lang/dir on its own element. */
export function ClientProvider({ locale, dir, messages, numberingSystem, calendar, timeZone, children }: MaqalProviderProps) {
  const parent = useContext(MaqalContext);
  const own = useMemo(() => readSettings(locale, dir, numberingSystem, calendar, timeZone), [locale, dir, numberingSystem, calendar, timeZone]);
  const value = useMemo(() => resolveSettings(parent, own, messages), [parent, own, messages]);
  const scoped = own.locale !== undefined || own.dir !== undefined;
  // The digits in force, in the DOM too: ArticleBody's list numbers follow this attribute in CSS.
  const element = scoped || own.numberingSystem !== undefined;
  return (
    <MaqalContext.Provider value={value}>
      {element ? (
        <div
          className="maqal-Provider"
          lang={scoped ? value.locale : undefined}
          dir={scoped ? value.dir : undefined}
          data-maqal-numbering={value.numberingSystem ?? defaultNumberingSystem(value.locale)}
          style={{ display: 'contents' }}
        >
          {children}
        </div>
      ) : (
        children
      )}
    </MaqalContext.Provider>
  );
}

/** Everything the nearest provider set, or the defaults (Arabic) without one. */
export function useMaqal(): MaqalSettings {
  return useContext(MaqalContext) ?? DEFAULTS;
}

/** The locale of the nearest provider; `ar` without one. */
export function useLocale(): string {
  return useMaqal().locale;
}

/**
 * The direction the nearest provider declares; `rtl` without one. For layout use CSS logical
 * properties; for event maths read the element's computed direction at the time of the event.
 */
export function useDirection(): Direction {
  return useMaqal().dir;
}

/** The whole message catalogue of the nearest provider's locale, with its overrides. */
export function useMessages(): Messages {
  const { locale, messages } = useMaqal();
  return useMemo(() => getMessages(locale, messages), [locale, messages]);
}
