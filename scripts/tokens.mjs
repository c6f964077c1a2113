// maqal/tokens.json: the design tokens of src/styles/tokens.css in the W3C Design Tokens Community
// Group format (DTCG 2025.10, https://www.designtokens.org/TR/2025.10/format/), for design tools.
// One source: the CSS custom properties are read here at build time (scripts/build.mjs writes
// dist/tokens.json) and test/tokens.node.test.ts regenerates the file and checks it against the
// CSS, so the two cannot drift.
//
// Layout of the file: `light` and `dark` hold the colour tokens of each theme (a design tool's two
// modes); `base` the rest (spacing, radii, focus ring, fonts, UI text sizes); `type` the type scale
// per script (latin, arabic, urdu, hebrew: each script's overrides merged over Latin). Every token
// names its CSS custom property and the raw CSS value in $extensions["org.maqal"].
//
//   node scripts/tokens.mjs [out.json]     (default: print to stdout)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const TOKENS_CSS = fileURLToPath(new URL('../src/styles/tokens.css', import.meta.url));
const EXT = 'org.maqal';

/** The rules of a stylesheet, flattened: { selector, media, declarations: Map(name → value) }. */
export function readRules(css) {
  // Comments out; "@layer a, b;" statements (not blocks) out.
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/@layer[^{;]*;/g, '');
  const rules = [];
  // A small block parser: @layer and @media blocks nest; a rule block holds declarations.
  const walk = (from, to, media) => {
    let i = from;
    while (i < to) {
      const open = text.indexOf('{', i);
      if (open === -1 || open >= to) break;
      const prelude = text.slice(i, open).replace(/^[\s;]*/, '').trim();
      // Find the matching close brace.
      let depth = 1;
      let j = open + 1;
      while (j < to && depth > 0) {
        if (text[j] === '{') depth++;
        else if (text[j] === '}') depth--;
        j++;
      }
      const close = j - 1;
      if (prelude.startsWith('@media')) walk(open + 1, close, prelude.slice(6).trim());
      else if (prelude.startsWith('@')) walk(open + 1, close, media);
      else {
        const declarations = new Map();
        for (const part of text.slice(open + 1, close).split(';')) {
          const colon = part.indexOf(':');
          if (colon === -1) continue;
          const name = part.slice(0, colon).trim();
          if (name.startsWith('--')) declarations.set(name, part.slice(colon + 1).trim().replace(/\s+/g, ' '));
        }
        rules.push({ selector: prelude.replace(/\s+/g, ' '), media, declarations });
      }
      i = j;
    }
  };
  walk(0, text.length, null);
  return rules;
}

/** The custom properties of the rules matching `test`, later rules winning, as CSS applies them. */
function collect(rules, test) {
  const values = new Map();
  for (const rule of rules) if (test(rule)) for (const [name, value] of rule.declarations) values.set(name, value);
  return values;
}

const selectors = (rule) => rule.selector.split(',').map((s) => s.trim());

/** The declarations for each theme and script, as CSS resolves them on an element with that attribute. */
export function readTokenSets(css) {
  const rules = readRules(css);
  const plain = rules.filter((rule) => !rule.media);
  const root = collect(plain, (rule) => selectors(rule).includes(':root'));
  const dark = new Map([...root, ...collect(plain, (rule) => selectors(rule).includes("[data-maqal-theme='dark']"))]);
  const autoDark = new Map([
    ...root,
    ...collect(rules, (rule) => /prefers-color-scheme:\s*dark/.test(rule.media ?? '') && selectors(rule).includes("[data-maqal-theme='auto']")),
  ]);
  const arabic = collect(plain, (rule) => selectors(rule)[0] === "[lang|='ar']");
  const urdu = collect(plain, (rule) => rule.selector === "[lang|='ur']");
  const hebrew = collect(plain, (rule) => rule.selector === "[lang|='he']");
  return {
    light: root,
    dark,
    autoDark,
    scripts: { latin: root, arabic: new Map([...root, ...arabic]), urdu: new Map([...root, ...arabic, ...urdu]), hebrew: new Map([...root, ...hebrew]) },
  };
}

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** #rgb / #rrggbb → DTCG colour: sRGB components 0–1, and the hex. */
export function colorValue(css) {
  const match = HEX.exec(css);
  if (!match) return undefined;
  let hex = match[1].toLowerCase();
  if (hex.length === 3) hex = [...hex].map((c) => c + c).join('');
  const components = [0, 2, 4].map((at) => Math.round((parseInt(hex.slice(at, at + 2), 16) / 255) * 10000) / 10000);
  return { colorSpace: 'srgb', components, alpha: 1, hex: `#${hex}` };
}

/** 12px / 0.75rem → DTCG dimension. */
export function dimensionValue(css) {
  const match = /^(-?\d*\.?\d+)(px|rem)$/.exec(css);
  return match ? { value: Number(match[1]), unit: match[2] } : undefined;
}

