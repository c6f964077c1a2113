import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ArticleHeader, ArticleMeta, Byline, Headline, Kicker, ReadingTime, Standfirst, StarRating, Timestamp } from '../src';
import heroSrc from './fixtures/articleHeaderHero.svg?no-inline';
import { samplesFor } from './fixtures/samples';

// Sample text written for maqal's stories (not taken from any news site).
const ar = {
  kicker: 'أخبار عربية وعالمية',
  short: 'افتتاح المكتبة الرقمية',
  headline: 'افتتاح أكبر مكتبة رقمية في المنطقة بعد عامين من أعمال الترميم',
  long:
    'بعد عامين من الترميم وجمع المخطوطات من أربع عشرة مدينة، تفتح المكتبة الرقمية الكبرى أبوابها للقراء والباحثين مجانًا، وتعد بإتاحة مئتي ألف صفحة مصوّرة قبل نهاية العام المقبل، في مشروع يصفه القائمون عليه بأنه الأوسع من نوعه في تاريخ المنطقة',
  mixed: 'مراسل CBS: “الاتفاق” يشمل 3 دول و٢٥ مدينة حتى عام 2030',
  standfirst: 'تضم المكتبة أكثر من ٢٠٠ ألف مخطوطة مصوّرة، وتتيحها للقراء مجانًا عبر الإنترنت وفي قاعات القراءة الثلاث.',
  alt: 'قاعة قراءة واسعة تحيط بها رفوف الكتب ونوافذ مقوّسة',
  caption: 'قاعة القراءة الرئيسية بعد الترميم.',
  credit: 'تصوير: يوسف الحداد',
};

/** The meta row of a real page: byline, publication date, reading time and the readers' rating. */
function metaRow({ locale = 'ar', author = 'سلمى القاسم' }: { locale?: string; author?: string } = {}) {
  return (
    <>
      <Byline locale={locale} authors={[{ name: author }]} />
      <Timestamp locale={locale} dateTime="2026-03-14T09:30:00Z" published format="date" timeZone="Asia/Riyadh" />
      <ReadingTime locale={locale} minutes={4} />
      <StarRating locale={locale} average={4.3} count={128} readOnly />
    </>
  );
}

/**
 * The top of an article: `Kicker`, `Headline`, `Standfirst`, `ArticleMeta` and a hero figure, in a
 * `<header>`. Each part is exported and usable alone. All are static (no hooks, no client
 * JavaScript); the kicker's badge words come from the `locale` prop. Headline size and leading
 * come from tokens keyed on `lang`: Arabic script gets more leading, a `<span lang="en">` inside
 * keeps Latin metrics. In these stories the header sits in an `<article>`, as on a page.
 */
const meta = {
  title: 'Components/ArticleHeader',
  component: ArticleHeader,
  // Static: the toolbar's locale reaches it as its `locale` argument, with the header written in
  // that language (.storybook/preview.tsx); stories with text of their own stay Arabic.
  parameters: {
    maqal: {
      localeArg: true,
      samples: samplesFor({ kicker: ar.kicker, kickerHref: '#world', headline: ar.headline, standfirst: ar.standfirst, meta: metaRow() }, (sample, locale) => ({
        kicker: sample.section,
        headline: sample.headline,
        standfirst: sample.standfirst,
        meta: metaRow({ locale, author: sample.authors[0] }),
      })),
    },
  },
  subcomponents: { Kicker, Headline, Standfirst, ArticleMeta },
  args: {
    kicker: ar.kicker,
    kickerHref: '#world',
    headline: ar.headline,
    standfirst: ar.standfirst,
    meta: metaRow(),
  },
  argTypes: {
    kicker: { control: 'text' },
    headline: { control: 'text' },
    standfirst: { control: 'text' },
    meta: { control: false },
    media: { control: false },
    kickerTone: { control: 'inline-radio', options: ['default', 'breaking', 'live', 'opinion'] },
    headingLevel: { control: 'inline-radio', options: [1, 2, 3] },
  },
  render: (args) => (
    <article>
      <ArticleHeader {...args} />
    </article>
  ),
} satisfies Meta<typeof ArticleHeader>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The full header with a meta row: kicker link, headline, standfirst, author, date, reading time. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent(ar.headline);
    await expect(canvas.getByRole('link', { name: ar.kicker })).toHaveAttribute('href', '#world');
    await expect(canvasElement.querySelectorAll('header')).toHaveLength(1);
    await expect(canvasElement.querySelectorAll('.maqal-ArticleMeta-item')).toHaveLength(4);
  },
};

