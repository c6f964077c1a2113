import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Byline, type BylineProps } from '../src';
import { samplesFor } from './fixtures/samples';
import { pseudoColumns, Sample, StateMatrix, type StateRow } from './StateMatrix';
import avatarOmar from './assets/byline-avatar-1.svg?no-inline';
import avatarLeila from './assets/byline-avatar-2.svg?no-inline';

/**
 * Who wrote the article. Names are joined the way the locale joins a list, each isolated with
 * `<bdi>` so a Latin name or stray punctuation cannot reorder the words around it, and bidi
 * control characters are removed. Static: it renders on the server with no client JavaScript,
 * and a missing photo falls back to the name's first letter with CSS alone.
 */
const meta = {
  title: 'Components/Byline',
  component: Byline,
  // Static: the toolbar's locale reaches it as its `locale` argument, with an author's name from
  // that language (.storybook/preview.tsx).
  parameters: {
    maqal: {
      localeArg: true,
      samples: samplesFor({ authors: [{ name: 'ليلى حداد', href: '/authors/leila-haddad' }] }, (sample) => ({ authors: [{ name: sample.authors[0], href: '/authors/1' }] })),
    },
  },
  args: {
    authors: [{ name: 'ليلى حداد', href: '/authors/leila-haddad' }],
  },
} satisfies Meta<typeof Byline>;

export default meta;
type Story = StoryObj<typeof meta>;

const leila = { name: 'ليلى حداد', href: '/authors/leila-haddad', avatarSrc: avatarLeila };
const omar = { name: 'عمر الفاسي', href: '/authors/omar-fassi', avatarSrc: avatarOmar };

/** One author, linked to their page. */
export const OneAuthor: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('link', { name: 'ليلى حداد' })).toHaveAttribute('rel', 'author');
    await expect(canvas.getByText('بقلم')).toBeVisible();
  },
};

/** Two authors: "بقلم ليلى حداد وعمر الفاسي". */
export const TwoAuthors: Story = {
  args: { authors: [{ name: 'ليلى حداد' }, { name: 'عمر الفاسي' }] },
  parameters: {
    maqal: { samples: samplesFor({ authors: [{ name: 'ليلى حداد' }, { name: 'عمر الفاسي' }] }, (sample) => ({ authors: sample.authors.map((name) => ({ name })) })) },
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.maqal-Byline-authors')).toHaveTextContent('بقلم ليلى حداد وعمر الفاسي');
  },
};

/** Four authors, one with a long compound name. */
export const FourAuthors: Story = {
  args: {
    authors: [{ name: 'ليلى حداد' }, { name: 'عمر الفاسي' }, { name: 'نور الهدى بن عبد الرحمن الزبيدي' }, { name: 'يوسف القاسمي' }],
  },
};

/** A Latin name among Arabic ones, with a trailing full stop: the name stays whole and in place. */
export const LatinNameInArabic: Story = {
  args: { authors: [{ name: 'ليلى حداد' }, { name: 'James O’Neill Jr.' }, { name: 'عمر الفاسي' }] },
};

/**
 * A name from a CMS that carries a right-to-left override (U+202E) and a left-to-right override
 * (U+202D): both are removed and the name is isolated, so the names after it read normally.
 */
export const BidiOverrideInName: Story = {
  tags: ['test-harness'],
  args: { authors: [{ name: '\u202DSara K.' }, { name: '\u202Eعمر الفاسي' }, { name: 'يوسف القاسمي' }] },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.textContent).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    await expect(canvasElement.querySelector('.maqal-Byline-authors')).toHaveTextContent('بقلم Sara K. وعمر الفاسي ويوسف القاسمي');
  },
};

/** Authors with photos and roles. The photos are decorative: the names sit right beside them. */
export const WithAvatars: Story = {
  args: {
    authors: [
      { ...leila, role: 'مراسلة الشؤون الاقتصادية' },
      { ...omar, role: 'محرر' },
    ],
  },
  parameters: {
    maqal: {
      samples: samplesFor({ authors: [{ ...leila, role: 'مراسلة الشؤون الاقتصادية' }, { ...omar, role: 'محرر' }] }, (sample) => ({
        authors: [
          { ...leila, name: sample.authors[0], role: sample.role },
          { ...omar, name: sample.authors[1] },
        ],
      })),
    },
  },
  play: async ({ canvasElement }) => {
    const images = [...canvasElement.querySelectorAll('img')];
    await expect(images).toHaveLength(2);
    // The photos load lazily, and a story-runner frame that is not being painted never starts a
    // lazy load: check that each photo's address serves an image, and that the avatar keeps its size.
    for (const image of images) {
      const response = await fetch(image.src);
      await expect(response.ok).toBe(true);
      await expect(response.headers.get('content-type')).toMatch(/^image\//);
      await expect(image.getBoundingClientRect().width).toBeGreaterThanOrEqual(24);
    }
  },
};

/** A photo that fails to load: the first letter shows instead, without JavaScript. */
export const BrokenAvatar: Story = {
  args: { authors: [{ name: 'إيمان الشامي', avatarSrc: '/__missing__/iman.jpg' }] },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.maqal-Byline-initial')).toHaveTextContent('إ');
  },
};