/** 'Noto Naskh Arabic', 'Amiri', serif → ["Noto Naskh Arabic", "Amiri", "serif"]. */
export function fontFamilyValue(css) {
  if (!/['"]|,/.test(css)) return undefined;
  return css.split(',').map((family) => family.trim().replace(/^['"]|['"]$/g, ''));
}

const numberValue = (css) => (/^-?\d*\.?\d+$/.test(css) ? Number(css) : undefined);

/** A token: DTCG $type and $value, with the CSS property and its raw value alongside. */
function token(type, value, property, css, description) {
  const out = { $type: type, $value: value };
  if (description) out.$description = description;
  out.$extensions = { [EXT]: { property, css } };
  return out;
}

/**
 * One custom property as a DTCG token (or, for clamp(), a group of its minimum and maximum), or
 * undefined if its value has no DTCG type.
 */
export function toToken(property, css) {
  const name = property.replace(/^--maqal-/, '');
  const color = colorValue(css);
  if (color) return token('color', color, property, css);
  const dimension = dimensionValue(css);
  if (dimension) return token('dimension', dimension, property, css);
  const number = numberValue(css);
  if (number !== undefined) return token('number', number, property, css);
  if (name.startsWith('font-')) {
    const families = fontFamilyValue(css);
    if (families) return token('fontFamily', families, property, css);
  }
  // A fluid size, clamp(min, preferred, max): the two ends are the design values.
  const clamp = /^clamp\(\s*([^,]+),.*,\s*([^,()]+)\)$/.exec(css);
  if (clamp && dimensionValue(clamp[1].trim()) && dimensionValue(clamp[2].trim())) {
    return {
      $description: `Fluid between these sizes with its column: ${css}`,
      $extensions: { [EXT]: { property, css } },
      min: token('dimension', dimensionValue(clamp[1].trim()), property, css, 'In a column of 360 px or less.'),
      max: token('dimension', dimensionValue(clamp[2].trim()), property, css, 'In a column of 640 px or more.'),
    };
  }
  // A media filter: none, or brightness(n) — a brightness factor.
  if (css === 'none') return token('number', 1, property, css, 'Brightness factor for photos and illustrations (CSS filter: none).');
  const brightness = /^brightness\((\d*\.?\d+)\)$/.exec(css);
  if (brightness) return token('number', Number(brightness[1]), property, css, `Brightness factor for photos and illustrations (CSS filter: ${css}).`);
  return undefined;
}

/** Where a property goes: [group, name]. */
function place(property) {
  const name = property.replace(/^--maqal-/, '');
  for (const group of ['color', 'space', 'radius', 'focus-ring', 'font', 'text']) {
    if (name.startsWith(`${group}-`)) return [group, name.slice(group.length + 1)];
  }
  return [null, name];
}

const TYPE_SCALE = /^--maqal-(headline-size|headline-leading|body-size|body-leading|ui-leading|measure|text-[a-z]+|font-body|font-ui)$/;
const THEMED = (property) => property.startsWith('--maqal-color-') || property === '--maqal-media-dim';

/**
 * The DTCG document for a tokens.css text. Unknown values are reported through `warn`.
 * @param {string} css
 * @param {(message: string) => void} [warn]
 */
export function buildTokens(css, warn = () => {}) {
  const sets = readTokenSets(css);
  const themed = (values) => {
    const out = {};
    for (const [property, value] of values) {
      if (!THEMED(property)) continue;
      const made = toToken(property, value);
      if (!made) {
        warn(`${property}: ${value} has no DTCG type; left out`);
        continue;
      }
      const [group, name] = place(property);
      if (group) (out[group] ??= {})[name] = made;
      else out[name] = made;
    }
    return out;
  };
  const base = {};
  for (const [property, value] of sets.light) {
    if (THEMED(property)) continue;
    const made = toToken(property, value);
    if (!made) {
      warn(`${property}: ${value} has no DTCG type; left out`);
      continue;
    }
    const [group, name] = place(property);
    if (group) (base[group] ??= {})[name] = made;
    else base[name] = made;
  }
  const type = {};
  for (const [script, values] of Object.entries(sets.scripts)) {
    const group = {};
    for (const [property, value] of values) {
      if (!TYPE_SCALE.test(property)) continue;
      const made = toToken(property, value);
      if (made) group[property.replace(/^--maqal-/, '')] = made;
    }
    type[script] = group;
  }
  return {
    $description:
      'maqal design tokens, generated from src/styles/tokens.css (CSS custom properties --maqal-*). light and dark: the colour themes (data-maqal-theme). base: spacing, radii, focus ring, fonts and UI text sizes. type: the type scale per script (lang). Each token names its CSS property in $extensions["org.maqal"].',
    light: themed(sets.light),
    dark: themed(sets.dark),
    base,
    type,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const json = `${JSON.stringify(buildTokens(readFileSync(TOKENS_CSS, 'utf8'), (message) => console.warn(`maqal tokens: ${message}`)), null, 2)}\n`;
  const out = process.argv[2];
  if (out) writeFileSync(out, json);
  else process.stdout.write(json);
}
