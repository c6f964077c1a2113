import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { warnOnce } from './warn.js';

// useLayoutEffect warns when rendered on the server; there, nothing reads the refs anyway.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * State that a parent may control (`value` + `onChange`) or leave to the component
 * (`defaultValue`), as native inputs do. Warns when a component switches between the two,
 * which is always a bug in the caller (after Radix's use-controllable-state).
 *
 * The setter is stable and compares against the newest value, including one it set itself
 * earlier in the same event: a vote that fails after later renders, or at once, can read the
 * newest value (the third element) and put the previous one back through any setter it holds.
 */
export function useControllableState<T>({
  value,
  defaultValue,
  onChange,
  name,
}: {
  value: T | undefined;
  defaultValue: T;
  onChange?: ((value: T) => void) | undefined;
  /** Component name for the warning. */
  name: string;
}): [T, (next: T) => void, () => T] {
  const [inner, setInner] = useState(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : inner;
  const latest = useRef({ value: current, controlled, onChange });
  useIsomorphicLayoutEffect(() => {
    latest.current = { value: current, controlled, onChange };
  });

  const wasControlled = useRef(controlled);
  useEffect(() => {
    if (wasControlled.current === controlled) return;
    if (process.env.NODE_ENV !== 'production') {
      warnOnce(
        `${name} switched from ${wasControlled.current ? 'controlled' : 'uncontrolled'} to ${
          controlled ? 'controlled' : 'uncontrolled'
        }. Pass \`value\` always (null for none) or never.`,
      );
    }
    wasControlled.current = controlled;
  }, [controlled, name]);

  const set = useCallback((next: T) => {
    const state = latest.current;
    if (Object.is(next, state.value)) return;
    state.value = next;
    if (!state.controlled) setInner(next);
    state.onChange?.(next);
  }, []);
  // The newest value, for code that runs after renders it did not cause (a vote's late answer).
  const get = useCallback(() => latest.current.value, []);
  return [current, set, get];
}
