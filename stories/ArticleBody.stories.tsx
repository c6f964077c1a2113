import type { Meta, StoryObj } from '@storybook/react-vite';
import { Fragment, type ReactNode } from 'react';
import { expect, within } from 'storybook/test';
import { ArticleBody, ArticleText, PullQuote } from '../src';
import {
  sampleArticleText,
  sampleEnglish,
  sampleEnglishQuote,
  sampleExtras,
  sampleFigureSrc,
  sampleHebrew,
  sampleParagraphs,
  samplePersian,
  sampleUrdu,
} from './fixtures/sampleArticle';
import { pseudoColumns, StateMatrix, type StateRow } from './StateMatrix';

/**
 * The body of an article. `ArticleBody` styles the ordinary elements inside it (paragraphs,
 * sub-headings, quotes, lists, links, emphasis, figures) for Arabic script first: leading ≥ 1.6,
 * no letter-spacing, no slanted Arabic, rules and markers on the inline-start side.
 * `ArticleBody.Text` (also exported as `ArticleText`) turns a plain-text field into paragraphs,
 * each with `dir="auto"`, and never turns text into markup. Both are static (no client JavaScript).
 *
 * Hand-written paragraphs, sub-headings and captions take the direction of their own text too
 * (CSS `unicode-bidi: plaintext`), unless they carry `dir`.
 *
 * Ordered lists use the digits of `numberingSystem`; without it, the default digits of `lang`, or
 * else those of the nearest `data-maqal-numbering` ancestor (MaqalProvider's element).
 */
const meta = {
  title: 'Components/ArticleBody',
  component: ArticleBody,
  subcomponents: { ArticleText, PullQuote },
  // The sample article is Arabic: under another toolbar locale it stays lang="ar" (the Hebrew,
  // Persian, Urdu and English stories carry text of their own).
  parameters: { maqal: { text: 'ar' } },
  args: { size: 'md', justify: false, dropCap: false },
  argTypes: {
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
    numberingSystem: { control: 'inline-radio', options: [undefined, 'latn', 'arab', 'arabext'] },
    dir: { control: 'inline-radio', options: [undefined, 'rtl', 'ltr', 'auto'] },
    lang: { control: 'text' },
  },
} satisfies Meta<typeof ArticleBody>;

export default meta;
type Story = StoryObj<typeof meta>;

const UNESCO_TITLE = 'United Nations Educational, Scientific and Cultural Organization';

/** Marks up the few phrases of a sample paragraph that the rich story shows as inline elements. */
function marked(text: string): ReactNode {
  const marks: [string, (s: string) => ReactNode][] = [
    // A Latin quotation inside Arabic: its own language and an isolated direction.
    [sampleEnglishQuote, (s) => <span lang="en" dir="ltr">{s}</span>],
    [
      'UNESCO',
      (s) => (
        <abbr lang="en" title={UNESCO_TITLE}>
          {s}
        </abbr>
      ),
    ],
    [sampleExtras.linkText, (s) => <a href="#library-site">{s}</a>],
    ['مفتوحة للجميع', (s) => <em>{s}</em>],
    ['ثلاث سنوات', (s) => <strong>{s}</strong>],
  ];
  let parts: ReactNode[] = [text];
  for (const [phrase, wrap] of marks) {
    parts = parts.flatMap((part) => {
      if (typeof part !== 'string' || !part.includes(phrase)) return [part];
      const [before, ...after] = part.split(phrase);
      return [before, wrap(phrase), after.join(phrase)];
    });
  }
  return parts.map((part, index) => <Fragment key={index}>{part}</Fragment>);
}

/** One hand-written paragraph: no `dir` needed, it takes the direction of its own text. */
function P({ index }: { index: number }) {
  return <p>{marked(sampleParagraphs[index]!)}</p>;
}

