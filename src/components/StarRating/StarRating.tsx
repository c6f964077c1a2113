'use client';
import { forwardRef, useEffect, useId, useRef, useState, type HTMLAttributes, type KeyboardEvent, type ReactNode } from 'react';
import { cleanNode, isBlank } from '../../core/content.js';
import { formatNumber, formatPlural } from '../../core/intl.js';
import { elementDirection, normalizeLocale } from '../../core/locale.js';
import { useMaqal } from '../../core/context.js';
import { overridesFor } from '../../core/settings.js';
import { pickMessages, ratingMessages } from '../../core/messages/index.js';
import { useControllableState } from '../../core/useControllableState.js';
import { warnOnce } from '../../core/warn.js';
import { CustomGlyph, starDrawing } from './glyph.js';
import { starForKey } from './keyboard.js';
import { useVote, type VoteStatus } from './useVote.js';
import { readChoice, readCount, readMax, readRating, readSteps, type StarPrecision } from './values.js';


export interface StarRatingProps extends Omit<HTMLAttributes<HTMLDivElement>, 'defaultValue' | 'children'> {
  /**
   * The chosen rating (controlled): a whole number from 1 to `max`, or null for none. Read-only
   * ratings may be fractional: drawn to `precision`, announced with one decimal.
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
   * Casts a vote: called once per press (click, tap, Enter or Space; never an arrow key, the
   * second click of a double click or a held key's repeats), never while a vote is pending.
   * Return a promise to show the pending state; a rejection (or a throw) puts back the value the
   * reader had before choosing, unless the app has set a newer one, and shows an error.
   * @default undefined
   */
  onRate?: (value: number) => void | Promise<unknown>;
  /**
   * The vote's state when the app tracks it itself (a form action's or a mutation's state):
   * `pending` shows the busy look and refuses votes, `error` the catalogue's error, `success`
   * the thanks. Without it, the state follows the promise `onRate` returns.
   * @default undefined
   */
  voteStatus?: VoteStatus;
  /**
   * Number of stars, a whole number from 1 to 10.
   * @default 5
   */
  max?: number;
  /**
   * Display only: one image with the whole state as its name, no radios. With no value (or no
   * votes) it reads "not rated yet", never "0 out of 5". Wins over `disabled`.
   * @default false
   */
  readOnly?: boolean;
  /**
   * Shown but inert: the radios are disabled (and never announced as required).
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
   * The form will not submit without a value; after a failed submit the group is invalid and
   * says why. Without `name`, an internal name is used so that the browser can check it.
   * @default false
   */
  required?: boolean;
  /**
   * Marks the rating invalid (a server's validation error, say), as a failed submit of a required
   * rating does: `aria-invalid`, the catalogue's `required` message, the invalid look.
   * @default false
   */
  invalid?: boolean;
  /**
   * Id of the form the radios belong to, when the widget is outside it.
   * @default undefined
   */
  form?: string;
  /**
   * Precision of the drawn fill for `average` and read-only values: 1, 0.5 or 0.1 of a star.
   * It changes the drawing only; the name still says the value with one decimal.
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
   * Accessible name of each star; read-only, the name of the whole image (given the value with one
   * decimal), while the visible average and votes then stay readable on their own.
   * @default the catalogue's `rating.item` ("٣ من ٥ نجوم"); read-only, `rating.summary` with votes
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
   * The filled star, drawn over `emptyIcon` and clipped to the fill. Without either, stars are
   * drawn by CSS (a solid and an outlined star) with no element of their own.
   * @default a solid star
   */
  icon?: ReactNode;
  /**
   * The empty star.
   * @default an outlined star
   */
  emptyIcon?: ReactNode;
  /**
   * Focuses the rating's tab stop (the checked star, else the first) on mount.
   * @default false
   */
  autoFocus?: boolean;
}

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
    voteStatus,
    max: maxProp,
    readOnly: readOnlyProp,
    disabled: disabledProp,
    average: averageProp,
    count: countProp,
    userValue: userProp,
    name,
    required: requiredProp,
    invalid: invalidProp,
    form,
    precision,
    size = 'md',
    label,
    getItemLabel,
    locale: localeProp,
    allowClear: allowClearProp,
    icon,
    emptyIcon,
    autoFocus: autoFocusProp,
    className,
    onKeyDown,
    ...rest
  },
  ref,
) {
  // Untyped callers send "", 0, {} or "true": each flag is whatever its truthiness says, never text.
  const readOnly = Boolean(readOnlyProp);
  const disabled = Boolean(disabledProp);
  const required = Boolean(requiredProp);
  const allowClear = Boolean(allowClearProp);
  const autoFocus = Boolean(autoFocusProp);
  const settings = useMaqal();
  const locale = localeProp === undefined ? settings.locale : normalizeLocale(localeProp);
  const { numberingSystem } = settings;
  const t = pickMessages(ratingMessages, locale, overridesFor(settings, locale, 'rating'));
  const fmt = (n: number, options?: Intl.NumberFormatOptions) => formatNumber(n, locale, numberingSystem, options);

  const max = readMax(maxProp);
  const steps = readSteps(precision);
  const count = readCount(countProp);
  const hasVotes = count !== null && count > 0;
  // Values are kept to one decimal (what the name says); `precision` rounds only the drawing.
  const average = readRating(averageProp, 'average', max, 10);
  const read = (raw: unknown, prop: string) => (readOnly ? readRating(raw, prop, max, 10) : readChoice(raw, prop, max));
  const [value, setValue, getValue] = useControllableState<number | null>({
    // A controlled caller may pass nonsense: it stays controlled, with no value.
    value: valueProp === undefined ? undefined : read(valueProp, 'value'),
    defaultValue: read(defaultProp, 'defaultValue'),
    onChange: onValueChange,
    name: 'StarRating',
  });
  const group = useRef<HTMLDivElement>(null);
  const votes = useVote({ onRate, getValue, setValue, mounted: group });
  const [failedSubmit, setFailedSubmit] = useState(false);
  const id = useId();

  const status = voteStatus ?? votes.status;
  const busy = status === 'pending';
  const invalid = Boolean(invalidProp) || failedSubmit;
  const userValue = votes.voted ?? readChoice(userProp, 'userValue', max);
  const custom = icon !== undefined || emptyIcon !== undefined;

  const outOf = formatPlural(t.outOfStars, max, locale, numberingSystem);
  const itemLabel = (n: number) => (getItemLabel ? getItemLabel(n, max, locale) : t.item({ value: fmt(n), outOf }));
  const votesText = count === null ? '' : formatPlural(t.votes, count, locale, numberingSystem);
  const summary = (rating: number) => t.summary({ average: fmt(rating, ONE_DECIMAL), max: fmt(max), votes: votesText });
  const averageText = (rating: number) => t.average({ average: fmt(rating, ONE_DECIMAL), max: fmt(max) });

  // Form reset restores defaultValue (the browser resets the radios; React state must follow).
  const defaultChoice = readOnly ? null : readChoice(defaultProp, 'defaultValue', max);
  const { reset } = votes;
  useEffect(() => {
    const owner = group.current?.querySelector('input')?.form;
    if (!owner) return;
    const onReset = () => {
      reset(defaultChoice);
      setFailedSubmit(false);
    };
    owner.addEventListener('reset', onReset);
    return () => owner.removeEventListener('reset', onReset);
  }, [defaultChoice, reset, form, readOnly]);

  const rootClass = className ? `maqal-StarRating ${className}` : 'maqal-StarRating';
  const common = {
    ...rest,
    // Read-only there is nothing of ours to handle, but the app's handler still belongs on the root.
    onKeyDown,
    ref,
    className: rootClass,
    'data-size': size,
    'data-custom-icon': custom ? '' : undefined,
  };

  if (readOnly) {
    if (autoFocus && process.env.NODE_ENV !== 'production') warnOnce('StarRating: a read-only rating has nothing to focus; autoFocus was ignored.');
    const shown = value ?? average;
    // No value, or a value with no votes behind it, is "not rated yet", never "0 out of 5".
    const rated = shown !== null && shown > 0 && count !== 0;
    const sentence = !rated
      ? t.notRated
      : getItemLabel
        ? getItemLabel(shown, max, locale)
        : count !== null
          ? summary(shown)
          : t.item({ value: fmt(shown, UP_TO_ONE_DECIMAL), outOf });
    return (
      <div {...common} data-readonly="" data-empty={rated ? undefined : ''}>
        <span className="maqal-StarRating-stars" role="img" aria-label={sentence}>
          {Array.from({ length: max }, (_, i) => (
            <span key={i} className="maqal-StarRating-star" {...starDrawing(rated ? shown : null, i + 1, steps)}>
              {custom ? <CustomGlyph icon={icon} emptyIcon={emptyIcon} /> : null}
            </span>
          ))}
        </span>
        {!rated || count !== null ? (
          // The catalogue's sentence already says all of this; an app's own name may not.
          <span className="maqal-StarRating-text" aria-hidden={getItemLabel && rated ? undefined : true}>
            {rated ? <span>{averageText(shown)}</span> : <span>{t.notRated}</span>}
            {rated ? <span>{votesText}</span> : null}
          </span>
        ) : null}
      </div>
    );
  }

  // Stars show the reader's choice, else the average; a CSS preview covers hover and focus.
  const shown = value ?? (hasVotes ? average : null);
  const empty = !hasVotes && value === null;
  const tabStop = value ?? 1;
  const labelId = `${id}-label`;
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  // The group's description: the visible invitation, or the average and votes as one sentence.
  const description = hasVotes ? (average !== null ? summary(average) : votesText) : undefined;
  const describedBy = [description || empty ? descriptionId : '', invalid ? errorId : ''].filter(Boolean).join(' ') || undefined;

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    onKeyDown?.(event);
    const target = event.target as HTMLInputElement;
    if (event.defaultPrevented || disabled || target.parentElement?.parentElement !== group.current) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const focused = Number(target.value);
    if (event.key === 'Enter' || event.key === ' ') {
      // Both keys vote here: Chromium does not click a radio that is already checked on Space,
      // and an arrow key has just checked it. A held key votes once (its repeats are ignored).
      event.preventDefault();
      if (!event.repeat && !busy) votes.vote(focused);
      return;
    }
    // Direction is read now, not at mount: dir may sit on <html>, an ancestor or a nested island.
    const next = starForKey(event.key, focused, max, elementDirection(event.currentTarget) === 'rtl');
    if (next === undefined) return;
    // The widget, not the browser, moves between radios: Chromium and WebKit disagree in RTL,
    // and without a shared name the browser would not move at all.
    event.preventDefault();
    if (busy || votes.isPending()) return;
    group.current?.querySelectorAll('input')[next - 1]?.focus();
    votes.choose(next);
    setFailedSubmit(false);
  }

  return (
    // The keys are the radios'; handling them on the root lets an app's onKeyDown run first and
    // preventDefault ours.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      {...common}
      onKeyDown={handleKeyDown}
      data-disabled={disabled ? '' : undefined}
      data-voted={userValue !== null ? '' : undefined}
      data-pending={busy ? '' : undefined}
      data-empty={empty ? '' : undefined}
      data-invalid={invalid ? '' : undefined}
    >
      <span className="maqal-StarRating-label" id={labelId}>
        {isBlank(label) ? t.label : cleanNode(label)}
      </span>
      <div
        ref={group}
        className="maqal-StarRating-stars"
        role="radiogroup"
        aria-labelledby={labelId}
        aria-describedby={describedBy}
        aria-busy={busy || undefined}
        aria-disabled={disabled || undefined}
        aria-required={(required && !disabled) || undefined}
        aria-invalid={invalid || undefined}
      >
        {Array.from({ length: max }, (_, i) => {
          const star = i + 1;
          return (
            <label key={star} className="maqal-StarRating-star" data-value={star} {...starDrawing(shown, star, steps)}>
              <input
                className="maqal-VisuallyHidden"
                type="radio"
                name={name ?? (required ? `maqal-rating-${id}` : undefined)}
                form={form}
                value={star}
                checked={value === star}
                required={required && !disabled}
                disabled={disabled}
                aria-label={itemLabel(star)}
                // Without a shared name the browser does not count the set; say it.
                aria-setsize={max}
                aria-posinset={star}
                // Roving tab stop: the checked star, else the first (APG radio group).
                tabIndex={tabStop === star ? 0 : -1}
                // eslint-disable-next-line jsx-a11y/no-autofocus -- the app asked for it
                autoFocus={autoFocus && tabStop === star}
                // The click handler below does the choosing, so that a vote sees the value before it.
                onChange={() => {}}
                onClick={(event) => {
                  // A click, a tap or Space's click votes; the later clicks of a double or triple
                  // click (detail 2, 3) are the same press. Arrows never vote (handleKeyDown).
                  if (busy) event.preventDefault();
                  else if (event.detail <= 1) {
                    votes.vote(star);
                    setFailedSubmit(false);
                  }
                }}
                onInvalid={() => setFailedSubmit(true)}
              />
              {custom ? <CustomGlyph icon={icon} emptyIcon={emptyIcon} /> : null}
            </label>
          );
        })}
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
        <button type="button" className="maqal-StarRating-clear" onClick={() => votes.choose(null)} disabled={busy}>
          {t.clear}
        </button>
      ) : null}
      {invalid ? (
        <span className="maqal-StarRating-invalid" id={errorId}>
          {t.required}
        </span>
      ) : null}
      <span className="maqal-StarRating-status" role="status" data-status={status}>
        {status === 'pending' ? (
          t.saving
        ) : status === 'success' ? (
          <>
            {t.thanks}
            {userValue !== null ? <span className="maqal-VisuallyHidden"> {t.rated({ item: itemLabel(userValue) })}</span> : null}
          </>
        ) : status === 'error' ? (
          t.error
        ) : null}
      </span>
    </div>
  );
});
