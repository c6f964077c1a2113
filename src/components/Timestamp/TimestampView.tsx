import type { ComponentPropsWithoutRef, ReactNode, Ref } from 'react';

/** Everything both halves of Timestamp have resolved, ready to render. */
export interface TimestampViewProps {
  ref: Ref<HTMLSpanElement> | undefined;
  /** The locale the text is in, for `lang`. */
  lang: string;
  format: string;
  kind: 'published' | 'updated' | undefined;
  /** The catalogue's "نُشر" / "آخر تحديث", or '' for none. */
  label: string;
  /** The instant in ISO 8601, for `<time dateTime>`. */
  iso: string;
  title: string | undefined;
  className: string | undefined;
  rest: Omit<ComponentPropsWithoutRef<'span'>, 'children' | 'className'>;
  children: ReactNode;
}

/**
 * The markup of a Timestamp, shared by the static (absolute) and the client (relative) component
 * so the two cannot drift apart. A plain function, not a component: each caller owns its ref.
 */
export function timestampView({ ref, lang, format, kind, label, iso, title, className, rest, children }: TimestampViewProps) {
  return (
    <span
      ref={ref}
      lang={lang}
      className={className ? `maqal-Timestamp ${className}` : 'maqal-Timestamp'}
      data-format={format}
      data-kind={kind}
      {...rest}
    >
      {label && (
        <>
          <span className="maqal-Timestamp-label">{label}</span>{' '}
        </>
      )}
      {/* dir="auto": the date reads in its own language's direction whatever the page's is. */}
      <time dateTime={iso} title={title} dir="auto">
        {children}
      </time>
    </span>
  );
}
