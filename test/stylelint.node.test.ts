import stylelint from 'stylelint';
import { describe, expect, it } from 'vitest';
import config from '../stylelint.config.js';

async function lint(code: string) {
  const result = await stylelint.lint({ code, config });
  return result.results[0]!.warnings.map((w) => w.rule);
}

describe('the logical-properties lint', () => {
  it('fails on margin-left', async () => {
    expect(await lint('.x { margin-left: 1rem; }')).toContain('logical-css/require-logical-properties');
  });

  it('fails on other physical properties and keywords', async () => {
    expect(await lint('.x { padding-right: 0; }')).not.toEqual([]);
    expect(await lint('.x { right: 0; }')).not.toEqual([]);
    expect(await lint('.x { text-align: left; }')).not.toEqual([]);
    expect(await lint('.x { float: right; }')).not.toEqual([]);
    expect(await lint('.x { inline-size: 100vw; }')).not.toEqual([]);
  });

  it('passes the logical equivalents', async () => {
    expect(
      await lint('.x { margin-inline-start: 1rem; inset-inline-end: 0; text-align: start; float: inline-end; inline-size: 100vi; }'),
    ).toEqual([]);
  });
});
