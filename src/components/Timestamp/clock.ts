import { msUntilChange } from './format.js';

/*
 * One timer for every relative Timestamp on the page. Each subscriber says which instant it shows;
 * the timer sleeps until the earliest moment any of their wordings changes (a minute at most in the
 * first hour, an hour at most after), wakes them all, and is cleared when the last one unsubscribes.
 */
interface Subscription {
  dateMs: number;
  notify: () => void;
}

const subscriptions = new Set<Subscription>();
let timer: ReturnType<typeof setTimeout> | undefined;
let dueAt = Infinity;

function schedule(): void {
  const now = Date.now();
  let delay = Infinity;
  for (const { dateMs } of subscriptions) delay = Math.min(delay, msUntilChange(dateMs, now));
  const at = now + delay;
  // Keep an earlier wake-up already planned; it reschedules for everyone when it fires.
  if (timer !== undefined && dueAt <= at) return;
  if (timer !== undefined) clearTimeout(timer);
  dueAt = at;
  timer = setTimeout(tick, delay);
}

function tick(): void {
  timer = undefined;
  dueAt = Infinity;
  for (const subscription of subscriptions) subscription.notify();
  if (subscriptions.size > 0) schedule();
}

/** Wakes `notify` whenever the relative wording of `dateMs` may have changed. Returns the unsubscribe. */
export function subscribeClock(dateMs: number, notify: () => void): () => void {
  const subscription: Subscription = { dateMs, notify };
  subscriptions.add(subscription);
  schedule();
  return () => {
    subscriptions.delete(subscription);
    if (subscriptions.size === 0 && timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
      dueAt = Infinity;
    }
  };
}

/** How many relative Timestamps the shared timer serves now (for tests). */
export function clockSubscriberCount(): number {
  return subscriptions.size;
}
