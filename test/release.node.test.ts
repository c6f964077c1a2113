// What a release needs besides the built package (test/package.node.test.ts checks that): the
// licence, a changelog kept with Changesets, and the styling surface apps depend on, reviewed like
// the API report (npm run api:check compares etc/*.api.md; this file compares etc/maqal.styling.md).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleReleasePlan } from '@changesets/assemble-release-plan';
import { readConfig } from '@changesets/config';
import { parseChangesetFile } from '@changesets/parse';
import { getPackages } from '@manypkg/get-packages';
import { describe, expect, it } from 'vitest';
import { STYLING_FILE, stylingSurface } from '../scripts/styling-surface.mjs';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string; license: string };

describe('the licence', () => {
  // The MIT text as the Open Source Initiative publishes it (https://opensource.org/license/mit).
  it('is the MIT licence package.json names, held by the maqal contributors', () => {
    const licence = readFileSync(join(root, 'LICENSE'), 'utf8');
    expect(pkg.license).toBe('MIT');
    expect(licence).toMatch(/^MIT License\n\nCopyright \(c\) 2026 maqal contributors\n/);
    expect(licence).toContain('Permission is hereby granted, free of charge, to any person obtaining a copy');
    expect(licence).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
  });
});

describe('the styling surface', () => {
  it(`is listed in ${STYLING_FILE} as src/ has it now (npm run api:update)`, () => {
    const committed = readFileSync(join(root, STYLING_FILE), 'utf8');
    const current = stylingSurface();
    // Line by line, so a failure names the property, class or attribute that changed.
    expect(current.split('\n'), `${STYLING_FILE} is out of date: run \`npm run api:update\` and review the diff`).toEqual(committed.split('\n'));
  });

  it('finds what the components really expose to styling', () => {
    const surface = stylingSurface();
    // Read straight from the sources, so the list cannot silently come out empty.
    const starCss = readFileSync(join(root, 'src/components/StarRating/StarRating.css'), 'utf8');
    for (const attribute of new Set([...starCss.matchAll(/\[(data-[\w-]+)/g)].map((m) => m[1]!))) expect(surface).toContain(`| \`${attribute}\` |`);
    expect(surface).toContain('| `.maqal-StarRating` |');
    const tokens = readFileSync(join(root, 'src/styles/tokens.css'), 'utf8');
    for (const name of new Set([...tokens.matchAll(/(--maqal-[\w-]+)\s*:/g)].map((m) => m[1]!))) expect(surface).toContain(`| \`${name}\` | `);
  });
});

describe('Changesets', () => {
  const dir = join(root, '.changeset');
  const changesets = readdirSync(dir)
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .map((file) => ({ id: file.replace(/\.md$/, ''), ...parseChangesetFile(readFileSync(join(dir, file), 'utf8')) }));

  it('has a valid config that publishes the one package publicly from main', async () => {
    const result = await readConfig(root);
    expect(result.errors).toBeUndefined();
    expect(result.warnings).toEqual([]);
    expect(result.config).toMatchObject({ baseBranch: 'main', access: 'public', changedFilePatterns: ['src/**'] });
  });

  it('has changesets that name this package, say what changed, and never bump a 0.x major', () => {
    expect(changesets.length).toBeGreaterThan(0);
    for (const changeset of changesets) {
      expect(changeset.summary.trim().length, `${changeset.id} has no summary`).toBeGreaterThan(20);
      for (const release of changeset.releases) {
        expect(release.name, changeset.id).toBe(pkg.name);
        // Before 1.0 a breaking change is a minor bump; "major" would publish 1.0.0 by accident.
        if (pkg.version.startsWith('0.')) expect(release.type, `${changeset.id}: breaking changes are "minor" while maqal is 0.x`).not.toBe('major');
      }
    }
  });

  it('versions the first release as 0.1.0 while its changeset is pending', async () => {
    const first = changesets.find((c) => c.id === 'first-release');
    if (!first) return; // released: CHANGELOG.md has it now
    const packages = await getPackages(root);
    const { config } = await readConfig(root, packages);
    const plan = assembleReleasePlan(changesets, packages, config!, undefined);
    expect(plan.releases.find((r) => r.name === pkg.name)?.newVersion, 'package.json "version" must be 0.0.0 until `changeset version` cuts 0.1.0').toBe('0.1.0');
  });
});
