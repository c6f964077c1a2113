import { useEffect, useRef, useState, type ReactNode } from 'react';

/*
 * The Tokens page's tables. Nothing here is copied from the CSS by hand: the token names are found
 * in the page's stylesheets (every --maqal-* custom property they declare), and every value, size
 * and contrast ratio is read back from the browser with getComputedStyle, inside elements that
 * carry data-maqal-theme="light" / "dark" and lang="ar" / "fa" / "ur" / "he" / "en" as an app's
 * would. Change tokens.css and the page follows.
 */

/** Every custom property named --maqal-<prefix>… declared in the document's stylesheets, in source order. */
export function declaredTokens(prefix: string): string[] {
  const found = new Set<string>();
  const walk = (rules: CSSRuleList) => {
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSStyleRule) {
        for (const name of Array.from(rule.style)) if (name.startsWith(`--maqal-${prefix}`)) found.add(name);
      }
      if ('cssRules' in rule && (rule as CSSGroupingRule).cssRules) walk((rule as CSSGroupingRule).cssRules);
    }
  };
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      walk(sheet.cssRules);
    } catch {
      // A cross-origin sheet cannot be read; maqal's own are same-origin.
    }
  }
  return [...found];
}

/** An rgb() / rgba() string as 0–255 channels and alpha. */
function channels(color: string): [number, number, number, number] | null {
  const match = /rgba?\(([^)]+)\)/.exec(color);
  if (!match) return null;
  const parts = match[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
  return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
}

