import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useControllableState } from '../src/core/useControllableState';
import { resetWarnings } from '../src/core/warn';

function Counter(props: { value?: number; defaultValue?: number; onChange?: (n: number) => void }) {
  const [value, setValue] = useControllableState({
    value: props.value,
    defaultValue: props.defaultValue ?? 0,
    onChange: props.onChange,
    name: 'Counter',
  });
  return <button onClick={() => setValue(value + 1)}>{value}</button>;
}

afterEach(() => {
  resetWarnings();
  vi.restoreAllMocks();
});

describe('useControllableState', () => {
  it('keeps its own state when uncontrolled and reports changes', async () => {
    const onChange = vi.fn();
    render(<Counter defaultValue={2} onChange={onChange} />);
    await userEvent.setup().click(screen.getByRole('button'));
    expect(screen.getByRole('button')).toHaveTextContent('3');
    expect(onChange).toHaveBeenCalledWith(3);
  });

  it('shows only the value it is given when controlled', async () => {
    const onChange = vi.fn();
    render(<Counter value={5} onChange={onChange} />);
    await userEvent.setup().click(screen.getByRole('button'));
    expect(onChange).toHaveBeenCalledWith(6);
    expect(screen.getByRole('button')).toHaveTextContent('5');
  });

  // Regression: StarRating's failed vote (set the choice, then put the old value back in the same
  // event, or from a promise after later renders) was ignored when the setter compared against
  // the value of the render it came from.
  it('puts a value back through a setter held from an earlier render, in the same event or later', async () => {
    const onChange = vi.fn();
    let held: ((n: number) => void) | undefined;
    function Voter() {
      const [value, setValue] = useControllableState({ value: undefined, defaultValue: 2, onChange, name: 'Voter' });
      held ??= setValue;
      return (
        <button
          onClick={() => {
            setValue(5);
            setValue(2); // fails at once: back to the previous value
          }}
        >
          {value}
        </button>
      );
    }
    render(<Voter />);
    await userEvent.setup().click(screen.getByRole('button'));
    expect(screen.getByRole('button')).toHaveTextContent('2');
    expect(onChange.mock.calls).toEqual([[5], [2]]);
    act(() => held!(4));
    expect(screen.getByRole('button')).toHaveTextContent('4');
    act(() => held!(2)); // the first render's setter still sees the newest value
    expect(screen.getByRole('button')).toHaveTextContent('2');
  });

  it('warns once when a component switches from uncontrolled to controlled', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { rerender } = render(<Counter />);
    act(() => rerender(<Counter value={1} />));
    act(() => rerender(<Counter value={2} />));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/Counter switched from uncontrolled to controlled/);
  });
});
