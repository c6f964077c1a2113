// maqal/fonts.css is generated from the font files by scripts/font-metrics.mjs (issue 17). These
// checks keep the committed file, the font files and the stacks in tokens.css from drifting apart.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fromFile } from '@capsizecss/unpack/fs';
import { describe, expect, it } from 'vitest';
import { generate } from '../scripts/font-metrics.mjs';

const require = createRequire(import.meta.url);
const fontsCss = readFileSync(new URL('../src/styles/fonts.css', import.meta.url), 'utf8');
const tokensCss = readFileSync(new URL('../src/styles/tokens.css', import.meta.url), 'utf8');

interface Face {
  family: string;
  weight: string;
  src: string;
  range: string;
  descriptors: Record<string, string>;
}

function faces(css: string): Face[] {
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map(([, body]) => {
    const descriptors = Object.fromEntries(
      body!
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean)
        .map((d) => [d.slice(0, d.indexOf(':')).trim(), d.slice(d.indexOf(':') + 1).trim()]),
    );
    return { family: descriptors['font-family']!.replaceAll("'", ''), weight: descriptors['font-weight']!, src: descriptors.src!, range: descriptors['unicode-range']!, descriptors };
  });
}

const all = faces(fontsCss);
const web = all.filter((f) => !f.family.endsWith(' Fallback'));
const fallbacks = all.filter((f) => f.family.endsWith(' Fallback'));
const WEB_FAMILIES = ['Noto Naskh Arabic', 'Noto Sans Arabic', 'Noto Nastaliq Urdu', 'Noto Serif Hebrew', 'Noto Sans Hebrew'];

describe('maqal/fonts.css', () => {
  it('is exactly what scripts/font-metrics.mjs makes of the installed font files (regenerate it after a font update)', async () => {
    expect(await generate()).toBe(fontsCss);
  }, 60_000); // reads ten font files; seconds on a busy machine

  it('offers each family at 400 and 700, script subset and Latin subset, with local() sources before the download', () => {
    expect([...new Set(web.map((f) => f.family))].sort()).toEqual([...WEB_FAMILIES].sort());
    for (const family of WEB_FAMILIES) {
      const own = web.filter((f) => f.family === family);
      expect(own.map((f) => f.weight).sort(), family).toEqual(['400', '400', '700', '700']);
      for (const face of own) {
        expect(face.src, family).toMatch(/^local\('[^']+'\)(, local\('[^']+'\))*, url\('@fontsource\/[^']+\.woff2'\) format\('woff2'\)$/);
        // Never swapped in after the page is drawn, so never a layout shift (scripts/font-metrics.mjs says why).
        expect(face.descriptors['font-display']).toBe('optional');
      }
    }
  });

  it('never lets a script face and the Latin face of its family claim the same character (a Latin file that came too late must not send the browser on to the 53 KB Arabic file for a direction mark)', () => {
    const codePoints = (range: string) =>
      range.split(',').flatMap((part) => {
        const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-').map((n) => parseInt(n, 16));
        return Array.from({ length: to! - from! + 1 }, (_, i) => from! + i);
      });
    for (const family of WEB_FAMILIES) {
      for (const weight of ['400', '700']) {
        const [script, latin] = web.filter((f) => f.family === family && f.weight === weight);
        expect(latin!.range, family).toMatch(/^U\+0000-00FF,/);
        const latinSet = new Set(codePoints(latin!.range));
        expect(codePoints(script!.range).filter((cp) => latinSet.has(cp)), `${family} ${weight}`).toEqual([]);
        // The script's letters are still its own.
        expect(codePoints(script!.range)).toContain(family.includes('Hebrew') ? 0x05d0 : 0x0627);
      }
    }
  });

  it('gives each fallback face the web font’s own vertical metrics, read from its file, scaled by size-adjust', async () => {
    expect(fallbacks.length).toBeGreaterThan(WEB_FAMILIES.length * 2);
    for (const fallback of fallbacks) {
      const family = fallback.family.replace(/ Fallback$/, '');
      // The web face this fallback stands in for: same family and weight, a range that contains its range.
      const webFace = web.find((f) => f.family === family && f.weight === fallback.weight && (f.range === fallback.range || f.range.startsWith('U+0000')));
      expect(webFace, fallback.family).toBeDefined();
      const file = webFace!.src.match(/url\('([^']+)'\)/)![1]!;
      const metrics = await fromFile(require.resolve(file));
      const size = parseFloat(fallback.descriptors['size-adjust']!) / 100;
      expect(fallback.src).toMatch(/^local\('[^']+'\)(, local\('[^']+'\))*$/); // a system font, never a download
      // Nastaliq's space is 0.13 em, a third of DejaVu Sans's, so its space face is scaled to 42%.
      expect(size).toBeGreaterThan(0.3);
      expect(size).toBeLessThan(2);
      const override = (name: string) => (parseFloat(fallback.descriptors[name]!) / 100) * size;
      expect(override('ascent-override')).toBeCloseTo(metrics.ascent / metrics.unitsPerEm, 3);
      expect(override('descent-override')).toBeCloseTo(Math.abs(metrics.descent) / metrics.unitsPerEm, 3);
      expect(override('line-gap-override')).toBeCloseTo(metrics.lineGap / metrics.unitsPerEm, 3);
    }
  });

  it('puts each web family’s fallback right after it in every stack of tokens.css, and names only real families', () => {
    const stacks = [...tokensCss.matchAll(/--maqal-font-(?:body|ui):\s*([^;]+);/g)].map(([, stack]) => stack!.split(',').map((s) => s.trim().replaceAll("'", '')));
    expect(stacks.length).toBeGreaterThanOrEqual(5);
    for (const stack of stacks) {
      expect(stack).not.toContain('Noto Naskh'); // not a family: Noto's Naskh is "Noto Naskh Arabic"
      stack.forEach((family, i) => {
        if (WEB_FAMILIES.includes(family)) expect(stack[i + 1], stack.join(', ')).toBe(`${family} Fallback`);
      });
    }
    const hebrew = tokensCss.slice(tokensCss.indexOf("[lang|='he'] {"));
    expect(hebrew).toMatch(/--maqal-font-body: 'Noto Serif Hebrew'/);
    expect(hebrew).toMatch(/--maqal-font-ui: 'Noto Sans Hebrew'/);
    const urdu = tokensCss.slice(tokensCss.indexOf("[lang|='ur'] {"));
    expect(urdu).toMatch(/--maqal-font-body: 'Noto Nastaliq Urdu'/);
  });
});