/** The kicker in each tone: a section link, plain text, and the breaking, live and opinion badges. */
export const KickerTones: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <Kicker href="#world">{ar.kicker}</Kicker>
      <Kicker>ثقافة وفنون</Kicker>
      <Kicker tone="breaking" />
      <Kicker tone="live" />
      <Kicker tone="opinion" />
      <Kicker tone="breaking" href="#quake">
        زلزال بقوة 5.8 درجات في الشمال
      </Kicker>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const word of ['عاجل', 'مباشر', 'رأي']) await expect(canvas.getByText(word)).toBeVisible();
    await expect(canvas.getAllByRole('link')).toHaveLength(2);
  },
};

/** An unsafe kicker URL (`javascript:`) renders as plain text, never as a link. */
export const UnsafeKickerLink: Story = {
  tags: ['test-harness'],
  args: { kickerHref: 'javascript:alert(1)' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('link')).toBeNull();
    await expect(within(canvasElement).getByText(ar.kicker)).toBeVisible();
  },
};

/** A short headline on one line. */
export const ShortHeadline: Story = { args: { headline: ar.short } };

/** A headline of about two lines: `text-wrap: balance` evens the lines out. */
export const TwoLineHeadline: Story = { args: { headline: ar.headline } };

/** A very long headline still wraps inside the column. */
export const VeryLongHeadline: Story = {
  args: { headline: ar.long },
  play: async ({ canvasElement }) => {
    const header = canvasElement.querySelector('header')!;
    await expect(header.scrollWidth).toBeLessThanOrEqual(header.clientWidth);
  },
};

/** Arabic with a Latin acronym, Latin and Arabic-Indic digits and quotation marks, in logical order. */
export const MixedHeadline: Story = {
  args: {
    headline: (
      <>
        مراسل <span lang="en">CBS</span>: “الاتفاق” يشمل 3 دول و٢٥ مدينة حتى عام 2030
      </>
    ),
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading')).toHaveTextContent(ar.mixed);
  },
};

/** Without a standfirst, the meta row follows the headline. */
export const WithoutStandfirst: Story = {
  args: { standfirst: undefined },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.maqal-Standfirst')).toBeNull();
  },
};

/** With a hero figure: image with alt text, caption and an isolated credit. */
export const WithHeroFigure: Story = {
  args: { media: { src: heroSrc, alt: ar.alt, caption: ar.caption, credit: ar.credit, width: 1200, height: 675 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('img', { name: ar.alt })).toBeVisible();
    await expect(canvasElement.querySelector('figcaption')).toHaveTextContent(`${ar.caption} ${ar.credit}`);
  },
};

/** A breaking-news header: the badge word comes from the catalogue. */
export const Breaking: Story = {
  args: { kicker: undefined, kickerHref: undefined, kickerTone: 'breaking', headline: 'انقطاع الكهرباء عن ثلاث مدن ساحلية إثر عاصفة قوية' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('عاجل')).toBeVisible();
  },
};

/** Hebrew: RTL, Hebrew leading, Hebrew badge word. */
export const Hebrew: Story = {
  parameters: { maqal: { locale: 'he', dir: 'rtl' } },
  args: {
    lang: 'he',
    locale: 'he',
    kicker: undefined,
    kickerTone: 'live',
    headline: 'הספרייה הדיגיטלית הגדולה באזור נפתחת לקהל אחרי שנתיים של עבודה',
    standfirst: 'יותר מ־200 אלף כתבי יד סרוקים יהיו זמינים לקוראים בחינם.',
    meta: metaRow({ locale: 'he', author: 'נועה לוי' }),
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('בשידור חי')).toBeVisible();
  },
};