/** WCAG 2 relative luminance of an sRGB colour. */
function luminance([r, g, b]: [number, number, number, number]) {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio of two computed colours. */
export function contrast(a: string, b: string): number | null {
  const ca = channels(a);
  const cb = channels(b);
  if (!ca || !cb) return null;
  const [hi, lo] = [luminance(ca), luminance(cb)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** #rrggbb of a computed rgb() colour. */
function hex(color: string) {
  const c = channels(color);
  if (!c) return color;
  const body = c
    .slice(0, 3)
    .map((v) => Math.round(v).toString(16).padStart(2, '0'))
    .join('');
  return c[3] < 1 ? `#${body} at ${Math.round(c[3] * 100)}%` : `#${body}`;
}

/** The computed value of `property: var(token)` on a throwaway element inside `root`. */
function computed(root: Element, property: string, value: string): string {
  const probe = document.createElement('span');
  probe.style.cssText = 'display: block; position: absolute; visibility: hidden;';
  probe.style.setProperty(property, value);
  root.appendChild(probe);
  const result = getComputedStyle(probe).getPropertyValue(property);
  probe.remove();
  return result;
}

/**
 * What each colour sits on, and what it needs (WCAG 2.2): text 4.5:1 (1.4.3); a control's edge,
 * a star, the focus ring, the breaking badge's fill 3:1 (1.4.11); a "-contrast" colour is text on
 * the colour it is named after.
 * border is a decorative rule and needs none.
 */
function usage(name: string): { on: string; need: number | null; role: string } {
  const short = name.replace('--maqal-color-', '');
  if (short.endsWith('-contrast')) return { on: `--maqal-color-${short.replace(/-contrast$/, '')}`, need: 4.5, role: 'text on it' };
  if (short === 'surface') return { on: '--maqal-color-text', need: 7, role: 'behind text' };
  if (short === 'surface-raised') return { on: '--maqal-color-text', need: 7, role: 'behind text' };
  if (short === 'border') return { on: '--maqal-color-surface', need: null, role: 'decorative rule' };
  if (['border-strong', 'star', 'star-empty', 'focus'].includes(short)) return { on: '--maqal-color-surface', need: 3, role: 'non-text' };
  // The breaking badge's fill: its words are urgent-contrast on it; the fill itself is a shape.
  if (short === 'urgent') return { on: '--maqal-color-surface', need: 3, role: 'badge fill' };
  if (short === 'text') return { on: '--maqal-color-surface', need: 7, role: 'text' };
  return { on: '--maqal-color-surface', need: 4.5, role: 'text' };
}

type ColourRow = { name: string; value: string; on: string; onValue: string; ratio: number | null; need: number | null; role: string };

function readColours(root: Element): ColourRow[] {
  return declaredTokens('color-').map((name) => {
    const { on, need, role } = usage(name);
    const value = computed(root, 'color', `var(${name})`);
    const onValue = computed(root, 'color', `var(${on})`);
    return { name, value, on, onValue, ratio: contrast(value, onValue), need, role };
  });
}

/** Reads tokens from the browser after mount, and again if the page's fonts or sheets change. */
function useMeasured<T>(measure: () => T): T | null {
  const [state, setState] = useState<T | null>(null);
  useEffect(() => {
    // Measured after the first paint, when the probes' styles resolve, and again once fonts arrive.
    let cancelled = false;
    const frame = requestAnimationFrame(() => setState(measure()));
    void document.fonts.ready.then(() => {
      if (!cancelled) setState(measure());
    });
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
    };
    // measure reads refs that exist after mount; once is enough for a page of tokens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return state;
}

function ThemeColours({ theme }: { theme: 'light' | 'dark' }) {
  const root = useRef<HTMLDivElement>(null);
  const rows = useMeasured(() => (root.current ? readColours(root.current) : []));
  return (
    <div ref={root} data-maqal-theme={theme} className="maqal-TokenSwatches">
      <table className="maqal-TokenTable">
        <caption>
          <span lang="en">{theme}</span> · <code>data-maqal-theme=&quot;{theme}&quot;</code>
        </caption>
        <thead>
          <tr>
            <th scope="col">token</th>
            <th scope="col">value</th>
            <th scope="col">on</th>
            <th scope="col">contrast</th>
          </tr>
        </thead>
        <tbody>
          {(rows ?? []).map((row) => (
            <tr key={row.name} data-token={row.name}>
              <th scope="row">
                <span aria-hidden="true" className="maqal-TokenChip" style={{ background: `var(${row.name})` }} />
                <code>{row.name.replace('--maqal-color-', '')}</code>
              </th>
              <td>
                <code data-value>{hex(row.value)}</code>
              </td>
              <td>
                <code>{row.on.replace('--maqal-color-', '')}</code>
              </td>
              <td data-ratio={row.ratio?.toFixed(2)}>
                {row.ratio === null ? '—' : `${row.ratio.toFixed(2)}:1`}{' '}
                <span className="maqal-TokenVerdict">
                  {row.need === null ? row.role : row.ratio !== null && row.ratio >= row.need ? `≥ ${row.need} ✓ ${row.role}` : `< ${row.need} ✗ ${row.role}`}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Each colour token's value in the light and dark themes, and its contrast against what it sits on. */
export function ColourTokens() {
  return (
    // sb-unstyled: Storybook's docs typography (zebra rows on a white ground) stays out of the themes.
    <div className="maqal-TokenThemes sb-unstyled">
      <ThemeColours theme="light" />
      <ThemeColours theme="dark" />
    </div>
  );
}

/** Spacing, radii and the focus ring, each drawn at its size and measured in px. */
export function SizeTokens() {
  const root = useRef<HTMLDivElement>(null);
  const rows = useMeasured(() => {
    const el = root.current;
    if (!el) return [];
    return ['space-', 'radius-', 'focus-ring-'].flatMap((prefix) =>
      declaredTokens(prefix).map((name) => ({
        name,
        css: getComputedStyle(el).getPropertyValue(name).trim(),
        px: computed(el, 'inline-size', `var(${name})`),
      })),
    );
  });
  return (
    <div ref={root} className="maqal-TokenSwatches sb-unstyled" data-maqal-theme="light">
      <table className="maqal-TokenTable">
        <thead>
          <tr>
            <th scope="col">token</th>
            <th scope="col">CSS</th>
            <th scope="col">px</th>
            <th scope="col">drawn</th>
          </tr>
        </thead>
        <tbody>
          {(rows ?? []).map((row) => (
            <tr key={row.name} data-token={row.name}>
              <th scope="row">
                <code>{row.name.replace('--maqal-', '')}</code>
              </th>
              <td>
                <code>{row.css}</code>
              </td>
              <td data-px={parseFloat(row.px)}>{Math.round(parseFloat(row.px) * 100) / 100}</td>
              <td>{drawn(row.name)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function drawn(name: string): ReactNode {
  if (name.startsWith('--maqal-space-')) return <span aria-hidden="true" className="maqal-TokenBar" style={{ inlineSize: `var(${name})` }} />;
  if (name.startsWith('--maqal-radius-')) return <span aria-hidden="true" className="maqal-TokenBox" style={{ borderRadius: `min(var(${name}), 1rem)` }} />;
  return (
    <span
      aria-hidden="true"
      className="maqal-TokenBox"
      style={{ outline: 'var(--maqal-focus-ring-width) solid var(--maqal-color-focus)', outlineOffset: 'var(--maqal-focus-ring-offset)' }}
    />
  );
}

const SCRIPTS = [
  { lang: 'ar', name: 'Arabic', sample: 'مكتبة المدينة تفتح أبوابها' },
  { lang: 'fa', name: 'Persian', sample: 'کتابخانهٔ شهر گشوده شد' },
  { lang: 'ur', name: 'Urdu', sample: 'شہر کی لائبریری کھل گئی' },
  { lang: 'he', name: 'Hebrew', sample: 'ספריית העיר נפתחת' },
  { lang: 'en', name: 'Latin (English)', sample: 'The city library reopens' },
] as const;

/** The column widths the headline's size is measured at: a narrow phone, a phone, the article column, a desktop column. */
const COLUMNS = [320, 360, 500, 640] as const;

const ROLES = [
  { role: 'headline', size: '--maqal-headline-size', leading: '--maqal-headline-leading', font: '--maqal-font-body', weight: 700 },
  { role: 'body', size: '--maqal-body-size', leading: '--maqal-body-leading', font: '--maqal-font-body', weight: 400 },
  { role: 'UI (text-sm)', size: '--maqal-text-sm', leading: '--maqal-ui-leading', font: '--maqal-font-ui', weight: 400 },
  { role: 'UI (text-xs)', size: '--maqal-text-xs', leading: '--maqal-ui-leading', font: '--maqal-font-ui', weight: 400 },
] as const;

type Measured = { size: number; lineHeight: number; ratio: string; family: string; available: boolean };

/** Font size and line height of a probe set with the role's tokens, in a column of `width` px. */
function measureRole(host: Element, lang: string, role: (typeof ROLES)[number], width: number): Measured {
  const column = document.createElement('div');
  column.lang = lang;
  column.style.cssText = `container-type: inline-size; inline-size: ${width}px; position: absolute; visibility: hidden;`;
  const probe = document.createElement('p');
  probe.style.cssText = `margin: 0; font-family: var(${role.font}); font-size: var(${role.size}); line-height: var(${role.leading}); font-weight: ${role.weight};`;
  probe.textContent = 'x';
  column.appendChild(probe);
  host.appendChild(column);
  const style = getComputedStyle(probe);
  const size = parseFloat(style.fontSize);
  // A unitless line-height computes to the number: the box's height is the used leading.
  const lineHeight = probe.getBoundingClientRect().height;
  const ratio = getComputedStyle(column).getPropertyValue(role.leading).trim();
  const family = style.fontFamily.split(',')[0]!.trim().replace(/^["']|["']$/g, '');
  // Loaded: a face of that family from maqal/fonts.css has arrived (a system font has no FontFace).
  const available = [...document.fonts].some((face) => face.family.replace(/["']/g, '') === family && face.status === 'loaded');
  column.remove();
  return { size, lineHeight, ratio, family, available };
}

/**
 * The type scale per script: for each role, the font size and line height in px at each column
 * width (the headline is fluid with its column: cqi), the leading ratio, and the face in use.
 */
export function TypeTokens() {
  const host = useRef<HTMLDivElement>(null);
  const table = useMeasured(() => {
    const el = host.current;
    if (!el) return [];
    return SCRIPTS.map((script) => ({
      ...script,
      roles: ROLES.map((role) => ({ role: role.role, at: COLUMNS.map((width) => measureRole(el, script.lang, role, width)) })),
    }));
  });
  return (
    <div ref={host} className="sb-unstyled" style={{ position: 'relative' }}>
      <table className="maqal-TokenTable maqal-TypeTable">
        <thead>
          <tr>
            <th scope="col">script</th>
            <th scope="col">role</th>
            {COLUMNS.map((width) => (
              <th key={width} scope="col">
                column {width} px
              </th>
            ))}
            <th scope="col">leading</th>
            <th scope="col">face</th>
          </tr>
        </thead>
        <tbody>
          {(table ?? []).flatMap((script) =>
            script.roles.map((role, index) => (
              <tr key={`${script.lang}-${role.role}`} data-lang={script.lang} data-role={role.role}>
                {index === 0 ? (
                  <th scope="rowgroup" rowSpan={script.roles.length}>
                    {script.name}
                    <br />
                    <span lang={script.lang} dir="auto" className="maqal-TypeSample" style={{ fontFamily: 'var(--maqal-font-body)' }}>
                      {script.sample}
                    </span>
                  </th>
                ) : null}
                <th scope="row">{role.role}</th>
                {role.at.map((m, i) => (
                  <td key={COLUMNS[i]} data-size={m.size} data-line-height={Math.round(m.lineHeight * 100) / 100}>
                    {round(m.size)} / {round(m.lineHeight)} px
                  </td>
                ))}
                <td>
                  <code>{role.at[0]!.ratio}</code>
                </td>
                <td>
                  {role.at[0]!.family}
                  {role.at[0]!.available ? '' : ' (not loaded yet, or from the system)'}
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}

const round = (n: number) => Math.round(n * 10) / 10;
