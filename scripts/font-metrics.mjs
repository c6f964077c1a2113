// Writes src/styles/fonts.css (maqal/fonts.css) from the font files themselves: the web faces
// (from @fontsource, with local() sources first) and, for each of them, a metric-matched fallback
// face on a system font, so that the swap from fallback to web font moves nothing (issue 17).
//
//   node scripts/font-metrics.mjs            write src/styles/fonts.css
//   node scripts/font-metrics.mjs --check    exit 1 if the committed file differs (npm run build)
//   node scripts/font-metrics.mjs --measure <font file>...   print a FALLBACK_FONTS entry
//
// The web faces use font-display: optional, not swap. A metric-matched fallback takes about the
// same room as its web font, never exactly the same: it matches an average advance, so a line ends
// a few pixels earlier or later, and a line 2% short of its column in the fallback can wrap in the
// web font. Swapped in after the first paint, the web fonts still moved the article page by
// 0.0003-0.0022 (the meta row in right-to-left text, whose boxes start at their right edge) and
// the Persian page at 360 px by 0.11-0.35 (its date line wrapped); Layout Instability counts any box whose
// starting point moved 3 CSS px or more (kMovementThreshold in Chromium's
// third_party/blink/renderer/core/layout/layout_shift_tracker.cc). With optional, a font that is
// not there by the end of its short block period (100 ms from its request) is never swapped in
// (https://web.dev/articles/preload-optional-fonts, https://github.com/w3c/csswg-drafts/issues/5924),
// so a file that comes late moves nothing, whatever the text and width (test/fonts.browser.test.tsx:
// CLS 0 in every locale). One case remains: a file that lands inside that block period but after
// the first paint is still used, and moved the page by 0.0010 once; preloading avoids it. The price: a first visit on a slow
// network reads the page in the matched fallback; the files still download, and the next page uses
// them. News sites are ranked and paid by their Core Web Vitals (issue 17), CLS among them, so
// that is the right default; preloading the headline and body files (README) makes the web font
// the usual first-visit case too. The matched fallbacks still matter: they make that first visit
// look like the page as designed, the same leading and about as many words to the line.
//
// How a fallback matches (the method of next/font and fontaine): the fallback face gets
// size-adjust = (web font's average advance) / (system font's average advance) over text of the
// face's script, so a line holds as many words in either font; and ascent-override,
// descent-override and line-gap-override = the web font's own vertical metrics divided by that
// size-adjust (the browser multiplies the overrides by size-adjust), so lines, baselines and
// inline boxes sit where the web font will put them.
//
// The system fonts' metrics are measured once with --measure from their files and kept in
// FALLBACK_FONTS below (we cannot ship or read them at build time); the web fonts' metrics are read
// from node_modules on every run. Same inputs, same bytes out.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { fromBuffer } from '@capsizecss/unpack';
// @capsizecss/unpack's own font reader (its dependency): unpack gives the Latin average width the
// way next/font and fontaine compute it; the Arabic and Hebrew averages need the glyphs themselves.
import { create } from 'fontkitten';

const require = createRequire(import.meta.url);
const OUT = fileURLToPath(new URL('../src/styles/fonts.css', import.meta.url));

/*
 * Width samples: our own sentences (the same small news item in each script), so letters are
 * weighted as running text weights them. Spaces and digits are left out of the averages: their
 * fallback faces are sized on their own advance (below).
 */
