import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import { ScrollToTop } from '../src';
import { pseudoColumns, StateMatrix, type StateRow } from './StateMatrix';

// Original sample prose, written for these stories.
const paragraphs = [
  'بدأت أعمال ترميم المكتبة القديمة في وسط المدينة صباح الأحد، بعد سنوات من الانتظار وجدل طويل حول كلفة المشروع ومصادر تمويله. ويقول القائمون على الخطة إن المرحلة الأولى تشمل تقوية الجدران الحجرية وإصلاح السقف الخشبي الذي تسربت منه مياه الأمطار في الشتاء الماضي.',
  'وتضم المكتبة نحو 40 ألف مخطوطة وكتاب مطبوع، بعضها يعود إلى أكثر من قرنين. وقد نُقلت المجموعات الأكثر هشاشة إلى مستودع مؤقت مكيّف الهواء، حيث يعمل فريق من المرممين على فهرستها وتصوير صفحاتها رقميًا قبل إعادتها إلى رفوفها.',
  '«لم يكن الأمر مجرد إصلاح مبنى»، تقول مديرة المشروع سلمى عبد الرحمن الحسيني، «بل محاولة لإعادة المكان إلى أهل الحي الذين كانوا يقصدونه للقراءة والدرس». وتضيف أن قاعة المطالعة ستفتح أبوابها مساءً للطلاب بعد انتهاء الأعمال.',
  'ويشارك في التمويل صندوق محلي للتراث إلى جانب منحة من منظمة اليونسكو، فيما تتحمل البلدية نفقات البنية التحتية من كهرباء وشبكات وإنارة. وتقدّر الكلفة الإجمالية بما يقارب 12 مليون دولار موزعة على ثلاث مراحل.',
  'غير أن بعض سكان الحي يبدون قلقًا من طول مدة الإغلاق، إذ يتوقع أن تستمر الأعمال ثمانية عشر شهرًا على الأقل. ويطالب هؤلاء بفتح جناح صغير للإعارة خلال تلك الفترة، وهو اقتراح قالت الإدارة إنها تدرسه بجدية.',
  'وفي الطابق العلوي، كشفت أعمال الكشط عن زخارف نباتية ملونة كانت مخفية تحت طبقات من الطلاء الحديث. ويعمل المختصون الآن على توثيقها بدقة، تمهيدًا لتقرير ما إذا كان ينبغي ترميمها كاملة أم الاكتفاء بحمايتها من التلف.',
  'ويرى باحثون في تاريخ العمارة أن المبنى يمثل نموذجًا نادرًا لطراز جمع بين التقاليد المحلية وتأثيرات وافدة، وأن الحفاظ عليه يتجاوز قيمته بوصفه مكتبة إلى كونه شاهدًا على مرحلة كاملة من تاريخ المدينة.',
  'وتخطط الإدارة لتنظيم جولات مفتوحة للجمهور مرة كل شهر طوال مدة الترميم، يرافق فيها المرممون الزوار ويشرحون لهم مراحل العمل. وتقول إن الهدف أن يشعر الناس بأن المشروع مشروعهم، وأن المكتبة ستعود إليهم أفضل مما كانت.',
];

const englishParagraphs = [
  'Restoration of the old library in the city centre began on Sunday morning, after years of waiting and a long argument about what the work would cost and who would pay for it.',
  'The library holds some 40,000 manuscripts and printed books, some of them more than two centuries old. The most fragile collections have moved to a temporary climate-controlled store while conservators catalogue and photograph them.',
  '“This was never only about repairing a building,” says the project director, Salma Abdel Rahman Al-Husseini. “It is about giving the place back to the neighbourhood that used to come here to read.”',
  'A local heritage fund and a UNESCO grant share the cost with the municipality, which pays for power, networks and lighting. The total is estimated at about 12 million dollars over three phases.',
];

/** A long article for the button to live on: headline, main landmark, many screens of text. */
function Article({ english = false, repeat = 3, inMain = true }: { english?: boolean; repeat?: number; inMain?: boolean }) {
  const text = english ? englishParagraphs : paragraphs;
  const Root = inMain ? 'main' : 'div';
  return (
    <Root style={{ maxInlineSize: '40rem', marginInline: 'auto', paddingBlock: '1rem', paddingInline: '1rem' }}>
      <h1>{english ? 'An old library reopens its doors, one wall at a time' : 'مكتبة المدينة القديمة تستعيد روحها جدارًا بعد جدار'}</h1>
      {Array.from({ length: repeat }, (_, round) =>
        text.map((paragraph, i) => <p key={`${round}-${i}`}>{paragraph}</p>),
      )}
      <p>
        <a href="#top">{english ? 'A link at the end of the article' : 'رابط في آخر المقال'}</a>
      </p>
    </Root>
  );
}

/**
 * A floating "back to top" button for long articles. It sits at the inline-end, block-end corner
 * (bottom-left in RTL, bottom-right in LTR), shows once the reader has scrolled past `threshold`,
 * and costs nothing while the reader scrolls: an IntersectionObserver on a sentinel decides
 * visibility, so React renders only when it flips. Clicking scrolls to the top — instantly when
 * the reader asked for reduced motion — and moves focus to the article's headline so the next Tab
 * starts at the top. Client component. Scroll the canvas to see it appear.
 */
const meta = {
  title: 'Components/ScrollToTop',
  component: ScrollToTop,
  // The long article is Arabic: under another toolbar locale it stays lang="ar" (LeftToRight is English).
  parameters: { layout: 'fullscreen', maqal: { text: 'ar' } },
  args: { behavior: 'smooth', showProgress: false },
  argTypes: {
    threshold: { control: { type: 'number', min: 0 } },
    behavior: { control: 'inline-radio', options: ['smooth', 'auto'] },
    showProgress: { control: 'boolean' },
    label: { control: 'text' },
    target: { control: false },
    focusTarget: { control: false },
  },
  render: (args) => (
    <>
      <Article />
      <ScrollToTop {...args} />
    </>
  ),
} satisfies Meta<typeof ScrollToTop>;

