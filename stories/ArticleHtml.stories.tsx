import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ArticleBody, ArticleHeader, Byline, Timestamp } from '../src';
import { ArticleHtml } from '../src/html';
import { fromWordPress, type WordPressPost } from '../src/wordpress';
import bookMarket from '../test/fixtures/wordpress/post-book-market.json';
import { sampleFigureSrc } from './fixtures/sampleArticle';

/**
 * `ArticleHtml` (from `maqal/html`) renders an article body that arrives as HTML, as WordPress's
 * `content.rendered` does, as React elements, never through `dangerouslySetInnerHTML`. Put it in
 * `ArticleBody`, which styles what it renders exactly as it styles hand-written elements.
 *
 * The HTML is parsed by parse5 (the WHATWG parsing algorithm, the same on server and browser) and
 * walked into an allowlist of elements and attributes; other elements are unwrapped with their
 * text kept; script, style, template, noscript, iframes, objects, svg and math go with their
 * content; no `on*` handler, `style`, `class` or `id` survives; every URL must be http(s) or
 * relative. Each paragraph, heading, item and caption takes the direction of its own text, and
 * bidi controls are closed per block. Static: a Server Component, no client JavaScript.
 *
 * The samples below are our own Arabic prose, in WordPress's markup.
 */
const meta = {
  title: 'Components/ArticleHtml',
  component: ArticleHtml,
  parameters: { maqal: { text: 'ar' } },
  args: { html: '' },
  render: (args) => (
    <ArticleBody locale="ar">
      <ArticleHtml {...args} />
    </ArticleBody>
  ),
} satisfies Meta<typeof ArticleHtml>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Paragraphs with WordPress's character references, links, emphasis, code, abbreviations, a line break. */
export const Paragraphs: Story = {
  args: {
    html:
      '<p>افتتحت البلدية صباح السبت &#8220;سوق الكتاب المستعمل&#8221; في ساحة الساعة، بمشاركة <strong>42 بائعًا</strong> من أصحاب المكتبات الصغيرة &amp; الهواة.</p>\n\n' +
      '<p>وبدأت الفكرة بمجموعة على تطبيق <a href="https://chat.example/groups/books">WhatsApp</a> تضم <em>300 قارئ</em>، ونُشر جدول البائعين بصيغة <abbr lang="en" title="Comma-Separated Values">CSV</abbr> على موقع البلدية، ويمكن تنزيله بالأمر <code>curl -O https://data.example/market.csv</code>.</p>\n\n' +
      '<p>العنوان: ساحة الساعة<br>المدينة القديمة</p>',
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('link', { name: 'WhatsApp' })).toHaveAttribute('href', 'https://chat.example/groups/books');
    await expect(canvasElement.textContent).toContain('“سوق الكتاب المستعمل”');
    await expect(canvasElement.textContent).not.toContain('&#8220;');
  },
};

/** h2–h4 as they are; h1 becomes h2 (the page has its own h1), h5 and h6 become h4. */
export const Headings: Story = {
  args: {
    html:
      '<h1>عنوان كتبه المحرّر بمستوى أول</h1><p>فقرة تحت العنوان.</p><h2 class="wp-block-heading" id="h-prices">أسعار في متناول الطلاب</h2><p>فقرة.</p>' +
      '<h3>كتب الأطفال</h3><p>فقرة.</p><h4>ركن القصص المصوّرة</h4><p>فقرة.</p><h6>ملاحظة صغيرة</h6><p>فقرة أخيرة.</p>',
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('heading', { level: 1 })).toBeNull();
    await expect(canvas.getAllByRole('heading', { level: 2 })).toHaveLength(2);
    await expect(canvas.getAllByRole('heading', { level: 4 })).toHaveLength(2);
  },
};

/** Lists: bulleted, numbered with start and reversed, nested, with the article's digits. */
export const Lists: Story = {
  args: {
    html:
      '<ul class="wp-block-list"><li>الموعد: السبت الأول من كل شهر</li><li>الساعات: من 9 صباحًا حتى 2 ظهرًا<ul><li>ركن الأطفال حتى الظهر</li></ul></li><li>الدخول مجاني</li></ul>' +
      '<p>أكثر الكتب طلبًا:</p><ol start="3" reversed><li>كتب الطبخ</li><li>الروايات المترجمة</li><li>كتب الرحلات</li></ol>',
  },
};