const SAMPLES = {
  latin:
    'The city library opened a new reading room, and its director said that children would find picture books and folk ' +
    'tales there, and that the room would be open every day from morning until evening, once the engineers had finished ' +
    'restoring its old ceiling. "We waited for years," said Mona Haddad, a teacher from Amman, on Tuesday.',
  arabic:
    'افتتحت المكتبة العامة في المدينة قاعة جديدة للقراءة، وقال مديرها إن الأطفال سيجدون فيها كتبًا مصورة وحكايات من التراث، ' +
    'وإن القاعة ستفتح أبوابها كل يوم من الصباح حتى المساء بعد أن أنهى المهندسون ترميم سقفها القديم. ' +
    'وفي السوق المجاور، قال بائع الخضار إنه ينتظر أن يعود الزوار إلى الشارع، فقد تراجع عددهم خلال أشهر العمل الطويلة. ' +
    'أما طلاب الجامعة فيرون في القاعة مكانًا هادئًا للدراسة، ويطالبون بتمديد ساعات العمل في أيام الامتحانات. ' +
    // Persian, set in the same faces: its own letters (پ چ ژ ک گ ی) weigh in too.
    'کتابخانهٔ عمومی شهر سالن مطالعهٔ تازه‌ای گشود و مدیر آن گفت کودکان در آنجا کتاب‌های مصور و قصه‌های قدیمی پیدا می‌کنند ' +
    'و سالن هر روز از صبح تا شب باز است؛ دانشجویان هم می‌گویند که جای آرامی برای درس خواندن پیدا کرده‌اند.',
  urdu:
    'شہر کی عوامی لائبریری نے مطالعے کا ایک نیا ہال کھولا ہے، اور اس کے منتظم نے کہا کہ بچوں کو یہاں تصویری کتابیں ' +
    'اور لوک کہانیاں ملیں گی اور ہال ہر روز صبح سے شام تک کھلا رہے گا۔',
  hebrew:
    'הספרייה העירונית פתחה אולם קריאה חדש, ומנהלה אמר שהילדים ימצאו בו ספרי תמונות וסיפורי עם, ' +
    'ושהאולם יהיה פתוח מדי יום מהבוקר ועד הערב לאחר שהמהנדסים סיימו לשפץ את תקרתו הישנה. ' +
    'בשוק הסמוך אמר מוכר הירקות שהוא מחכה שהמבקרים יחזרו לרחוב, כי מספרם ירד בחודשי העבודה הארוכים. ' +
    'סטודנטים מהאוניברסיטה רואים באולם מקום שקט ללמידה, ומבקשים להאריך את שעות הפתיחה בתקופת הבחינות.',
};

/*
 * The web families. `script` names the face that holds the family's own script (its @fontsource
 * subset) and the sample its fallback is matched on; `latin` picks the system fonts whose Latin
 * letters look closest.
 */
const FAMILIES = [
  { family: 'Noto Naskh Arabic', pkg: 'noto-naskh-arabic', subset: 'arabic', sample: 'arabic', latin: 'serif' },
  { family: 'Noto Sans Arabic', pkg: 'noto-sans-arabic', subset: 'arabic', sample: 'arabic', latin: 'sans' },
  { family: 'Noto Nastaliq Urdu', pkg: 'noto-nastaliq-urdu', subset: 'arabic', sample: 'urdu', latin: 'serif' },
  { family: 'Noto Serif Hebrew', pkg: 'noto-serif-hebrew', subset: 'hebrew', sample: 'hebrew', latin: 'serif' },
  { family: 'Noto Sans Hebrew', pkg: 'noto-sans-hebrew', subset: 'hebrew', sample: 'hebrew', latin: 'sans' },
];
const WEIGHTS = [400, 700];

/*
 * System fonts a fallback face may use, measured with --measure (per em: average advance over each
 * sample, per weight). A face lists every local() name of fonts with the SAME advance widths, so its
 * one size-adjust is right for whichever the reader has:
 * - Arial = Helvetica = Liberation Sans = Arimo (Arial was drawn on Helvetica's widths; Liberation
 *   and Arimo on Arial's): Windows, macOS and iOS, Linux, ChromeOS. Measured on Liberation Sans.
 * - Times New Roman = Liberation Serif = Tinos, likewise. Measured on Liberation Serif.
 * - DejaVu Sans, on most Linux desktops, is the only common system font here with Arabic and Hebrew
 *   letters whose files we could measure; it is also the last resort for Latin.
 * Android ships Noto Naskh Arabic, Noto Sans Hebrew and Noto Nastaliq Urdu, which the web faces'
 * own local() sources pick up, so nothing swaps there. Windows' and Apple's Arabic and Hebrew
 * letters (Arial, Times New Roman, Segoe UI, Geeza Pro, Arial Hebrew) are not measured yet: on those
 * systems Arabic and Hebrew text falls through to the next family of the stack until the web font
 * arrives. Add an entry here from `--measure` on such a file to cover one.
 */
