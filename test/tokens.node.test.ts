// maqal/tokens.json (issue 15): the DTCG export is regenerated from src/styles/tokens.css and
// checked against the CSS as PostCSS reads it — a second, independent parser — so the JSON a
// design tool imports and the custom properties the components use cannot drift apart. The token
// shapes follow the DTCG Format Module 2025.10 (https://www.designtokens.org/TR/2025.10/format/):
// colour $value { colorSpace, components, alpha?, hex? }, dimension { value, unit: px | rem },
// fontFamily a string or an array of strings, number a JSON number.
import { existsSync, readFileSync } from 'node:fs';
import postcss, { type Rule } from 'postcss';
import { describe, expect, it } from 'vitest';
import { buildTokens, TOKENS_CSS } from '../scripts/tokens.mjs';

type Json = Record<string, unknown>;
type Token = { $type: string; $value: unknown; $extensions: { 'org.maqal': { property: string; css: string } } };

const css = readFileSync(TOKENS_CSS, 'utf8');
const warnings: string[] = [];
const doc = buildTokens(css, (message: string) => warnings.push(message)) as Json;

/** Every custom property PostCSS finds in rules with exactly this selector list, outside @media, last one winning. */
function declared(selector: (selectors: string[]) => boolean, inMedia = false): Map<string, string> {
  const values = new Map<string, string>();
  postcss.parse(css).walkRules((rule: Rule) => {
    const media = rule.parent?.type === 'atrule' && (rule.parent as { name?: string }).name === 'media';
    if (media !== inMedia || !selector(rule.selectors)) return;
    rule.walkDecls((decl) => {
      if (decl.prop.startsWith('--')) values.set(decl.prop, decl.value.trim().replace(/\s+/g, ' '));
    });
  });
  return values;
}

/** Every token in a group, with its path, recursively. */
function tokens(group: unknown, path: string[] = []): Array<[string, Token]> {
  if (!group || typeof group !== 'object') return [];
  if ('$value' in group) return [[path.join('.'), group as Token]];
  return Object.entries(group).flatMap(([key, value]) => (key.startsWith('$') ? [] : tokens(value, [...path, key])));
}

const root = declared((s) => s.includes(':root'));
const darkOnly = declared((s) => s.length === 1 && s[0] === "[data-maqal-theme='dark']");
const dark = new Map([...root, ...darkOnly]);
const themed = (name: string) => name.startsWith('--maqal-color-') || name === '--maqal-media-dim';

/** The CSS a token's $value stands for, written back from the DTCG value. */
function backToCss(token: Token): string | number {
  const value = token.$value as Json & { value?: number; unit?: string; hex?: string };
  switch (token.$type) {
    case 'color':
      return String(value.hex);
    case 'dimension':
      return `${value.value}${value.unit}`;
    case 'fontFamily':
      return (token.$value as string[]).join(',');
    default:
      return token.$value as number;
  }
}