/** Persian: Arabic script, Persian badge word, extended Arabic-Indic digits in the text. */
export const Persian: Story = {
  parameters: { maqal: { locale: 'fa', dir: 'rtl' } },
  args: {
    lang: 'fa',
    locale: 'fa',
    kicker: undefined,
    kickerTone: 'opinion',
    headline: 'کتابخانهٔ دیجیتال بزرگ منطقه پس از دو سال بازسازی گشوده شد',
    standfirst: 'بیش از ۲۰۰ هزار نسخهٔ خطی اسکن‌شده به‌رایگان در دسترس خوانندگان است.',
    meta: metaRow({ locale: 'fa', author: 'مریم رضایی' }),
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('دیدگاه')).toBeVisible();
  },
};

/** Urdu: taller leading for Nastaliq. */
export const Urdu: Story = {
  parameters: { maqal: { locale: 'ur', dir: 'rtl' } },
  args: {
    lang: 'ur',
    locale: 'ur',
    kicker: 'ثقافت',
    headline: 'خطے کی سب سے بڑی ڈیجیٹل لائبریری دو سال بعد قارئین کے لیے کھل گئی',
    standfirst: 'دو لاکھ سے زیادہ اسکین شدہ مخطوطات مفت دستیاب ہوں گے۔',
    meta: metaRow({ locale: 'ur', author: 'عائشہ خان' }),
  },
};

/** English, left to right, Latin metrics. */
export const EnglishLTR: Story = {
  parameters: { maqal: { locale: 'en', dir: 'ltr' } },
  args: {
    lang: 'en',
    locale: 'en',
    kicker: 'Culture',
    headline: 'Region’s largest digital library opens after two years of restoration',
    standfirst: 'More than 200,000 scanned manuscripts are free to read online and in three reading rooms.',
    meta: metaRow({ locale: 'en', author: 'Salma Al-Qasim' }),
  },
  play: async ({ canvasElement }) => {
    await expect(getComputedStyle(canvasElement.querySelector('header')!).direction).toBe('ltr');
  },
};

/** The dark theme (the toolbar switches any story). */
export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { media: { src: heroSrc, alt: ar.alt, caption: ar.caption, credit: ar.credit, width: 1200, height: 675 } },
};

/** On a 360px phone: the headline and meta row wrap. */
export const Phone: Story = { globals: { viewport: { value: 'phone', isRotated: false } } };

/** On a 768px tablet. */
export const Tablet: Story = { globals: { viewport: { value: 'tablet', isRotated: false } } };

/** On a 1280px desktop. */
export const Desktop: Story = { globals: { viewport: { value: 'desktop', isRotated: false } } };

/** Every state side by side, for designers. */
export const States: Story = {
  render: () => (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(22rem, 100%), 1fr))', gap: '2.5rem' }}>
      <article>
        <ArticleHeader kicker={ar.kicker} kickerHref="#world" headline={ar.headline} standfirst={ar.standfirst} meta={metaRow()} />
      </article>
      <article>
        <ArticleHeader kickerTone="breaking" headline={ar.short} meta={metaRow()} />
      </article>
      <article>
        <ArticleHeader kickerTone="live" headline={ar.mixed} />
      </article>
      <article>
        <ArticleHeader kickerTone="opinion" kicker="رأي: يوسف الحداد" headline={ar.headline} standfirst={ar.standfirst} />
      </article>
      <article>
        <ArticleHeader kicker="ثقافة" headline={ar.short} media={{ src: heroSrc, alt: ar.alt, caption: ar.caption, credit: ar.credit, width: 1200, height: 675 }} />
      </article>
      <article>
        <ArticleHeader kicker="بلا عنوان" headline="   " standfirst="عنوان فارغ: تُعرض الترويسة دون عنوان رئيسي، مع تحذير للمطوّر." />
      </article>
      <article lang="en" dir="ltr">
        <ArticleHeader locale="en" kickerTone="live" headline="Library opens to readers" standfirst="Free access to 200,000 manuscripts." />
      </article>
      <div>
        <Headline level={1}>عنوان من المستوى الأول</Headline>
        <Headline level={2}>عنوان من المستوى الثاني</Headline>
        <Headline level={3}>عنوان من المستوى الثالث</Headline>
      </div>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('heading', { level: 1 })).toHaveLength(7);
    await expect(canvasElement.querySelectorAll('header')).toHaveLength(7);
  },
};
