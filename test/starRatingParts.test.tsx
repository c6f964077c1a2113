// StarRating's own modules, each tested on its own: the keyboard table and the vote state machine.
import { act, renderHook } from '@testing-library/react';
import { useRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { starForKey } from '../src/components/StarRating/keyboard';
import { useVote } from '../src/components/StarRating/useVote';
import { useControllableState } from '../src/core/useControllableState';

describe('starForKey: the APG Radio Group keyboard table, mirrored for RTL', () => {
  // [key, focused, rtl, expected] for 5 stars. APG: "Down Arrow and Right Arrow: moves focus to
  // and checks the next radio button in the group; if focus is on the last, to the first."
  it.each([
    ['ArrowDown', 1, false, 2],
    ['ArrowDown', 5, false, 1],
    ['ArrowRight', 3, false, 4],
    ['ArrowRight', 5, false, 1],
    ['ArrowUp', 1, false, 5],
    ['ArrowLeft', 3, false, 2],
    ['ArrowLeft', 1, false, 5],
    // RTL: the horizontal arrows mirror, Up and Down do not.
    ['ArrowDown', 1, true, 2],
    ['ArrowUp', 1, true, 5],
    ['ArrowLeft', 3, true, 4],
    ['ArrowLeft', 5, true, 1],
    ['ArrowRight', 3, true, 2],
    ['ArrowRight', 1, true, 5],
    ['Home', 4, true, 1],
    ['End', 2, false, 5],
  ] as const)('%s from star %s (rtl %s) goes to %s', (key, focused, rtl, expected) => {
    expect(starForKey(key, focused, 5, rtl)).toBe(expected);
  });

  it('leaves every other key alone', () => {
    for (const key of ['Enter', ' ', 'Tab', 'PageUp', 'a', 'Escape']) expect(starForKey(key, 2, 5, false)).toBeUndefined();
  });

  it('works for one star and for ten', () => {
    expect(starForKey('ArrowDown', 1, 1, false)).toBe(1);
    expect(starForKey('ArrowUp', 1, 10, true)).toBe(10);
  });
});

describe('useVote: one call per vote, undo only what it changed', () => {
  function setup(onRate: (value: number) => void | Promise<unknown>, initial: number | null = 2) {
    const onChange = vi.fn();
    const hook = renderHook(() => {
      const [value, setValue, getValue] = useControllableState<number | null>({ value: undefined, defaultValue: initial, onChange, name: 'test' });
      const mounted = useRef<Element | null>(document.body);
      return { value, ...useVote({ onRate, getValue, setValue, mounted }) };
    });
    return { hook, onChange };
  }

  it('succeeds at once when onRate returns nothing, and remembers the vote', () => {
    const onRate = vi.fn();
    const { hook } = setup(onRate);
    act(() => hook.result.current.vote(4));
    expect(onRate).toHaveBeenCalledExactlyOnceWith(4);
    expect(hook.result.current.status).toBe('success');
    expect(hook.result.current.voted).toBe(4);
  });

  it('refuses a second vote while the first is pending, even in the same event', async () => {
    let resolve!: () => void;
    const onRate = vi.fn(() => new Promise<void>((r) => (resolve = r)));
    const { hook } = setup(onRate);
    act(() => {
      hook.result.current.vote(4);
      hook.result.current.vote(5);
    });
    expect(onRate).toHaveBeenCalledTimes(1);
    expect(hook.result.current.status).toBe('pending');
    expect(hook.result.current.isPending()).toBe(true);
    await act(async () => resolve());
    expect(hook.result.current.status).toBe('success');
    expect(hook.result.current.value).toBe(4);
  });

  it('on failure goes back to the value before the reader’s unsent choices', async () => {
    const onRate = vi.fn(() => Promise.reject(new Error('503')));
    const { hook, onChange } = setup(onRate, 2);
    act(() => hook.result.current.choose(3));
    act(() => hook.result.current.choose(4));
    await act(async () => hook.result.current.vote(4));
    expect(hook.result.current.status).toBe('error');
    expect(hook.result.current.value).toBe(2);
    expect(onChange.mock.calls.map(([v]) => v)).toEqual([3, 4, 2]);
  });

  it('treats a synchronous throw as a failure', () => {
    const { hook } = setup(() => {
      throw new Error('offline');
    }, null);
    act(() => hook.result.current.vote(3));
    expect(hook.result.current.status).toBe('error');
    expect(hook.result.current.value).toBe(null);
  });
});