/** The full Arabic sample article with every element the body styles. */
function RichArticle({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      <p>
        <span className="maqal-ArticleBody-lead">أعادت</span> {marked(sampleParagraphs[0]!.replace(/^أعادت /, ''))}
      </p>
      <P index={1} />
      <H>{sampleExtras.headingMemory}</H>
      <P index={2} />
      <PullQuote cite={sampleExtras.pullQuoteCite}>{sampleExtras.pullQuote}</PullQuote>
      <P index={3} />
      <P index={4} />
      <figure>
        <blockquote>
          <p>«{sampleExtras.blockQuote}»</p>
        </blockquote>
        <figcaption>{sampleExtras.blockQuoteSource}</figcaption>
      </figure>
      <H>{sampleExtras.headingNumbers}</H>
      <ul>
        {sampleExtras.numbers.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <P index={5} />
      <figure>
        <img src={sampleFigureSrc} alt={sampleExtras.figureAlt} width={1200} height={600} />
        <figcaption>
          {sampleExtras.figureCaption}
          <small>{sampleExtras.figureCredit}</small>
        </figcaption>
      </figure>
      <P index={6} />
      <P index={7} />
      <H>{sampleExtras.headingMembership}</H>
      <ol>
        {sampleExtras.membershipSteps.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ol>
      <P index={8} />
      <hr />
      <P index={9} />
    </>
  );
}

function Paragraphs({ texts }: { texts: readonly string[] }) {
  return <ArticleText text={texts.join('\n\n')} />;
}

/** Labelled panels side by side, for the comparison stories. */
function Panels({ children }: { children: ReactNode }) {
  return <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(18rem, 1fr))', gap: '2rem', alignItems: 'start' }}>{children}</div>;
}

function Panel({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <h2 style={{ margin: '0 0 0.75rem', fontSize: '0.875rem', color: 'var(--maqal-color-text-muted)' }}>{label}</h2>
      {children}
    </div>
  );
}

/** The full sample article: sub-headings, a pull quote, a block quote, lists, a figure, a link, an English quote. */
export const Article: Story = {
  render: (args) => (
    <ArticleBody {...args}>
      <RichArticle />
    </ArticleBody>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('heading', { level: 2 })).toHaveLength(3);
    // (Testing Library does not name a figure from its figcaption, as browsers do: check the caption.)
    const pullQuote = canvasElement.querySelector('.maqal-PullQuote')!;
    await expect(pullQuote).toHaveRole('figure');
    await expect(within(pullQuote as HTMLElement).getByText(sampleExtras.pullQuoteCite)).toBeVisible();
    await expect(canvas.getByRole('img', { name: sampleExtras.figureAlt })).toBeVisible();
    const english = canvasElement.querySelector('span[lang="en"]')!;
    await expect(getComputedStyle(english).direction).toBe('ltr');
    // Images never overflow the column.
    const body = canvasElement.querySelector('.maqal-ArticleBody')!;
    const img = canvas.getByRole('img', { name: sampleExtras.figureAlt });
    await expect(img.getBoundingClientRect().width).toBeLessThanOrEqual(body.getBoundingClientRect().width + 0.5);
  },
};

/** The same article from one plain-text string through `ArticleBody.Text`: ten paragraphs, each `dir="auto"`. */
export const FromPlainText: Story = {
  render: (args) => (
    <ArticleBody {...args}>
      <ArticleBody.Text text={sampleArticleText} />
    </ArticleBody>
  ),
  play: async ({ canvasElement }) => {
    const paragraphs = canvasElement.querySelectorAll('.maqal-ArticleBody > p');
    await expect(paragraphs).toHaveLength(10);
    for (const p of paragraphs) await expect(p).toHaveAttribute('dir', 'auto');
  },
};

/** `size`: small, medium and large, for reader settings. */
export const Sizes: Story = {
  render: (args) => (
    <Panels>
      {(['sm', 'md', 'lg'] as const).map((size) => (
        <Panel key={size} label={`size="${size}"`}>
          <ArticleBody {...args} size={size}>
            <Paragraphs texts={sampleParagraphs.slice(0, 2)} />
          </ArticleBody>
        </Panel>
      ))}
    </Panels>
  ),
};

/** Justified against start-aligned text: the last line of a justified paragraph stays at the start. */
export const JustifiedVsStart: Story = {
  render: (args) => (
    <Panels>
      <Panel label="text-align: start">
        <ArticleBody {...args} justify={false}>
          <Paragraphs texts={sampleParagraphs.slice(0, 3)} />
        </ArticleBody>
      </Panel>
      <Panel label="justify">
        <ArticleBody {...args} justify>
          <Paragraphs texts={sampleParagraphs.slice(0, 3)} />
        </ArticleBody>
      </Panel>
    </Panels>
  ),
};

/** `dropCap`: the article opens with a large first word; Arabic letters join, so never a lone first letter. */
export const DropCap: Story = {
  args: { dropCap: true },
  render: (args) => (
    <ArticleBody {...args}>
      <Paragraphs texts={sampleParagraphs.slice(0, 3)} />
    </ArticleBody>
  ),
  play: async ({ canvasElement }) => {
    const lead = canvasElement.querySelector('.maqal-ArticleBody-lead')!;
    const paragraph = lead.closest('p')!;
    await expect(parseFloat(getComputedStyle(lead).fontSize)).toBeGreaterThan(1.5 * parseFloat(getComputedStyle(paragraph).fontSize));
  },
};