const FALLBACK_FONTS = {
  'DejaVu Sans': {
    source: 'DejaVu Sans 2.37 (Debian fonts-dejavu-core)',
    local: { 400: ['DejaVu Sans', 'DejaVuSans'], 700: ['DejaVu Sans Bold', 'DejaVuSans-Bold'] },
    width: {
      400: { latin: 0.54715, space: 0.31787, digits: 0.63623, arabic: 0.48067, arabicIsolated: 0.62022, hebrew: 0.5305 },
      700: { latin: 0.62014, space: 0.34814, digits: 0.6958, arabic: 0.57915, arabicIsolated: 0.7177, hebrew: 0.57698 },
    },
  },
  Arial: {
    source: 'Liberation Sans 1.07.4 (Debian fonts-liberation), metric-compatible with Arial',
    local: {
      400: ['Arial', 'ArialMT', 'Helvetica', 'Liberation Sans', 'LiberationSans', 'Arimo', 'Arimo-Regular'],
      700: ['Arial Bold', 'Arial-BoldMT', 'Helvetica Bold', 'Helvetica-Bold', 'Liberation Sans Bold', 'LiberationSans-Bold', 'Arimo Bold', 'Arimo-Bold'],
    },
    width: { 400: { latin: 0.47793, space: 0.27783, digits: 0.55615 }, 700: { latin: 0.52018, space: 0.27783, digits: 0.55615 } },
  },
  'Times New Roman': {
    source: 'Liberation Serif 1.07.4 (Debian fonts-liberation), metric-compatible with Times New Roman',
    local: {
      400: ['Times New Roman', 'TimesNewRomanPSMT', 'Liberation Serif', 'LiberationSerif', 'Tinos', 'Tinos-Regular'],
      700: ['Times New Roman Bold', 'TimesNewRomanPS-BoldMT', 'Liberation Serif Bold', 'LiberationSerif-Bold', 'Tinos Bold', 'Tinos-Bold'],
    },
    width: { 400: { latin: 0.43694, space: 0.25, digits: 0.5 }, 700: { latin: 0.47019, space: 0.25, digits: 0.5 } },
  },
};

/* For each script, the system fonts to try, least preferred first (a later @font-face wins). */
const FALLBACK_ORDER = {
  latin: { sans: ['DejaVu Sans', 'Arial'], serif: ['DejaVu Sans', 'Times New Roman'] },
  script: ['DejaVu Sans'],
};

// ---------------------------------------------------------------------------------------------
// Average advance width, per em, of a sample in a font.

/*
 * Arabic letters change shape (and width) with their neighbours. Without a shaper, the Arabic
 * Presentation Forms-B code points stand in for the joined forms of the basic letters: isolated,
 * final, initial, medial, in that order from each letter's first form, and lām-alif as one glyph.
 * A font that lacks those code points (Nastaliq) is measured on isolated forms, as is its fallback.
 */
const FORMS_B = new Map();
const FORM_COUNT = new Map();
{
  let next = 0xfe80;
  for (let cp = 0x0621; cp <= 0x064a; cp++) {
    if (cp >= 0x063b && cp <= 0x0640) continue;
    const count = cp === 0x0621 ? 1 : RIGHT_JOINING(cp) || cp === 0x0649 ? 2 : 4;
    FORMS_B.set(cp, next);
    FORM_COUNT.set(cp, count);
    next += count;
  }
}
function RIGHT_JOINING(cp) {
  return [0x0622, 0x0623, 0x0624, 0x0625, 0x0627, 0x0629, 0x062f, 0x0630, 0x0631, 0x0632, 0x0648, 0x0688, 0x0691, 0x0698, 0x06d2].includes(cp);
}
// Persian and Urdu letters have their joined forms in Arabic Presentation Forms-A: [letter, first
// form, number of forms].
for (const [cp, first, count] of [
  [0x067e, 0xfb56, 4], [0x0686, 0xfb7a, 4], [0x0698, 0xfb8a, 2], [0x06a9, 0xfb8e, 4], [0x06af, 0xfb92, 4], [0x06cc, 0xfbfc, 4],
  [0x0679, 0xfb66, 4], [0x0688, 0xfb88, 2], [0x0691, 0xfb8c, 2], [0x06ba, 0xfb9e, 2], [0x06c1, 0xfba6, 4], [0x06be, 0xfbaa, 4], [0x06d2, 0xfbae, 2],
]) {
  FORMS_B.set(cp, first);
  FORM_COUNT.set(cp, count);
}
const LAM_ALEF = new Map([[0x0622, 0xfef5], [0x0623, 0xfef7], [0x0625, 0xfef9], [0x0627, 0xfefb]]);
const SPACE_OR_DIGIT = /[ \u00a00-9\u200c\u200d]/u; // and ZWNJ, ZWJ: no width
const isMark = (cp) => (cp >= 0x064b && cp <= 0x065f) || cp === 0x0670 || (cp >= 0x0591 && cp <= 0x05c7 && cp !== 0x05be && cp !== 0x05c0 && cp !== 0x05c3 && cp !== 0x05c6);
const isArabicLetter = (cp) => (cp >= 0x0620 && cp <= 0x064a) || (cp >= 0x066e && cp <= 0x06d3) || cp === 0x06d5;
const joinsLeft = (cp) => (isArabicLetter(cp) && !RIGHT_JOINING(cp) && cp !== 0x0621 && cp !== 0x0649) || cp === 0x0640;

