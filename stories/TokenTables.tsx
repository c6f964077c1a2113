const COLOURS = [
  'surface',
  'surface-raised',
  'text',
  'text-muted',
  'border',
  'accent',
  'accent-contrast',
  'link',
  'star',
  'star-empty',
  'danger',
  'success',
  'focus',
];

function Swatches({ theme }: { theme: 'light' | 'dark' }) {
  return (
    <div data-maqal-theme={theme} className="maqal-TokenSwatches">
      <strong>{theme}</strong>
      {COLOURS.map((name) => (
        <div key={name} className="maqal-TokenSwatch">
          <span aria-hidden="true" style={{ background: `var(--maqal-color-${name})` }} />
          <code>--maqal-color-{name}</code>
        </div>
      ))}
    </div>
  );
}

/** The colour tokens, side by side in both themes. */
export function ColourTokens() {
  return (
    <div className="maqal-TokenThemes">
      <Swatches theme="light" />
      <Swatches theme="dark" />
    </div>
  );
}

const SAMPLES = [
  { lang: 'ar', dir: 'rtl', headline: 'عنوان الخبر يمتد على سطرين عند الحاجة', body: 'نص المقال بخط النسخ، بسطر مريح للعين.' },
  { lang: 'fa', dir: 'rtl', headline: 'عنوان خبر در دو سطر', body: 'متن مقاله با فاصلهٔ خطوط مناسب.' },
  { lang: 'ur', dir: 'rtl', headline: 'خبر کی سرخی دو سطروں میں', body: 'مضمون کا متن کشادہ سطروں کے ساتھ۔' },
  { lang: 'he', dir: 'rtl', headline: 'כותרת הידיעה בשתי שורות', body: 'גוף הכתבה במרווח שורות נוח.' },
  { lang: 'en', dir: 'ltr', headline: 'A headline that may wrap to two lines', body: 'Body text at a comfortable leading.' },
];

/** Headline and body metrics per language, drawn with the tokens themselves. */
export function TypeTokens() {
  return (
    <div>
      {SAMPLES.map(({ lang, dir, headline, body }) => (
        <div key={lang} lang={lang} dir={dir} className="maqal-TokenType">
          <p
            style={{
              fontFamily: 'var(--maqal-font-body)',
              fontSize: 'var(--maqal-headline-size)',
              lineHeight: 'var(--maqal-headline-leading)',
              fontWeight: 700,
              margin: 0,
            }}
          >
            {headline}
          </p>
          <p
            style={{
              fontFamily: 'var(--maqal-font-body)',
              fontSize: 'var(--maqal-body-size)',
              lineHeight: 'var(--maqal-body-leading)',
              margin: 0,
            }}
          >
            {body} <code>{lang}</code>
          </p>
        </div>
      ))}
    </div>
  );
}