/** Block quotes with their cite, and inline q, which takes the language's quotation marks (« » in Arabic). */
export const Quotes: Story = {
  args: {
    html:
      '<blockquote class="wp-block-quote" cite="https://news.example/interview"><p>نريد أن يعود الكتاب إلى الساحة، لا أن يبقى حبيس المستودعات</p><cite>رنا العبد الله، منسّقة السوق</cite></blockquote>' +
      '<p>ويقول البائع سامي خوري: <q>الناس يسألون عن كتب قرأوها صغارًا</q>، ويضيف أن الطلب يزداد في الشتاء.</p>',
  },
};

const figure = (classes: string, caption: string, width = 1200, height = 600) =>
  `<figure class="wp-block-image ${classes}"><img src="${sampleFigureSrc}" srcset="${sampleFigureSrc} 1200w" sizes="(max-width: 1200px) 100vw, 1200px" width="${width}" height="${height}" alt="رسم لواجهة مكتبة بأقواس خشبية" loading="lazy"><figcaption class="wp-element-caption">${caption}</figcaption></figure>`;

/**
 * WordPress's image block: srcset, sizes, intrinsic width and height (no layout shift), caption.
 * alignwide/alignfull take the column; aligncenter centres; alignleft/alignright float to the
 * start and end (WordPress's right-to-left stylesheets mirror them), never wider than half.
 */
export const Figures: Story = {
  args: {
    html:
      figure('alignwide size-large', 'عريضة (alignwide): بعرض العمود.') +
      '<p>فقرة بين الصورتين عن السوق والزوار الذين جاؤوا من الأحياء المجاورة منذ الصباح الباكر.</p>' +
      figure('aligncenter size-medium', 'في الوسط (aligncenter).', 300, 150) +
      figure('alignleft size-thumbnail', 'إلى البداية (alignleft).', 240, 120) +
      '<p>فقرة تلتف حول الصورة الصغيرة: يعرض البائعون كتبهم على طاولات خشبية، وتُرتَّب العناوين بحسب الموضوع، ويخصّص بعضهم صناديق لكتب لا يتجاوز سعرها خمسة ريالات.</p>',
  },
  play: async ({ canvasElement }) => {
    const images = [...canvasElement.querySelectorAll('img')];
    await expect(images.map((img) => [img.getAttribute('width'), img.getAttribute('height')])).toEqual([
      ['1200', '600'],
      ['300', '150'],
      ['240', '120'],
    ]);
    await expect([...canvasElement.querySelectorAll('figure')].map((f) => f.dataset.align)).toEqual(['wide', 'center', 'start']);
  },
};

/** Embeds load nothing from another site: a card with a link to the embedded page, and the block's caption. */
export const Embeds: Story = {
  args: {
    html:
      '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">\n<iframe title="جولة في سوق الكتاب المستعمل" width="500" height="281" src="https://www.youtube.com/embed/bk5Market01?feature=oembed" allowfullscreen></iframe>\n</div><figcaption class="wp-element-caption">جولة مصوّرة في السوق.</figcaption></figure>' +
      '<figure class="wp-block-embed is-type-rich is-provider-social"><div class="wp-block-embed__wrapper">\nhttps://social.example/market/status/1860\n</div></figure>',
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('iframe')).toBeNull();
    await expect(canvas.getByRole('link', { name: 'جولة في سوق الكتاب المستعمل' })).toBeVisible();
  },
};

/** Tables: caption, header cells with scope, spans; whitespace between rows dropped. */
export const Tables: Story = {
  args: {
    html:
      '<figure class="wp-block-table"><table><caption>أسعار الكتب في السوق</caption><thead><tr><th scope="col">الفئة</th><th scope="col">السعر</th></tr></thead>\n<tbody>\n<tr><td>روايات</td><td>10–25 ريالًا</td></tr>\n<tr><td>كتب أطفال</td><td>5 ريالات</td></tr>\n<tr><td colspan="2">الدخول مجاني للجميع</td></tr>\n</tbody></table></figure>',
  },
};

/**
 * Mixed directions, as ArticleText: an English paragraph lays out left to right (dir="auto"), an
 * isolated phone number stays whole, and an override left open is closed at its paragraph's end.
 */