/** The same CSS value, normalised the way backToCss writes it. */
function normalise(cssValue: string, type: string): string | number {
  if (type === 'color') return cssValue.toLowerCase();
  if (type === 'dimension') return cssValue.replace(/^0\./, '0.');
  if (type === 'fontFamily') return cssValue.split(',').map((family) => family.trim().replace(/^['"]|['"]$/g, '')).join(',');
  if (cssValue === 'none') return 1;
  const brightness = /^brightness\((.+)\)$/.exec(cssValue);
  return Number(brightness ? brightness[1] : cssValue);
}

describe('maqal/tokens.json (DTCG) against src/styles/tokens.css', () => {
  it('has a token for every colour of each theme, with the value the theme sets', () => {
    for (const [theme, values] of [
      ['light', root],
      ['dark', dark],
    ] as const) {
      const exported = new Map(tokens(doc[theme]).map(([, token]) => [token.$extensions['org.maqal'].property, token]));
      const expected = [...values].filter(([name]) => themed(name));
      expect(expected.length, `${theme}: colours found in the CSS`).toBeGreaterThanOrEqual(12);
      for (const [name, value] of expected) {
        const token = exported.get(name);
        expect(token, `${theme} ${name}`).toBeDefined();
        expect(token!.$extensions['org.maqal'].css, `${theme} ${name}`).toBe(value);
        expect(backToCss(token!), `${theme} ${name}`).toEqual(normalise(value, token!.$type));
      }
      // Nothing stale: every exported token is a property the CSS declares for that theme.
      for (const name of exported.keys()) expect(values.has(name), `${theme} exports ${name}`).toBe(true);
    }
  });

  it('gives the dark theme its own values, and "auto" under a dark preference the same ones', () => {
    const light = tokens(doc.light);
    const darkTokens = new Map(tokens(doc.dark));
    const differing = light.filter(([path, token]) => JSON.stringify(darkTokens.get(path)?.$value) !== JSON.stringify(token.$value));
    expect(differing.length).toBeGreaterThanOrEqual(10);
    const autoDark = declared((s) => s.includes("[data-maqal-theme='auto']"), true);
    for (const [name, value] of autoDark) expect(dark.get(name), `auto (dark) ${name}`).toBe(value);
  });

  it('has spacing, radii, focus ring and fonts, each as the CSS declares them on :root', () => {
    const base = new Map(tokens(doc.base).map(([, token]) => [token.$extensions['org.maqal'].property, token]));
    for (const [name, value] of root) {
      if (themed(name) || !/^--maqal-(space|radius|focus-ring|font)-/.test(name)) continue;
      const token = base.get(name);
      expect(token, name).toBeDefined();
      expect(backToCss(token!), name).toEqual(normalise(value, token!.$type));
    }
    expect([...base.keys()].filter((name) => name.startsWith('--maqal-space-')).length).toBeGreaterThanOrEqual(4);
  });

  it('has the type scale per script, each script overriding Latin as its lang rule does', () => {
    const type = doc.type as Record<string, Json>;
    expect(Object.keys(type).sort()).toEqual(['arabic', 'hebrew', 'latin', 'urdu']);
    const arabic = declared((s) => s[0] === "[lang|='ar']");
    const urdu = declared((s) => s.length === 1 && s[0] === "[lang|='ur']");
    const hebrew = declared((s) => s.length === 1 && s[0] === "[lang|='he']");
    const expectations: Array<[string, Map<string, string>]> = [
      ['latin', root],
      ['arabic', new Map([...root, ...arabic])],
      ['urdu', new Map([...root, ...arabic, ...urdu])],
      ['hebrew', new Map([...root, ...hebrew])],
    ];
    for (const [script, values] of expectations) {
      for (const key of ['body-leading', 'headline-leading', 'ui-leading', 'body-size', 'font-body']) {
        const token = type[script]![key] as Token | undefined;
        const css = values.get(`--maqal-${key}`);
        expect(token, `${script} ${key}`).toBeDefined();
        expect(backToCss(token!), `${script} ${key}`).toEqual(normalise(css!, token!.$type));
      }
      // The fluid headline: its two ends, from clamp(min, …, max).
      const headline = type[script]!['headline-size'] as { min: Token; max: Token };
      const clamp = /^clamp\(([^,]+),.*,\s*([^,()]+)\)$/.exec(values.get('--maqal-headline-size')!)!;
      expect(backToCss(headline.min)).toBe(clamp[1]!.trim());
      expect(backToCss(headline.max)).toBe(clamp[2]!.trim());
    }
    // The scripts really differ where the CSS says they do (Arabic body leading 1.625, Latin 1.375).
    expect((type.arabic!['body-leading'] as Token).$value).not.toEqual((type.latin!['body-leading'] as Token).$value);
  });

  it('writes only DTCG shapes: a $type each, and a $value of that type', () => {
    const all = ['light', 'dark', 'base', 'type'].flatMap((group) => tokens(doc[group]));
    expect(all.length).toBeGreaterThan(50);
    for (const [path, token] of all) {
      const value = token.$value as Json;
      switch (token.$type) {
        case 'color':
          expect(value.colorSpace, path).toBe('srgb');
          expect(value.components, path).toHaveLength(3);
          for (const c of value.components as number[]) expect(c >= 0 && c <= 1, path).toBe(true);
          expect(value.hex, path).toMatch(/^#[0-9a-f]{6}$/);
          break;
        case 'dimension':
          expect(Object.keys(value).sort(), path).toEqual(['unit', 'value']);
          expect(['px', 'rem'], path).toContain(value.unit);
          expect(Number.isFinite(value.value), path).toBe(true);
          break;
        case 'fontFamily':
          expect(Array.isArray(token.$value) && (token.$value as unknown[]).every((f) => typeof f === 'string' && f.length > 0), path).toBe(true);
          break;
        case 'number':
          expect(Number.isFinite(token.$value), path).toBe(true);
          break;
        default:
          throw new Error(`${path}: $type ${token.$type} is not one maqal exports`);
      }
      // Names may not use the characters DTCG reserves in token and group names.
      for (const segment of path.split('.')) expect(segment, path).not.toMatch(/^\$|[{}.]/);
    }
    // Every value in tokens.css had a DTCG type: nothing left out silently.
    expect(warnings).toEqual([]);
  });

  it('is what the build wrote to dist/tokens.json, when dist exists', () => {
    const built = new URL('../dist/tokens.json', import.meta.url);
    if (!existsSync(built)) return; // npm test builds first; a bare vitest run may have no dist
    expect(JSON.parse(readFileSync(built, 'utf8'))).toEqual(doc);
  });
});
