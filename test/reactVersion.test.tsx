import { render, screen } from '@testing-library/react';
import { version } from 'react';
import { version as domVersion } from 'react-dom';
import { describe, expect, it } from 'vitest';

// Runs in the `unit` project (React 19) and in `unit-react18` (React 18.3): proves which React
// each project really renders with, so the React 18 run cannot silently test React 19.
describe('the React under test', () => {
  it('is one copy, the same for react and react-dom, and renders', () => {
    expect(domVersion).toBe(version);
    const expected = process.env.MAQAL_EXPECT_REACT === '18' ? /^18\.3\./ : /^19\./;
    render(<p>{version}</p>);
    expect(screen.getByText(version).textContent).toMatch(expected);
  });
});