/** Ordered lists in Arabic-Indic digits (`numberingSystem="arab"`). */
export const ArabicIndicNumbering: Story = {
  args: { numberingSystem: 'arab' },
  render: (args) => (
    <ArticleBody {...args}>
      <h2>{sampleExtras.headingMembership}</h2>
      <ol>
        {sampleExtras.membershipSteps.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ol>
    </ArticleBody>
  ),
  play: async ({ canvasElement }) => {
    await expect(getComputedStyle(canvasElement.querySelector('ol')!).listStyleType).toBe('arabic-indic');
  },
};

/** Hebrew: right to left, Hebrew leading, no slanted emphasis, Hebrew quotation marks on `<q>`. */
export const Hebrew: Story = {
  parameters: { maqal: { locale: 'he' } },
  render: (args) => (
    <ArticleBody {...args} locale="he">
      <Paragraphs texts={sampleHebrew} />
      <p>
        הכניסה לספרייה <em>חופשית לכולם</em>, וכדברי המנהלת: <q>זה הבית של כל מי שקורא</q>.
      </p>
    </ArticleBody>
  ),
  play: async ({ canvasElement }) => {
    const em = canvasElement.querySelector('em')!;
    await expect(getComputedStyle(em).fontStyle).toBe('normal');
    await expect(Number(getComputedStyle(em).fontWeight)).toBeGreaterThanOrEqual(700);
  },
};

/** Persian, with list markers in extended Arabic-Indic digits: the default digits of `lang="fa"`. */
export const Persian: Story = {
  parameters: { maqal: { locale: 'fa' } },
  play: async ({ canvasElement }) => {
    await expect(getComputedStyle(canvasElement.querySelector('ol')!).listStyleType).toBe('persian');
  },
  render: (args) => (
    <ArticleBody {...args} locale="fa">
      <Paragraphs texts={samplePersian} />
      <ol>
        <li>کارت شناسایی معتبر همراه داشته باشید.</li>
        <li>فرم ثبت‌نام را در پیشخوان پر کنید.</li>
      </ol>
    </ArticleBody>
  ),
};

/** Urdu: the taller leading Nastaliq needs. */
export const Urdu: Story = {
  parameters: { maqal: { locale: 'ur' } },
  render: (args) => (
    <ArticleBody {...args} locale="ur">
      <Paragraphs texts={sampleUrdu} />
    </ArticleBody>
  ),
};

/** An English article, left to right. */
export const English: Story = {
  parameters: { maqal: { locale: 'en', dir: 'ltr' } },
  render: (args) => (
    <ArticleBody {...args} locale="en">
      <Paragraphs texts={sampleEnglish} />
      <PullQuote cite="Dr Hala Al-Farsi, library director">We were giving the city back its memory</PullQuote>
    </ArticleBody>
  ),
  play: async ({ canvasElement }) => {
    await expect(getComputedStyle(canvasElement.querySelector('.maqal-ArticleBody')!).direction).toBe('ltr');
  },
};

/**
 * An English paragraph inside an Arabic article lays out left to right on its own: `dir="auto"`
 * from `ArticleBody.Text`, and `unicode-bidi: plaintext` for the hand-written one at the end.
 */
export const MixedDirections: Story = {
  render: (args) => (
    <ArticleBody {...args}>
      <ArticleText text={[sampleParagraphs[0], sampleEnglish[1], sampleParagraphs[2]].join('\n\n')} />
      <p data-testid="hand-written">{sampleEnglish[2]}</p>
    </ArticleBody>
  ),
  play: async ({ canvasElement }) => {
    const [first, english] = canvasElement.querySelectorAll('p');
    await expect(getComputedStyle(first!).direction).toBe('rtl');
    await expect(getComputedStyle(english!).direction).toBe('ltr');
    await expect(getComputedStyle(canvasElement.querySelector('[data-testid="hand-written"]')!).unicodeBidi).toBe('plaintext');
  },
};

/** The dark theme, pinned. */
export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  render: (args) => (
    <ArticleBody {...args}>
      <RichArticle />
    </ArticleBody>
  ),
};

/**
 * Hostile text renders as text: tags and `<script>` show literally; NUL goes; a line of only an
 * RLM counts as blank; bidi controls stay (the phone number keeps its isolate) and an unclosed
 * override is closed at the end of its paragraph, so it reverses that paragraph only.
 */