/** Code points of the sample after approximate Arabic joining (see FORMS_B). */
function joined(text) {
  const cps = [...text].map((c) => c.codePointAt(0)).filter((cp) => !isMark(cp));
  const out = [];
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i];
    const prev = cps[i - 1];
    const next = cps[i + 1];
    const fromRight = prev !== undefined && joinsLeft(prev);
    if (cp === 0x0644 && LAM_ALEF.has(next)) {
      out.push(LAM_ALEF.get(next) + (fromRight ? 1 : 0));
      i++;
      continue;
    }
    const base = FORMS_B.get(cp);
    if (base === undefined) {
      out.push(cp);
      continue;
    }
    const toLeft = joinsLeft(cp) && next !== undefined && isArabicLetter(next);
    const forms = FORM_COUNT.get(cp);
    const form = forms === 1 ? 0 : forms === 2 ? (fromRight ? 1 : 0) : fromRight ? (toLeft ? 3 : 1) : toLeft ? 2 : 0;
    out.push(base + form);
  }
  return out;
}

/** Average advance per em of `sample` in `font`; joined Arabic forms if both fonts have them. */
function averageAdvance(font, sample, usePresentationForms) {
  const cps = (usePresentationForms ? joined(sample) : [...sample].map((c) => c.codePointAt(0)).filter((cp) => !isMark(cp))).filter(
    (cp) => !SPACE_OR_DIGIT.test(String.fromCodePoint(cp)),
  );
  let sum = 0;
  for (const cp of cps) {
    const glyph = font.glyphForCodePoint(cp);
    sum += glyph.advanceWidth;
  }
  return sum / cps.length / font.unitsPerEm;
}

/** Average advance per em of the characters of `text` (spaces and digits included). */
const glyphAdvance = (font, text) => [...text].reduce((sum, c) => sum + font.glyphForCodePoint(c.codePointAt(0)).advanceWidth, 0) / [...text].length / font.unitsPerEm;

const hasPresentationForms = (font) => font.hasGlyphForCodePoint(0xfe8e) && font.hasGlyphForCodePoint(0xfedf);

// ---------------------------------------------------------------------------------------------

const round = (n, digits = 4) => Number(n.toFixed(digits));
const percent = (n) => `${(n * 100).toFixed(2)}%`;

function fontFile(pkg, subset, weight) {
  return require.resolve(`@fontsource/${pkg}/files/${pkg}-${subset}-${weight}-normal.woff2`);
}

function unicodeRange(pkg, subset) {
  const ranges = JSON.parse(readFileSync(require.resolve(`@fontsource/${pkg}/unicode.json`), 'utf8'));
  return ranges[subset];
}

/** "U+0600-06FF,U+200C" as [[0x600, 0x6ff], [0x200c, 0x200c]]. */
const parseRange = (range) =>
  range.split(',').map((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from, 16), parseInt(to, 16)];
  });
