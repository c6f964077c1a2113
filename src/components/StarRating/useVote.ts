import { useCallback, useRef, useState, type RefObject } from 'react';

/*
 * StarRating's vote: one call of `onRate` per distinct press, never a second while one is pending,
 * and a failure that undoes only what the vote itself changed.
 *
 *   idle ──vote──▶ pending ──resolve──▶ success
 *                          └─reject / throw──▶ error (value back to what it was, if still ours)
 *
 * An `onRate` that returns nothing (a fire-and-forget fetch) succeeds at once; presses that are
 * not distinct (the second click of a double click, a held key's repeats) are filtered by the
 * caller, which sees the events.
 */

/** Where a vote is: nothing sent, on its way, saved, or failed. */
export type VoteStatus = 'idle' | 'pending' | 'success' | 'error';

interface VoteOptions {
  onRate: ((value: number) => void | Promise<unknown>) | undefined;
  /** The value now, including a choice made earlier in the same event. */
  getValue: () => number | null;
  setValue: (value: number | null) => void;
  /** Any element of the widget: null once it has unmounted, when a late answer changes nothing. */
  mounted: RefObject<Element | null>;
}

export function useVote({ onRate, getValue, setValue, mounted }: VoteOptions) {
  const [status, setStatus] = useState<VoteStatus>('idle');
  // The last vote the app confirmed (or sent without waiting): "your rating".
  const [voted, setVoted] = useState<number | null>(null);
  // A ref, not state: two clicks in one frame must see the first one's pending vote.
  const pending = useRef(false);
  // The value before the reader's unsent choices (arrow keys choose without voting): what a
  // failed vote goes back to. Undefined while nothing has been chosen since the last vote.
  const beforeChoices = useRef<number | null | undefined>(undefined);

  // Stable, so that the form's reset listener (an effect in StarRating) is added once, not per render.
  const reset = useCallback(
    (next: number | null) => {
      beforeChoices.current = undefined;
      setValue(next);
      if (!pending.current) setStatus('idle');
    },
    [setValue],
  );

  function choose(next: number | null): void {
    if (beforeChoices.current === undefined) beforeChoices.current = getValue();
    setValue(next);
  }

  function vote(star: number): void {
    if (pending.current) return;
    const previous = beforeChoices.current === undefined ? getValue() : beforeChoices.current;
    beforeChoices.current = undefined;
    setValue(star);
    if (!onRate) return;
    const succeed = () => {
      pending.current = false;
      if (!mounted.current) return;
      setVoted(star);
      setStatus('success');
    };
    const fail = () => {
      pending.current = false;
      if (!mounted.current) return;
      // Undo only our own change: a controlled parent may have set a newer value meanwhile.
      if (getValue() === star) setValue(previous);
      setStatus('error');
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

  return {
    status,
    voted,
    /** True while a vote is on its way. */
    isPending: () => pending.current,
    vote,
    /** A choice without a vote (an arrow key, the clear button): the last message goes. */
    choose(next: number | null) {
      choose(next);
      if (!pending.current) setStatus('idle');
    },
    /** A form reset: the value is the form's again, and no message stays. */
    reset,
  };
}