/** No photo given: no avatar at all. */
export const NoAvatar: Story = {
  args: { authors: [{ name: 'إيمان الشامي' }] },
};

/** An agency story: the source line under the names, or alone. */
export const AgencySource: Story = {
  args: { authors: [{ name: 'ليلى حداد' }], source: 'وكالات' },
  parameters: {
    maqal: { samples: samplesFor({ authors: [{ name: 'ليلى حداد' }], source: 'وكالات' }, (sample) => ({ authors: [{ name: sample.authors[0] }], source: sample.source })) },
  },
};

/** A 200-character name wraps within a narrow column. */
export const LongName: Story = {
  args: { authors: [{ name: 'عبد الرحمن بن محمد بن عبد الله بن إبراهيم بن سليمان بن عبد العزيز بن ناصر بن حمد بن خالد بن سعود بن فيصل بن تركي بن عبد المحسن بن صالح بن علي الحسيني الهاشمي القرشي' }] },
  decorators: [(Story) => <div style={{ maxInlineSize: '18rem' }}>{Story()}</div>],
};

/** The catalogue's prefix replaced through the `messages` prop ("إعداد" for "بقلم"); the `prefix` prop would win over it. */
export const CustomPrefix: Story = {
  args: { authors: [{ name: 'ليلى حداد' }, { name: 'عمر الفاسي' }], messages: { prefix: 'إعداد' } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.maqal-Byline-authors')).toHaveTextContent('إعداد ليلى حداد وعمر الفاسي');
  },
};

/** English: no prefix by default, "A, B, and C". */
export const English: Story = {
  args: { locale: 'en', authors: [{ name: 'Leila Haddad' }, { name: 'Omar Fassi' }, { name: 'Noor Ali' }], source: 'Agencies' },
  parameters: { maqal: { locale: 'en' } },
};

/** Hebrew, Persian and Urdu, each with its own prefix and list joining. */
export const OtherLanguages: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: 'var(--maqal-space-4)' }}>
      <Byline locale="he" authors={[{ name: 'נועה לוי' }, { name: 'דוד כהן' }]} />
      <Byline locale="fa" authors={[{ name: 'مریم رضایی' }, { name: 'علی کریمی' }, { name: 'سارا احمدی' }]} />
      <Byline locale="ur" authors={[{ name: 'عائشہ خان' }, { name: 'بلال احمد' }]} />
    </div>
  ),
};

/** The dark theme. */
export const Dark: Story = {
  args: { authors: [leila, omar], source: 'وكالات' },
  globals: { theme: 'dark' },
};

const states: Array<[string, BylineProps]> = [
  ['One author', { authors: [{ name: 'ليلى حداد', href: '/authors/leila-haddad' }] }],
  ['Two authors', { authors: [{ name: 'ليلى حداد' }, { name: 'عمر الفاسي' }] }],
  ['Four authors', { authors: [{ name: 'ليلى حداد' }, { name: 'عمر الفاسي' }, { name: 'نور الهدى بن علي' }, { name: 'يوسف القاسمي' }] }],
  ['Latin name', { authors: [{ name: 'James O’Neill Jr.' }, { name: 'عمر الفاسي' }] }],
  ['With avatars and roles', { authors: [{ ...leila, role: 'مراسلة' }, omar] }],
  ['Broken avatar', { authors: [{ name: 'إيمان الشامي', avatarSrc: '/__missing__/iman.jpg' }] }],
  ['Agency source', { authors: [{ name: 'ليلى حداد' }], source: 'وكالات' }],
  ['Source only', { source: 'وكالات' }],
  ['No prefix', { authors: [{ name: 'ليلى حداد' }], prefix: null }],
];

// The first author's link: an author with no earlier author beside it.
const firstLink = '.maqal-Byline-author:not(.maqal-Byline-author ~ .maqal-Byline-author) .maqal-Byline-link';

/** Rows for the link states: a linked author, and two linked authors with a role and a source. */
const linkRows: StateRow[] = [
  { label: 'linked author · رابط الكاتب', render: () => <Byline authors={[{ name: 'ليلى حداد', href: '/authors/leila-haddad' }]} /> },
  { label: 'linked, with avatars · مع الصور', render: () => <Byline authors={[{ ...leila, role: 'مراسلة' }, omar]} source="وكالات" /> },
];

/**
 * Every state for designers: the author link at rest, hovered and focused from the keyboard
 * (forced by the pseudo-states addon on the first author's link), then every content state. Each caption
 * sits right above its sample, at the inline-start edge.
 */
export const States: Story = {
  parameters: pseudoColumns({ hover: firstLink, focusVisible: firstLink }),
  render: () => (
    <div style={{ display: 'grid', gap: 'var(--maqal-space-6)' }}>
      <StateMatrix rows={linkRows} columns={['rest', 'hover', 'focusVisible']} />
      <div style={{ display: 'grid', gap: 'var(--maqal-space-4)' }}>
        {states.map(([label, props]) => (
          <Sample key={label} label={label}>
            <Byline {...props} />
          </Sample>
        ))}
      </div>
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('.maqal-Byline')).toHaveLength(states.length + linkRows.length * 3);
  },
};