const hex = (cp) => cp.toString(16).toUpperCase().padStart(4, '0');
const formatRange = (intervals) => intervals.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`)).join(',');

/** `range` without the code points of `minus`. */
function subtractRange(range, minus) {
  let intervals = parseRange(range);
  for (const [cutFrom, cutTo] of parseRange(minus)) {
    intervals = intervals.flatMap(([from, to]) => {
      if (cutTo < from || cutFrom > to) return [[from, to]];
      return [...(from < cutFrom ? [[from, cutFrom - 1]] : []), ...(to > cutTo ? [[cutTo + 1, to]] : [])];
    });
  }
  return formatRange(intervals);
}

async function webMetrics(pkg, subset, weight, sample) {
  const buffer = readFileSync(fontFile(pkg, subset, weight));
  const capsize = await fromBuffer(buffer);
  const font = create(new Uint8Array(buffer));
  return {
    ascent: capsize.ascent / capsize.unitsPerEm,
    descent: Math.abs(capsize.descent) / capsize.unitsPerEm,
    lineGap: capsize.lineGap / capsize.unitsPerEm,
    width: averageAdvance(font, SAMPLES[subset === 'latin' ? 'latin' : sample], hasPresentationForms(font)),
    space: glyphAdvance(font, ' '),
    digits: glyphAdvance(font, '0123456789'),
    presentationForms: hasPresentationForms(font),
  };
}

/** Local names of the web font itself, so a reader's installed copy is used (full and PostScript names). */
function localNames(family, weight) {
  const style = weight === 700 ? 'Bold' : 'Regular';
  const names = [`${family} ${style}`, `${family.replaceAll(' ', '')}-${style}`];
  if (weight === 400) names.unshift(family);
  return names;
}

const local = (names) => names.map((n) => `local('${n}')`).join(', ');

function face(lines) {
  return `@font-face {\n${lines.map((l) => `  ${l};`).join('\n')}\n}\n`;
}

export async function generate() {
  const out = [];
  out.push(`/*
 * maqal/fonts.css — optional self-hosted fonts (SIL Open Font License 1.1, files from @fontsource).
 * GENERATED by scripts/font-metrics.mjs from the font files: edit the script, not this file
 * (npm run build and test/fonts.node.test.ts fail when the two differ).
 *
 * Noto Naskh Arabic sets body text and headlines: Naskh is the style Arabic readers know from
 * printed news, with open letterforms that stay clear at 16px. It sets short UI text too (kicker,
 * byline, rating, buttons; tokens.css), so an Arabic page fetches one family: 4 files, not 8 (issue
 * 17). Noto Sans Arabic is here for apps that set it as their UI font; unused, it downloads
 * nothing. Hebrew gets Noto Serif Hebrew for body and headlines and Noto Sans Hebrew for UI text,
 * Urdu Noto Nastaliq Urdu for its body and headlines (tokens.css picks them by lang). Only the script's own
 * subset and the Latin subset at weights 400 and 700, as WOFF2; unicode-range lets the browser fetch
 * only the files a page's text needs. Each face lists local() names first, so a reader who has the
 * font installed (Android ships these Noto families) downloads nothing.
 *
 * font-display: optional, so a font that comes late never replaces another on a page already
 * drawn, and nothing moves (issue 17: CLS 0). A file that is in the reader's cache, or preloaded
 * and arrived within the 50 ms Chromium holds the first paint for it, is used from the first frame;
 * one that comes after its 100 ms block period is fetched and cached for the next page, and this
 * page keeps its fallback. With swap, the
 * late swap moved the page: 0.0003-0.0022 on most pages, 0.11-0.35 on the Persian one at 360 px.
 *
 * Each "<family> Fallback" face is a system font scaled and given the web font's vertical metrics,
 * so a page drawn before its fonts arrived looks like the one drawn with them: the same leading,
 * about as many words to the line. The stacks in tokens.css put it right after its web family.
 * Within one family a later @font-face wins, and a face whose local() fonts are all missing is
 * skipped, so the first system font found in the order below is used: Arial-metric or
 * Times-metric fonts for Latin, DejaVu Sans on Linux.
 */