export default meta;
type Story = StoryObj<typeof meta>;

// Scoped to this story's canvas: the test runner's document may still hold another story's button.
const stt = (root: HTMLElement) => root.querySelector<HTMLButtonElement>('.maqal-ScrollToTop')!;

/**
 * The long Arabic article with the button. Hidden at the top; scroll down a screen to see it, then
 * press it (or Tab to it and press Enter): the page goes up and focus lands on the headline.
 *
 * The plays here check the state at rest. The scroll flows (shown past the threshold, hidden
 * again, focus after the click, reduced motion, a scroll container) are asserted in
 * test/scrollToTop.browser.test.tsx: in the story runner, a story's frame is not always being
 * rendered while other stories run, and IntersectionObserver only reports in a rendered frame.
 */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(stt(canvasElement)).not.toBeVisible();
    await expect(stt(canvasElement)).toHaveAttribute('data-state', 'hidden');
    // Hidden means out of the tab order and the accessibility tree.
    await expect(within(canvasElement).queryByRole('button', { name: 'العودة إلى الأعلى' })).toBeNull();
  },
};

/** The same article inside a scroll container (`target`), as in an app shell with a fixed header. */
export const ScrollContainer: Story = {
  render: function Render(args) {
    const box = useRef<HTMLElement>(null);
    return (
      <main ref={box} data-testid="scroller" aria-label="المقال" style={{ blockSize: '80vb', overflowY: 'auto', border: '1px solid var(--maqal-color-border)' }}>
        <Article inMain={false} />
        <ScrollToTop {...args} target={box} />
      </main>
    );
  },
  play: async ({ canvasElement }) => {
    // The button waits at the top of the container; its sentinel sits inside the container.
    const box = within(canvasElement).getByTestId('scroller');
    await waitFor(() => expect(box.firstElementChild).toHaveAttribute('aria-hidden', 'true'));
    await expect(stt(canvasElement)).not.toBeVisible();
  },
};

/** With the progress ring: CSS scroll-driven animation where supported, a passive frame-batched listener elsewhere. */
export const WithProgress: Story = {
  args: { showProgress: true, threshold: 200 },
};

/**
 * Reduced motion: turn on "reduce motion" in your operating system (macOS: Accessibility → Display;
 * Windows: Settings → Accessibility → Visual effects → Animation effects off), or in Chrome DevTools
 * open Rendering → "Emulate CSS media feature prefers-reduced-motion: reduce". The button then jumps
 * to the top instantly and appears without fading, even with `behavior="smooth"`.
 */
export const ReducedMotion: Story = {
  args: { behavior: 'smooth', threshold: 200 },
};

/** English, left to right: the button sits at the bottom-right. */
export const LeftToRight: Story = {
  parameters: { maqal: { locale: 'en', dir: 'ltr' } },
  render: (args) => (
    <>
      <Article english repeat={6} />
      <ScrollToTop {...args} />
    </>
  ),
};

/** The dark theme: switch the Theme toolbar to Dark (the story tests run every story in both themes). */
export const Dark: Story = {
  args: { showProgress: true, threshold: 200 },
  globals: { theme: 'dark' },
};

/** A small scroller for one matrix cell, already scrolled past the button's threshold if `shown`. */
function Scroller({ shown, children }: { shown: boolean; children: (target: RefObject<HTMLElement | null>) => ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (shown && box.current) box.current.scrollTop = 400;
  }, [shown]);
  return (
    <div style={{ position: 'relative', blockSize: '6rem', minInlineSize: '7rem', border: '1px dashed var(--maqal-color-border)' }}>
      <div ref={box} aria-hidden="true" style={{ blockSize: '100%', overflow: 'hidden' }}>
        <div style={{ blockSize: '60rem' }} />
      </div>
      {children(box)}
    </div>
  );
}

const inCell = { position: 'absolute' } as const;

/**
 * Every state for designers: rows of resting states (hidden — nothing shows —, shown, shown with
 * the progress ring), columns of hover, keyboard focus and pressed, forced by the pseudo-states
 * addon on the button. Each cell is a small scroller already scrolled past the threshold.
 */
export const States: Story = {
  parameters: pseudoColumns({ hover: '.maqal-ScrollToTop', focusVisible: '.maqal-ScrollToTop', active: '.maqal-ScrollToTop' }),
  render: (args) => {
    const rows: StateRow[] = [
      {
        label: 'hidden · مخفي',
        columns: ['rest'],
        render: () => <Scroller shown={false}>{(target) => <ScrollToTop {...args} target={target} threshold={100} style={inCell} />}</Scroller>,
      },
      {
        label: 'shown · ظاهر',
        render: () => <Scroller shown>{(target) => <ScrollToTop {...args} target={target} threshold={100} style={inCell} />}</Scroller>,
      },
      {
        label: 'with progress · مع مؤشر التقدم',
        render: () => <Scroller shown>{(target) => <ScrollToTop {...args} showProgress target={target} threshold={100} style={inCell} />}</Scroller>,
      },
    ];
    return <StateMatrix rows={rows} columns={['rest', 'hover', 'focusVisible', 'active']} />;
  },
  play: async ({ canvasElement }) => {
    // Two shown rows × four columns; the hidden row's button is out of the accessibility tree.
    await waitFor(() => expect(within(canvasElement).getAllByRole('button', { name: 'العودة إلى الأعلى' })).toHaveLength(8));
  },
};