export const MixedDirections: Story = {
  args: {
    html:
      '<p>فقرة عربية عن السوق، وهاتف المنسّقة \u2066+1 555 0100\u2069 للاستفسار.</p>' +
      '<p>An English paragraph for visitors: the market opens at 9 am on the first Saturday of each month.</p>' +
      '<p>فقرة فيها محرف تجاوز \u202Eلم يُغلق، ولا يتعدّى فقرته.</p><p>فقرة بعدها سليمة.</p>',
  },
  play: async ({ canvasElement }) => {
    const paragraphs = [...canvasElement.querySelectorAll('p')];
    await expect(getComputedStyle(paragraphs[1]!).direction).toBe('ltr');
    await expect(paragraphs[2]!.textContent!.endsWith('\u202C')).toBe(true);
    await expect(getComputedStyle(paragraphs[3]!).direction).toBe('rtl');
  },
};

const hostile =
  '<p onclick="alert(1)" style="color:red" class="lead" id="cookie">فقرة عليها معالج نقر ونمط وصنف ومعرّف.</p>' +
  '<script>alert("xss")</script><style>body{display:none}</style>' +
  '<p><a href="javascript:alert(1)">رابط javascript:</a> و<a href="jav&#x09;ascript:alert(1)">رابط مموّه</a> و<img src="x" onerror="alert(1)" alt="صورة بمعالج خطأ"></p>' +
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>' +
  '<svg><script>alert(1)</script><text>نص داخل svg</text></svg><math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>' +
  '<div><span style="font-size:40px">نص في div و span يبقى بلا وسميهما.</span></div>' +
  '<iframe src="javascript:alert(1)"></iframe><form action="/steal"><input name="password"><button>أرسل</button></form>' +
  '<!-- تعليق لا يظهر --><p>فقرة أخيرة سليمة.</p>';

/**
 * Hostile markup, and what is left of it. The source is shown as text above the rendering:
 * handlers, styles, classes and ids are gone; script, style, noscript, svg, math, iframe and form
 * controls are gone with their content; javascript: links are left as plain text; div and span
 * are unwrapped, their text kept; the comment is removed.
 */
export const HostileMarkup: Story = {
  args: { html: hostile },
  render: (args) => (
    <ArticleBody locale="ar">
      <pre dir="ltr" lang="en" style={{ whiteSpace: 'pre-wrap' }}>
        {args.html}
      </pre>
      <hr />
      <ArticleHtml {...args} />
    </ArticleBody>
  ),
  play: async ({ canvasElement }) => {
    const rendered = [...canvasElement.querySelectorAll('.maqal-ArticleBody > :not(pre)')];
    const all = rendered.flatMap((el) => [el, ...el.querySelectorAll('*')]);
    await expect(all.filter((el) => el.getAttributeNames().some((name) => name.startsWith('on') || ['style', 'class', 'id'].includes(name)))).toEqual([]);
    await expect(all.filter((el) => /^(script|style|svg|math|iframe|form|input|button|noscript|div|span)$/i.test(el.tagName))).toEqual([]);
    await expect(all.filter((el) => el.tagName === 'A')).toEqual([]);
    // Everything after the <hr> is the rendering; the unwrapped div's text is a text node there.
    const body = canvasElement.querySelector('.maqal-ArticleBody')!;
    const after = [...body.childNodes].slice([...body.childNodes].indexOf(body.querySelector(':scope > hr')!) + 1);
    await expect(after.map((node) => node.textContent).join('')).toContain('نص في div و span يبقى بلا وسميهما.');
  },
};

const post = fromWordPress(bookMarket as WordPressPost, { locale: 'ar' });

/** A whole WordPress post through maqal/wordpress: header props, byline, dates and the body. */
export const FromWordPress: Story = {
  args: { html: post.html },
  render: (args) => (
    <>
      <ArticleHeader
          kicker={post.kicker}
          kickerHref={post.kickerHref}
          headline={post.headline}
          standfirst={post.standfirst}
          meta={
            <>
              <Byline authors={post.authors.map(({ name, href }) => ({ name, href }))} />
              {post.published ? <Timestamp dateTime={post.published} published format="date" /> : null}
            </>
          }
        />
      <ArticleBody locale="ar">
        <ArticleHtml {...args} />
      </ArticleBody>
    </>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('“سوق الكتاب المستعمل” يعود إلى ساحة الساعة – كل شهر');
    await expect(canvas.getByRole('link', { name: 'جولة في سوق الكتاب المستعمل' })).toBeVisible();
  },
};