`);

  for (const { family, pkg, subset, sample, latin } of FAMILIES) {
    out.push(`\n/* ${family} */\n`);
    const fallbackFamily = `${family} Fallback`;
    for (const weight of WEIGHTS) {
      // The script's own face first, Latin after it, as @fontsource orders them: where the ranges
      // overlap (ZWNJ, ZWJ, LRM, hyphens) the later face wins, so an English page that holds a
      // direction mark or a non-breaking hyphen fetches no Arabic or Hebrew file for it.
      for (const part of [subset, 'latin']) {
        // @fontsource's script subset and Latin subset share a few code points (ZWNJ, ZWJ, the
        // direction marks, hyphens, U+0308). The Latin face is declared later, so it is the one
        // checked first for them (CSS Fonts 4 §4.5); the script face keeps only its own. Else, with
        // font-display: optional, an English page whose Latin file came too late to be used would
        // go on to the Arabic file for a direction mark: 53 KB fetched for an invisible character.
        const range = part === 'latin' ? unicodeRange(pkg, part) : subtractRange(unicodeRange(pkg, part), unicodeRange(pkg, 'latin'));
        const web = await webMetrics(pkg, part, weight, sample);
        const scriptKey = part === 'latin' ? 'latin' : sample;
        const candidates = part === 'latin' ? FALLBACK_ORDER.latin[latin] : FALLBACK_ORDER.script;
        for (const name of candidates) {
          const system = FALLBACK_FONTS[name];
          const widths = system.width[weight];
          // Nastaliq has no presentation-form code points: its fallback is matched on isolated forms.
          const width = part !== 'latin' && !web.presentationForms ? widths[`${scriptKey}Isolated`] : widths[scriptKey];
          if (width === undefined) continue;
          const fallback = (sizeAdjust, range) =>
            face([
              `font-family: '${fallbackFamily}'`,
              'font-style: normal',
              `font-weight: ${weight}`,
              `src: ${local(system.local[weight])}`,
              `size-adjust: ${percent(sizeAdjust)}`,
              `ascent-override: ${percent(web.ascent / sizeAdjust)}`,
              `descent-override: ${percent(web.descent / sizeAdjust)}`,
              `line-gap-override: ${percent(web.lineGap / sizeAdjust)}`,
              `unicode-range: ${range}`,
            ]);
          out.push(fallback(web.width / width, range));
          if (part === 'latin') {
            // The Latin characters an Arabic or Hebrew line holds most: the space between its words
            // and the digits. Sized on their own advance, they take exactly the web font's room, so
            // a line is as long while only one of the two files has arrived.
            out.push(fallback(web.space / widths.space, 'U+0020,U+00A0'));
            out.push(fallback(web.digits / widths.digits, 'U+0030-0039'));
          }
        }
        out.push(
          face([
            `font-family: '${family}'`,
            'font-style: normal',
            `font-weight: ${weight}`,
            'font-display: optional',
            `src: ${local(localNames(family, weight))}, url('@fontsource/${pkg}/files/${pkg}-${part}-${weight}-normal.woff2') format('woff2')`,
            `unicode-range: ${range}`,
          ]),
        );
      }
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

/** Prints a FALLBACK_FONTS width entry for a system font file. */
function measure(files) {
  for (const file of files) {
    const font = create(new Uint8Array(readFileSync(file)));
    const pres = hasPresentationForms(font);
    const widths = {};
    for (const [key, text] of Object.entries(SAMPLES)) {
      // A font without the script's letters is no fallback for it; one that lacks a few (DejaVu
      // Sans has no ں or ے) is measured on the letters it has, which it will set.
      const letters = [...text].filter((c) => c.trim() && !isMark(c.codePointAt(0)));
      const covered = [...text].filter((c) => !c.trim() || font.hasGlyphForCodePoint(c.codePointAt(0))).join('');
      if (letters.filter((c) => font.hasGlyphForCodePoint(c.codePointAt(0))).length < letters.length * 0.9) continue;
      widths[key] = round(averageAdvance(font, covered, pres), 5);
      if (pres && (key === 'arabic' || key === 'urdu')) widths[`${key}Isolated`] = round(averageAdvance(font, covered, false), 5);
    }
    widths.space = round(glyphAdvance(font, ' '), 5);
    widths.digits = round(glyphAdvance(font, '0123456789'), 5);
    console.log(JSON.stringify({ file, fullName: font.fullName, postscriptName: font.postscriptName, width: widths }));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args[0] === '--measure') {
    measure(args.slice(1));
  } else {
    const css = await generate();
    if (args[0] === '--check') {
      if (readFileSync(OUT, 'utf8') !== css) {
        console.error('maqal: src/styles/fonts.css is out of date; run node scripts/font-metrics.mjs');
        process.exit(1);
      }
    } else {
      writeFileSync(OUT, css);
      console.log('maqal: wrote src/styles/fonts.css');
    }
  }
}
