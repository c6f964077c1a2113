import { useCallback, useEffect, useRef, useState } from 'react';
import { warnOnce } from './warn.js';

/**
 * State that a parent may control (`value` + `onChange`) or leave to the component
 * (`defaultValue`), as native inputs do. Warns when a component switches between the two,
 * which is always a bug in the caller (after Radix's use-controllable-state).
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
}): [T, (next: T) => void] {
  const [inner, setInner] = useState(defaultValue);
  const controlled = value !== undefined;
  const wasControlled = useRef(controlled);
  useEffect(() => {
    if (wasControlled.current === controlled) return;
    if (process.env.NODE_ENV !== 'production') warnOnce(
      `${name} switched from ${wasControlled.current ? 'controlled' : 'uncontrolled'} to ${
        controlled ? 'controlled' : 'uncontrolled'
      }. Pass \`value\` always (null for none) or never.`,
    );
    wasControlled.current = controlled;
  }, [controlled, name]);
  const current = controlled ? value : inner;
  const set = useCallback(
    (next: T) => {
      if (Object.is(next, current)) return;
      if (!controlled) setInner(next);
      onChange?.(next);
    },
    [controlled, current, onChange],
  );
  return [current, set];
}
