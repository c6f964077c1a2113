import { cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { ClientProvider } from './context.js';
import { readSettings, resolveSettings, type MaqalProviderProps, type MaqalSettings } from './settings.js';
import { inServerComponent, isStaticPart, rememberServerSettings, SETTINGS_PROP } from './staticSettings.js';
import { warnOnce } from './warn.js';

export type { MaqalProviderProps, MaqalSettings } from './settings.js';

/**
 * Sets locale, direction, digits, calendar, time zone and message overrides for every maqal
 * component inside it, static ones included. When `locale` or `dir` is given it scopes them to its
 * own element (`display: contents`, so layout is untouched); it never writes to `document`.
 * Providers nest: the inner one wins, and message overrides are inherited only between providers
 * of the same catalogue language. A setting that is not valid is ignored with a development
 * warning, never thrown on. Works on the client, in server rendering and in React Server
 * Components (there it reaches the maqal parts written inside it; see the README).
 */
export function MaqalProvider(props: MaqalProviderProps) {
  if (!inServerComponent) return <ClientProvider {...props} />;
  // A React Server Component: no context. The settings go to the static parts by prop, and to
  // client components through the client provider, which hydrates with the same props.
  const { [SETTINGS_PROP]: parent, children, messages, ...own } = props as MaqalProviderProps & { [SETTINGS_PROP]?: MaqalSettings };
  const settings = resolveSettings(parent ?? null, readSettings(own.locale, own.dir, own.numberingSystem, own.calendar, own.timeZone), messages);
  rememberServerSettings(settings);
  return (
    <ClientProvider {...own} messages={serializable(messages)}>
      {reach(children, settings)}
    </ClientProvider>
  );
}

/**
 * The node with `settings` handed to every maqal static part and nested provider in it: through
 * host elements, fragments, the app's client components' children, and element-valued props such
 * as ArticleHeader's `meta`. A nested provider takes over its own subtree.
 */
function reach(node: ReactNode, settings: MaqalSettings): ReactNode {
  if (Array.isArray(node)) {
    // Plain map, not Children.map: elements keep their keys, and an array of data (Byline's
    // authors) passes through untouched.
    const mapped = node.map((child: ReactNode) => reach(child, settings));
    return mapped.some((child, i) => child !== node[i]) ? mapped : node;
  }
  if (!isValidElement(node)) return node;
  const element = node as ReactElement<Record<string, unknown>>;
  const changes: Record<string, unknown> = {};
  if (element.type === MaqalProvider || isStaticPart(element.type)) changes[SETTINGS_PROP] = settings;
  if (element.type !== MaqalProvider) {
    for (const [key, value] of Object.entries(element.props)) {
      const reached = reach(value as ReactNode, settings);
      if (reached !== value) changes[key] = reached;
    }
  }
  return Object.keys(changes).length > 0 ? cloneElement(element, changes) : element;
}

/**
 * Message overrides as they can cross from a Server Component into the client provider: strings
 * only. A function (a plural form, a message with values) cannot be serialised; static parts still
 * get it, client components need the overrides from a provider rendered by a client component.
 */
function serializable(messages: MaqalProviderProps['messages']): MaqalProviderProps['messages'] {
  if (!messages) return messages;
  let dropped = false;
  const kept = Object.fromEntries(
    Object.entries(messages).map(([namespace, entries]) => [
      namespace,
      Object.fromEntries(
        Object.entries(entries ?? {}).filter(([, message]) => {
          const ok = typeof message === 'string';
          dropped ||= !ok;
          return ok;
        }),
      ),
    ]),
  );
  if (dropped && process.env.NODE_ENV !== 'production') {
    warnOnce(
      'MaqalProvider in a Server Component: message overrides that are functions reach the static parts only; client components (StarRating, ScrollToTop, relative Timestamp) need them from a MaqalProvider rendered by one of your client components.',
    );
  }
  return kept as MaqalProviderProps['messages'];
}
