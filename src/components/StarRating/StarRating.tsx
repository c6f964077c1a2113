'use client';
import {
  forwardRef,
  useEffect,
  useId,
  useRef,
  useState,
  type CSSProperties,
  type HTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { formatNumber, formatPlural } from '../../core/intl.js';
import { elementDirection, normalizeLocale } from '../../core/locale.js';
import { overridesFor, useMaqal } from '../../core/MaqalProvider.js';
import { pickMessages, ratingMessages } from '../../core/messages/index.js';
import { useControllableState } from '../../core/useControllableState.js';
import { readChoice, readCount, readMax, readRating, readSteps, starFill, type StarPrecision } from './values.js';


export interface StarRatingProps extends Omit<HTMLAttributes<HTMLDivElement>, 'defaultValue' | 'children'> {
  /**
   * The chosen rating (controlled): a whole number from 1 to `max`, or null for none. Read-only
   * ratings may be fractional and are drawn to `precision`.
   * @default undefined (uncontrolled)
   */
  value?: number | null;
  /**
   * The rating chosen at first, when uncontrolled; also what a form reset restores.
   * @default null
   */
  defaultValue?: number | null;
  /**
   * Called when the reader chooses a star (click, tap, Enter, Space or an arrow key) or clears it.
   * @default undefined
   */
  onValueChange?: (value: number | null) => void;
  /**
   * Casts a vote. Called on click, tap, Enter or Space, never on an arrow key. Return a promise
   * to show a pending state; a rejection (or a throw) restores the previous state and shows an error.
   * @default undefined
   */
  onRate?: (value: number) => void | Promise<unknown>;
  /**
   * Number of stars, a whole number from 1 to 10.
   * @default 5
   */
  max?: number;
  /**
   * Display only: one image with the whole state as its name, no radios.
   * @default false
   */
  readOnly?: boolean;
  /**
   * Shown but inert: the radios are disabled.
   * @default false
   */
  disabled?: boolean;
  /**
   * Average of the readers' votes, shown with one decimal and drawn in the stars until the reader
   * hovers, focuses or votes. Shown only with `count` above 0.
   * @default undefined
   */
  average?: number;
  /**
   * Number of votes behind `average`. With none (0 or absent) and no value, the widget invites
   * the reader to be the first.
   * @default undefined
   */
  count?: number;
  /**
   * The reader's own earlier vote, shown as "your rating" beside the average.
   * @default undefined
   */
  userValue?: number | null;
  /**
   * Form field name: the chosen value goes into the form's FormData under it.
   * @default undefined
   */
  name?: string;
  /**
   * The form will not submit without a value; `aria-invalid` shows after a failed submit.
   * Without `name`, an internal name is used so that the browser can check it.
   * @default false
   */
  required?: boolean;
  /**
   * Id of the form the radios belong to, when the widget is outside it.
   * @default undefined
   */
  form?: string;
  /**
   * Precision of the drawn fill for `average` and read-only values: 1, 0.5 or 0.1 of a star.
   * @default 0.1
   */
  precision?: StarPrecision;
  /**
   * Star size: sm 24px, md 32px, lg 40px. `--maqal-star-size` overrides it; interactive stars
   * never get a target below 24×24 px.
   * @default 'md'
   */
  size?: 'sm' | 'md' | 'lg';
  /**
   * Visible label of the group, which also names it.
   * @default the catalogue's `rating.label` ("تقييم القرّاء")
   */
  label?: ReactNode;
  /**
   * Accessible name of each star.
   * @default the catalogue's `rating.item` ("٣ من ٥ نجوم")
   */
  getItemLabel?: (value: number, max: number, locale: string) => string;
  /**
   * Locale for the text and digits, overriding the provider's.
   * @default the provider's locale, else 'ar'
   */
  locale?: string;
  /**
   * Shows a button, outside the group, that clears the chosen rating.
   * @default false
   */
  allowClear?: boolean;
  /**
   * The filled star.
   * @default a solid star SVG
   */
  icon?: ReactNode;
  /**
   * The empty star.
   * @default an outlined star SVG
   */
  emptyIcon?: ReactNode;
}

type Status = 'idle' | 'pending' | 'thanks' | 'error';

const STAR = 'M12 2.6l2.9 6 6.6.9-4.8 4.6 1.2 6.5L12 17.5l-5.9 3.1 1.2-6.5-4.8-4.6 6.6-.9z';
const FILLED = (
  <svg viewBox="0 0 24 24" focusable="false">
    <path d={STAR} fill="currentColor" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
  </svg>
);
const EMPTY = (
  <svg viewBox="0 0 24 24" focusable="false">
    <path d={STAR} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
  </svg>
);

const ONE_DECIMAL = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
const UP_TO_ONE_DECIMAL = { maximumFractionDigits: 1 };

/**
 * The readers' rating of an article: a radio group of stars (WAI-ARIA APG "Rating Radio Group")
 * that owns its arrow keys in both directions, with the news layer (average, votes, "be the
 * first") and an optional async vote. Read-only, it is one image with the whole state as its name.
 * A client component.
 */
export const StarRating = forwardRef<HTMLDivElement, StarRatingProps>(function StarRating(
  {
    value: valueProp,
    defaultValue: defaultProp,
    onValueChange,
    onRate,
    max: maxProp,
    readOnly = false,
    disabled = false,
    average: averageProp,
    count: countProp,
    userValue: userProp,
    name,
    required = false,
    form,
    precision,
    size = 'md',
    label,
    getItemLabel,
    locale: localeProp,
    allowClear = false,
    icon = FILLED,
    emptyIcon = EMPTY,
    className,
    style,
    onKeyDown,
    ...rest
  },
  ref,
) {
  const settings = useMaqal();
  const locale = localeProp === undefined ? settings.locale : normalizeLocale(localeProp);
  const { numberingSystem } = settings;
  const t = pickMessages(ratingMessages, locale, overridesFor(settings, locale, 'rating'));
  const fmt = (n: number, options?: Intl.NumberFormatOptions) => formatNumber(n, locale, numberingSystem, options);

  const max = readMax(maxProp);
  const steps = readOnly ? readSteps(precision) : 1;
  const count = readCount(countProp);
  const hasVotes = count !== null && count > 0;
  const average = readRating(averageProp, 'average', max, 10);
  const read = (raw: unknown, prop: string) => (readOnly ? readRating(raw, prop, max, steps) : readChoice(raw, prop, max));
  const [value, setValue] = useControllableState<number | null>({
    // A controlled caller may pass nonsense: it stays controlled, with no value.
    value: valueProp === undefined ? undefined : read(valueProp, 'value'),
    defaultValue: read(defaultProp, 'defaultValue'),
    onChange: onValueChange,
    name: 'StarRating',
  });

  const [status, setStatus] = useState<Status>('idle');
  const [voted, setVoted] = useState<number | null>(null);
  const [invalid, setInvalid] = useState(false);
  const pending = useRef(false);
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const id = useId();
  const userValue = voted ?? readChoice(userProp, 'userValue', max);

  const outOf = formatPlural(t.outOfStars, max, locale, numberingSystem);
  const itemLabel = (n: number) => (getItemLabel ? getItemLabel(n, max, locale) : t.item({ value: fmt(n), outOf }));
  const votesText = count === null ? '' : formatPlural(t.votes, count, locale, numberingSystem);
  const summary = (rating: number) => t.summary({ average: fmt(rating, ONE_DECIMAL), max: fmt(max), votes: votesText });
  const averageText = (rating: number) => t.average({ average: fmt(rating, ONE_DECIMAL), max: fmt(max) });

  // Stars show the reader's choice, else the average; a CSS preview covers hover and focus.
  const shown = readOnly ? (value ?? average) : (value ?? (hasVotes ? average : null));
  const empty = !readOnly && !hasVotes && value === null;
  const defaultChoice = readOnly ? null : readChoice(defaultProp, 'defaultValue', max);

  // Form reset restores defaultValue (the browser resets the radios; React state must follow).
  useEffect(() => {
    const owner = inputs.current[0]?.form;
    if (!owner) return;
    const onReset = () => {
      setValue(defaultChoice);
      setInvalid(false);
      setStatus('idle');
    };
    owner.addEventListener('reset', onReset);
    return () => owner.removeEventListener('reset', onReset);
  }, [defaultChoice, setValue, form, readOnly]);

  const stars = (interactive: boolean) =>
    Array.from({ length: max }, (_, i) => {
      const star = i + 1;
      const fill = starFill(shown, star, readOnly ? steps : 10);
      const filled = fill === 100 ? 'full' : fill === 0 ? 'empty' : 'partial';
      const glyph = (
        <span className="maqal-StarRating-glyph" aria-hidden="true">
          <span className="maqal-StarRating-empty">{emptyIcon}</span>
          <span className="maqal-StarRating-fill">{icon}</span>
        </span>
      );
      const starStyle = filled === 'partial' ? ({ '--maqal-star-partial': `${fill}%` } as CSSProperties) : undefined;
      if (!interactive) {
        return (
          <span key={star} className="maqal-StarRating-star" data-filled={filled} style={starStyle}>
            {glyph}
          </span>
        );
      }
      return (
        <label key={star} className="maqal-StarRating-star" data-filled={filled} data-value={star} style={starStyle}>
          <input
            ref={(node) => {
              inputs.current[i] = node;
            }}
            className="maqal-VisuallyHidden"
            type="radio"
            name={name ?? (required ? `maqal-rating-${id}` : undefined)}
            form={form}
            value={star}
            checked={value === star}
            required={required}
            disabled={disabled}
            aria-label={itemLabel(star)}
            // Without a shared name the browser does not count the set; say it.
            aria-setsize={max}
            aria-posinset={star}
            // Roving tab stop: the checked star, else the first (APG radio group).
            tabIndex={(value ?? 1) === star ? 0 : -1}
            // The click handler below does the choosing, so that a vote sees the value before it.
            onChange={() => {}}
            onClick={(event) => {
              // A click or a tap votes (keys vote in handleKeyDown; arrows never do).
              if (pending.current) event.preventDefault();
              else vote(star);
            }}
            onInvalid={() => setInvalid(true)}
          />
          {glyph}
        </label>
      );
    });

  function choose(next: number | null) {
    setValue(next);
    if (next !== null) setInvalid(false);
    if (status !== 'pending') setStatus('idle');
  }

  function vote(star: number) {
    if (pending.current || readOnly || disabled) return;
    const previous = value;
    choose(star);
    if (!onRate) return;
    const fail = () => {
      pending.current = false;
      setValue(previous); // the setter compares with the newest value, so this reverts
      setStatus('error');
    };
    const succeed = () => {
      pending.current = false;
      setVoted(star);
      setStatus('thanks');
    };
    let result: unknown;
    try {
      result = onRate(star);
    } catch {
      // A synchronous throw is a failed vote, like a rejected promise.
      fail();
      return;
    }
    if (result && typeof (result as PromiseLike<unknown>).then === 'function') {
      pending.current = true;
      setStatus('pending');
      Promise.resolve(result).then(succeed, fail);
    } else succeed();
  }

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    onKeyDown?.(event);
    const target = event.target as HTMLElement;
    if (event.defaultPrevented || readOnly || disabled || !inputs.current.includes(target as HTMLInputElement)) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const current = value ?? 0;
    let next: number | undefined;
    // Direction is read now, not at mount: dir may sit on <html>, an ancestor or a nested island.
    const rtl = elementDirection(event.currentTarget) === 'rtl';
    switch (event.key) {
      case 'ArrowUp':
        next = current + 1;
        break;
      case 'ArrowDown':
        next = current - 1;
        break;
      case 'ArrowLeft':
        next = rtl ? current + 1 : current - 1;
        break;
      case 'ArrowRight':
        next = rtl ? current - 1 : current + 1;
        break;
      case 'Home':
        next = 1;
        break;
      case 'End':
        next = max;
        break;
      // Chromium does not click a radio that is already checked on Space, and an arrow key has
      // just checked it: both keys vote here instead.
      case 'Enter':
      case ' ':
        event.preventDefault();
        vote(Number((target as HTMLInputElement).value));
        return;
      default:
        return;
    }
    // The widget, not the browser, moves between radios: Chromium and WebKit disagree in RTL.
    event.preventDefault();
    if (pending.current) return;
    // A rating is an ordered scale, so arrows stop at the ends instead of wrapping 5 round to 1.
    next = Math.min(max, Math.max(1, next));
    inputs.current[next - 1]?.focus();
    choose(next);
  }

  const rootClass = className ? `maqal-StarRating ${className}` : 'maqal-StarRating';
  const common = {
    ...rest,
    ref,
    className: rootClass,
    style,
    'data-size': size,
    'data-readonly': readOnly ? '' : undefined,
    'data-disabled': disabled ? '' : undefined,
    'data-voted': userValue !== null ? '' : undefined,
    onKeyDown,
  };

  if (readOnly) {
    const rating = shown ?? 0;
    const sentence = count !== null ? summary(rating) : t.item({ value: fmt(rating, UP_TO_ONE_DECIMAL), outOf });
    return (
      <div {...common} data-empty={shown === null ? '' : undefined}>
        <span className="maqal-StarRating-stars" role="img" aria-label={sentence}>
          {stars(false)}
        </span>
        {count !== null ? (
          // The image already says all of this; the visible text is for the eye only.
          <span className="maqal-StarRating-text" aria-hidden="true">
            {shown !== null ? <span>{averageText(rating)}</span> : null}
            <span>{votesText}</span>
          </span>
        ) : null}
      </div>
    );
  }

  const labelId = `${id}-label`;
  const descriptionId = `${id}-description`;
  // The group's description: the visible invitation, or the average and votes as one sentence.
  const description = hasVotes ? (average !== null ? summary(average) : votesText) : undefined;
  return (
    // The keys are the radios'; handling them on the root lets an app's onKeyDown run first and
    // preventDefault ours.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      {...common}
      onKeyDown={handleKeyDown}
      data-pending={status === 'pending' ? '' : undefined}
      data-empty={empty ? '' : undefined}
    >
      <span className="maqal-StarRating-label" id={labelId}>
        {label ?? t.label}
      </span>
      <div
        className="maqal-StarRating-stars"
        role="radiogroup"
        aria-labelledby={labelId}
        aria-describedby={description || empty ? descriptionId : undefined}
        aria-busy={status === 'pending' ? true : undefined}
        aria-disabled={disabled || undefined}
        aria-required={required || undefined}
        aria-invalid={invalid || undefined}
      >
        {stars(true)}
      </div>
      {description ? (
        <span id={descriptionId} hidden>
          {description}
        </span>
      ) : null}
      <span className="maqal-StarRating-text">
        {empty ? <span id={descriptionId}>{t.empty}</span> : null}
        {hasVotes && average !== null ? <span>{averageText(average)}</span> : null}
        {hasVotes ? <span>{votesText}</span> : null}
        {userValue !== null ? <span className="maqal-StarRating-yours">{t.yours({ value: fmt(userValue) })}</span> : null}
      </span>
      {allowClear && value !== null && !disabled ? (
        <button type="button" className="maqal-StarRating-clear" onClick={() => choose(null)} disabled={status === 'pending'}>
          {t.clear}
        </button>
      ) : null}
      <span className="maqal-StarRating-status" role="status" data-status={status}>
        {status === 'thanks' && voted !== null ? (
          <>
            {t.thanks} <span className="maqal-VisuallyHidden">{t.rated({ item: itemLabel(voted) })}</span>
          </>
        ) : status === 'error' ? (
          t.error
        ) : null}
      </span>
    </div>
  );
});