export const HostileText: Story = {
  tags: ['test-harness'],
  render: (args) => (
    <ArticleBody {...args}>
      <ArticleText
        text={'نص فيه وسم <b>عريض</b> و<script>alert(1)</script> و&amp; كيان.\n\n\u202Eفقرة فيها محرف اتجاه\u0000 معكوس.\n\n   \n\u200F\n\nفقرة أخيرة سليمة، وهاتف المكتبة \u2066+1 555 0100\u2069.'}
      />
    </ArticleBody>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('.maqal-ArticleBody script, .maqal-ArticleBody b')).toBeNull();
    await expect(canvas.getByText(/<script>alert\(1\)<\/script>/)).toBeVisible();
    const paragraphs = canvasElement.querySelectorAll('.maqal-ArticleBody > p');
    await expect(paragraphs).toHaveLength(3);
    await expect(paragraphs[1]!.textContent!.endsWith('\u202C')).toBe(true);
    await expect(paragraphs[2]!.textContent).toContain('\u2066+1 555 0100\u2069');
  },
};

/** A paragraph with a link, for the link's row of the States matrix. */
const linkRow: StateRow[] = [
  {
    label: 'link · رابط',
    render: () => (
      <ArticleBody>
        <p>
          تفاصيل الدخول على <a href="#library-site">{sampleExtras.linkText}</a>.
        </p>
      </ArticleBody>
    ),
  },
];

/**
 * Every visual state side by side, for designers: the link at rest and focused from the keyboard
 * (forced by the pseudo-states addon), then each option and element of the body.
 */
export const States: Story = {
  parameters: pseudoColumns({ focusVisible: '.maqal-ArticleBody a' }),
  render: (args) => (
    <Panels>
      <Panel label="Link">
        <StateMatrix rows={linkRow} columns={['rest', 'focusVisible']} />
      </Panel>
      <Panel label="Default (md, start)">
        <ArticleBody {...args}>
          <Paragraphs texts={sampleParagraphs.slice(0, 2)} />
        </ArticleBody>
      </Panel>
      <Panel label="size sm">
        <ArticleBody {...args} size="sm">
          <Paragraphs texts={sampleParagraphs.slice(0, 2)} />
        </ArticleBody>
      </Panel>
      <Panel label="size lg">
        <ArticleBody {...args} size="lg">
          <Paragraphs texts={sampleParagraphs.slice(0, 2)} />
        </ArticleBody>
      </Panel>
      <Panel label="justify">
        <ArticleBody {...args} justify>
          <Paragraphs texts={sampleParagraphs.slice(0, 2)} />
        </ArticleBody>
      </Panel>
      <Panel label="dropCap">
        <ArticleBody {...args} dropCap>
          <Paragraphs texts={sampleParagraphs.slice(0, 2)} />
        </ArticleBody>
      </Panel>
      <Panel label="Sub-heading, emphasis, link, quote">
        <ArticleBody {...args}>
          <h3>
            عنوان فرعي فيه <em>تأكيد</em>
          </h3>
          <p>
            نص فيه <em>تأكيد</em> و<strong>خط عريض فيه <em>تأكيد</em></strong> و<a href="#library-site">{sampleExtras.linkText}</a> واقتباس لاتيني{' '}
            <span lang="en" dir="ltr">
              <em>in italics</em>
            </span>
            ، وقالت المديرة: <q>المكتبة بيت لكل من يقرأ</q>.
          </p>
          <blockquote>
            <p>«{sampleExtras.blockQuote}»</p>
          </blockquote>
        </ArticleBody>
      </Panel>
      <Panel label="Lists: latn / arab">
        <ArticleBody {...args} numberingSystem="latn">
          <ul>
            {sampleExtras.numbers.slice(0, 2).map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <ol>
            <li>{sampleExtras.membershipSteps[0]}</li>
            <li>{sampleExtras.membershipSteps[1]}</li>
          </ol>
        </ArticleBody>
        <ArticleBody {...args} numberingSystem="arab">
          <ol>
            <li>{sampleExtras.membershipSteps[0]}</li>
            <li>{sampleExtras.membershipSteps[1]}</li>
          </ol>
        </ArticleBody>
      </Panel>
      <Panel label="Pull quote">
        <ArticleBody {...args}>
          <PullQuote cite={sampleExtras.pullQuoteCite}>{sampleExtras.pullQuote}</PullQuote>
        </ArticleBody>
      </Panel>
      <Panel label="Figure">
        <ArticleBody {...args}>
          <figure>
            <img src={sampleFigureSrc} alt={sampleExtras.figureAlt} width={1200} height={600} />
            <figcaption>
              {sampleExtras.figureCaption}
              <small>{sampleExtras.figureCredit}</small>
            </figcaption>
          </figure>
        </ArticleBody>
      </Panel>
      <Panel label="Empty text (renders nothing)">
        <ArticleBody {...args} data-testid="empty">
          <ArticleText text={'  \n\n \t '} />
        </ArticleBody>
      </Panel>
    </Panels>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-testid="empty"]')!.childElementCount).toBe(0);
  },
};
