import { useId } from 'react';
import { useDirection, useLocale, useMessages } from '../src';
import { formatNumber, formatPlural } from '../src/core/intl';
import type { NumberingSystem } from '../src';

const COUNTS = [0, 1, 2, 3, 11, 100];

export interface LocaleDemoProps {
  /** Digits to format with; the locale's own when omitted. */
  numberingSystem?: NumberingSystem;
}

/**
 * Shows what the core gives every component: the provider's locale and direction, the catalogue's
 * strings, plural forms for 0, 1, 2, 3, 11 and 100, and digits in a numbering system.
 */
export function LocaleDemo({ numberingSystem }: LocaleDemoProps) {
  const locale = useLocale();
  const dir = useDirection();
  const messages = useMessages();
  const titleId = useId();
  return (
    <section className="maqal-Demo" aria-labelledby={titleId}>
      <h2 id={titleId}>{messages.rating.label}</h2>
      <p>
        <code>lang={locale}</code> · <code>dir={dir}</code>
      </p>
      <p>{messages.rating.empty}</p>
      <table>
        <caption>{messages.readingTime.minutes.other(formatNumber(3, locale, numberingSystem))}</caption>
        <tbody>
          {COUNTS.map((count) => (
            <tr key={count}>
              <th scope="row">{formatNumber(count, locale, numberingSystem)}</th>
              <td>{formatPlural(messages.rating.votes, count, locale, numberingSystem)}</td>
              <td>{formatPlural(messages.readingTime.minutes, count, locale, numberingSystem)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
