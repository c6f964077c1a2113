import type { ReactNode } from 'react';

/**
 * The States matrix designers review (issue 15): one row per state a component can rest in, built
 * from props alone, and one column per interaction state — at rest, then hover, focus-visible and
 * active forced by storybook-addon-pseudo-states, so nobody has to point, tab or press.
 *
 * The addon rewrites every stylesheet rule that uses :hover, :focus-visible or :active so that it
 * also matches a class (.pseudo-hover, …), and puts that class on the elements the story's
 * `parameters.pseudo` selects. `pseudoColumns()` writes those selectors: each column's state only
 * on the chosen part of each component in that column's cells.
 */

export type PseudoColumn = 'hover' | 'focusVisible' | 'active';
export type Column = 'rest' | PseudoColumn;

const HEADINGS: Record<Column, string> = { rest: 'rest', hover: 'hover', focusVisible: 'focus-visible', active: 'active' };

export type StateRow = {
  /** The state's name, in English (the designers' shared vocabulary) and optionally the sample's own language. */
  label: string;
  /** Draws the component in this state; called once per cell, so each cell is its own instance. */
  render: () => ReactNode;
  /** The columns that apply (a read-only or disabled row has no hover worth forcing). Default: all. */
  columns?: readonly Column[];
};

/**
 * `parameters.pseudo` for a matrix: `targets` maps each forced state to the selector of the part
 * that takes it (the button, the link, a star's label), matched inside that state's column only.
 * Several selectors per state are allowed (for example "the checked radio, or the first one").
 */
export function pseudoColumns(targets: Partial<Record<PseudoColumn, string | readonly string[]>>) {
  const pseudo: Partial<Record<PseudoColumn, string[]>> = {};
  for (const [state, target] of Object.entries(targets) as Array<[PseudoColumn, string | readonly string[]]>) {
    const list = typeof target === 'string' ? [target] : target;
    pseudo[state] = list.map((selector) => `[data-pseudo-column="${state}"] ${selector}`);
  }
  return { pseudo };
}

/**
 * A table: row headers name the states, column headers the interaction states. It follows the
 * page's direction, so in RTL the row names sit at the inline-start (right) edge beside their
 * samples. Headings are English (`lang="en"`, isolated), the terms of the design review.
 */
export function StateMatrix({ rows, columns, caption }: { rows: readonly StateRow[]; columns: readonly Column[]; caption?: string }) {
  return (
    <div className="maqal-StateMatrix-scroll">
      <table className="maqal-StateMatrix">
        {caption ? (
          <caption lang="en" dir="auto">
            {caption}
          </caption>
        ) : null}
        <thead>
          <tr>
            <th scope="col" lang="en">
              state
            </th>
            {columns.map((column) => (
              <th key={column} scope="col" lang="en">
                {HEADINGS[column]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row" dir="auto">
                {row.label}
              </th>
              {columns.map((column) =>
                !row.columns || row.columns.includes(column) ? (
                  <td key={column} data-pseudo-column={column}>
                    {row.render()}
                  </td>
                ) : (
                  <td key={column} className="maqal-StateMatrix-na">
                    <span lang="en">n/a</span>
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A labelled sample for the States stories' galleries: the caption sits directly above its sample
 * at the inline-start edge, in the sample's direction (in RTL on the right, not 1,000 px away on
 * the left as a `dir="ltr"` block caption would be — issue 15). English captions stay isolated.
 */
export function Sample({ label, children }: { label: string; children: ReactNode }) {
  return (
    <figure className="maqal-Sample">
      <figcaption>
        <bdi lang="en">{label}</bdi>
      </figcaption>
      {children}
    </figure>
  );
}
