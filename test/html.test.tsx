// ArticleHtml's allowlist (issue 18), in jsdom. What a reader gets from CMS HTML: the kept
// elements and attributes, the text of everything else, nothing that runs. The XSS proof in a
// real browser is test/html.browser.test.tsx; time and depth are in test/html.node.test.tsx.
import { render, screen } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleBody } from '../src';
import { resetWarnings } from '../src/core/warn';
import { ArticleHtml, decodeEntities, htmlToText } from '../src/html';

afterEach(() => {
  vi.restoreAllMocks();
  resetWarnings();
});

const quiet = () => vi.spyOn(console, 'warn').mockImplementation(() => {});

/** The body rendered into jsdom; returns its container element. */
function body(html: string): HTMLElement {
  const { container } = render(
    <ArticleBody locale="ar">
      <ArticleHtml html={html} />
    </ArticleBody>,
  );
  return container.querySelector('.maqal-ArticleBody')!;
}

const tags = (root: Element) => [...root.querySelectorAll('*')].map((el) => el.tagName.toLowerCase());

describe('ArticleHtml: kept elements', () => {
  it('renders paragraphs, headings, lists, quotes, emphasis, code and tables as elements', () => {
    const root = body(
      '<p>فقرة <em>مائلة</em> و<strong>عريضة</strong> و<b>ب</b> و<i>i</i> و<code>npm i</code> و<abbr title="منظمة الصحة العالمية">WHO</abbr> و<sub>2</sub><sup>3</sup><br>سطر</p>' +
        '<h2>ثانوي</h2><h3>ثالث</h3><h4>رابع</h4><ul><li>أ</li></ul><ol start="3" reversed type="i"><li value="7">ب</li></ol>' +
        '<blockquote cite="https://news.example/q"><p>اقتباس</p><cite>قائل</cite></blockquote><p><q>قول</q></p><hr>' +
        '<pre>line 1\nline 2</pre><table><caption>جدول</caption><thead><tr><th scope="col">أ</th></tr></thead><tbody><tr><td colspan="2">١</td></tr></tbody></table>',
    );
    expect(screen.getByRole('heading', { level: 2, name: 'ثانوي' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'ثالث' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4, name: 'رابع' })).toBeInTheDocument();
    expect(screen.getAllByRole('list')).toHaveLength(2);
    expect(screen.getByRole('table', { name: 'جدول' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'أ' })).toHaveAttribute('scope', 'col');
    expect(screen.getByRole('cell', { name: '١' })).toHaveAttribute('colspan', '2');
    const ol = root.querySelector('ol')!;
    expect([ol.start, ol.reversed, ol.type]).toEqual([3, true, 'i']);
    expect(root.querySelector('ol li')).toHaveAttribute('value', '7');
    expect(root.querySelector('blockquote')).toHaveAttribute('cite', 'https://news.example/q');
    expect(root.querySelector('abbr')).toHaveAttribute('title', 'منظمة الصحة العالمية');
    expect(root.querySelector('pre')!.textContent).toBe('line 1\nline 2');
    expect(tags(root)).toEqual(expect.arrayContaining(['em', 'strong', 'b', 'i', 'code', 'sub', 'sup', 'br', 'q', 'cite', 'hr', 'caption', 'thead', 'tbody']));
  });

  it('turns h1 into h2 and h5, h6 into h4: the page has its own h1', () => {
    body('<h1>أ</h1><h5>ب</h5><h6>ج</h6>');
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'أ' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['ب', 'ج']);
  });

  it('keeps a link with a safe href, and opens target=_blank links with noopener noreferrer', () => {
    body('<p><a href="/local">محلي</a> <a href="https://news.example/" target="_blank" rel="nofollow preload">خارجي</a></p>');
    expect(screen.getByRole('link', { name: 'محلي' })).toHaveAttribute('href', '/local');
    const external = screen.getByRole('link', { name: 'خارجي' });
    expect(external).toHaveAttribute('target', '_blank');
    expect(external.getAttribute('rel')!.split(' ').sort()).toEqual(['nofollow', 'noopener', 'noreferrer']);
  });
});

describe('ArticleHtml: dropped', () => {
  it('unwraps elements off the list and keeps their text', () => {
    const root = body('<div class="x"><p>نص <span style="color:red">ملوّن</span> و<font color="red">خط</font></p></div><section>قسم</section>');
    expect(tags(root)).toEqual(['p']);
    expect(root.textContent).toBe('نص ملوّن وخطقسم');
  });

  it('drops script, style, template, noscript, iframe content, svg and math with everything in them', () => {
    quiet();
    const root = body(
      '<p>قبل</p><script>document.title="x"</script><style>p{color:red}</style><template><p>قالب</p></template>' +
        '<noscript><p>بلا سكربت</p></noscript><object data="x.swf">كائن</object><svg><text>رسم</text></svg><math><mi>س</mi></math>' +
        '<textarea>حقل</textarea><select><option>خيار</option></select><p>بعد</p>',
    );
    expect(root.textContent).toBe('قبلبعد');
    expect(tags(root)).toEqual(['p', 'p']);
  });

  it('removes comments, including Gutenberg’s block delimiters', () => {
    const html = renderToStaticMarkup(<ArticleHtml html={'<!-- wp:paragraph -->\n<p>نص</p>\n<!-- /wp:paragraph -->'} />);
    expect(html).not.toContain('wp:paragraph');
    expect(html).not.toContain('<!--');
  });

  it('keeps no on* handler, style, class, id, name or data-* attribute', () => {
    const root = body('<p id="cookie" name="x" class="lead" style="color:red" onclick="alert(1)" data-x="1" onmouseover="alert(2)">نص</p><img src="/a.png" alt="" onerror="alert(1)" id="y" name="z">');
    for (const el of root.querySelectorAll('*')) {
      expect(el.getAttributeNames().filter((name) => !['dir', 'src', 'alt'].includes(name))).toEqual([]);
    }
  });

  it('drops javascript:, vbscript: and data: URLs from links, images, srcset and cite, but keeps the text', () => {
    quiet();
    const root = body(
      '<p><a href="javascript:alert(1)">أ</a><a href=" JaVaScRiPt:alert(1)">ب</a><a href="jav&#x09;ascript:alert(1)">ج</a><a href="vbscript:msgbox(1)">د</a><a href="data:text/html,<script>alert(1)</script>">هـ</a></p>' +
        '<img src="javascript:alert(1)" alt="x"><img src="/ok.png" srcset="javascript:alert(1) 1x, /ok2.png 2x" alt="y"><q cite="javascript:alert(1)">ق</q>',
    );
    expect(root.querySelectorAll('a')).toHaveLength(0);
    expect(root.textContent).toContain('أبجدهـ');
    const images = root.querySelectorAll('img');
    expect(images).toHaveLength(1);
    expect(images[0]).toHaveAttribute('srcset', '/ok2.png 2x');
    expect(root.querySelector('q')).not.toHaveAttribute('cite');
  });

  it('keeps data:image URLs in an image (in srcset too, commas and all), never in a link', () => {
    quiet();
    const svg = 'data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22/%3E';
    const root = body(`<img src="data:image/png;base64,iVBORw0KGgo=" srcset="${svg} 1x, data:image/png;base64,iVBORw0KGgo= 2x" alt="نقطة"><a href="data:image/png;base64,iVBORw0KGgo=">رابط</a>`);
    expect(root.querySelector('img')).toHaveAttribute('src', 'data:image/png;base64,iVBORw0KGgo=');
    expect(root.querySelector('img')).toHaveAttribute('srcset', `${svg} 1x, data:image/png;base64,iVBORw0KGgo= 2x`);
    expect(root.querySelector('a')).toBeNull();
  });
});

describe('ArticleHtml: images and WordPress layout', () => {
  const image =
    '<figure class="wp-block-image alignwide size-large"><img width="1024" height="576" src="https://news.example/a-1024x576.jpg" alt="طاولات كتب" class="wp-image-2041" srcset="https://news.example/a-1024x576.jpg 1024w, https://news.example/a-300x169.jpg 300w" sizes="(max-width: 1024px) 100vw, 1024px" loading="lazy" decoding="async"><figcaption class="wp-element-caption">تعليق</figcaption></figure>';

  it('keeps src, srcset, sizes, width, height, alt, loading and decoding', () => {
    body(image);
    const img = screen.getByRole('img', { name: 'طاولات كتب' });
    expect(img).toHaveAttribute('srcset', 'https://news.example/a-1024x576.jpg 1024w, https://news.example/a-300x169.jpg 300w');
    expect(img).toHaveAttribute('sizes', '(max-width: 1024px) 100vw, 1024px');
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['1024', '576']);
    expect(img).toHaveAttribute('loading', 'lazy');
    expect(img).toHaveAttribute('decoding', 'async');
    expect(img.closest('figure')!.querySelector('figcaption')!.textContent).toBe('تعليق');
  });

  it('maps alignwide/alignfull/aligncenter/alignleft/alignright and size-* to data-align and data-size', () => {
    const root = body(
      ['alignwide size-large', 'alignfull size-full', 'aligncenter size-medium', 'alignleft size-thumbnail', 'alignright size-medium_large', 'alignnone']
        .map((c) => `<figure class="wp-block-image ${c}"><img src="/a.jpg" alt=""></figure>`)
        .join(''),
    );
    const figures = [...root.querySelectorAll('figure')].map((f) => [f.dataset.align, f.dataset.size]);
    expect(figures).toEqual([
      ['wide', 'large'],
      ['full', 'full'],
      ['center', 'medium'],
      ['start', 'thumbnail'],
      ['end', 'medium'],
      [undefined, undefined],
    ]);
    expect(root.querySelector('figure')).not.toHaveAttribute('class');
  });

  it('drops width and height that are not whole pixel counts', () => {
    const root = body('<img src="/a.jpg" alt="" width="100%" height="-3"><img src="/b.jpg" alt="" width="1e3" height="0">');
    for (const img of root.querySelectorAll('img')) expect(img.getAttributeNames().sort()).toEqual(['alt', 'src']);
  });

  it('gives an image without alt an empty alt (warned) rather than its file name', () => {
    const warn = quiet();
    const root = body('<img src="/photo-2041.jpg">');
    expect(root.querySelector('img')).toHaveAttribute('alt', '');
    expect(warn).not.toHaveBeenCalledWith(expect.stringContaining('undefined'));
  });
});

describe('ArticleHtml: embeds', () => {
  it('turns WordPress’s embed block into a link placeholder with the provider and the caption', () => {
    const root = body(
      '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div class="wp-block-embed__wrapper">\n<iframe title="جولة في السوق" width="500" height="281" src="https://www.youtube.com/embed/abc?feature=oembed" allowfullscreen></iframe>\n</div><figcaption>فيديو</figcaption></figure>',
    );
    const figure = root.querySelector('figure')!;
    expect(figure).toHaveClass('maqal-ArticleHtml-embed');
    expect(figure.dataset.embed).toBe('youtube');
    expect(screen.getByRole('link', { name: 'جولة في السوق' })).toHaveAttribute('href', 'https://www.youtube.com/embed/abc?feature=oembed');
    expect(figure.querySelector('figcaption')!.textContent).toBe('فيديو');
    expect(root.querySelector('iframe')).toBeNull();
  });

  it('links to the URL WordPress leaves in the wrapper when the embed was not resolved, and drops the embed’s script', () => {
    quiet();
    const root = body(
      '<figure class="wp-block-embed is-type-rich is-provider-social"><div class="wp-block-embed__wrapper">\nhttps://social.example/a/status/1\n<blockquote class="social-post"><p>نص المنشور</p><a href="https://social.example/a/status/1">التاريخ</a></blockquote><script src="https://social.example/widgets.js"></script></div></figure>',
    );
    expect(screen.getByRole('link')).toHaveAttribute('href', 'https://social.example/a/status/1');
    expect(root.textContent).not.toContain('نص المنشور');
    expect(root.querySelector('script')).toBeNull();
  });

  it('turns a bare iframe with a safe src into a link, and one with javascript: into nothing', () => {
    quiet();
    const root = body('<p>شاهد: <iframe src="https://player.example/v/1" title="المقطع"></iframe><iframe src="javascript:alert(1)"></iframe></p>');
    expect(screen.getByRole('link', { name: 'المقطع' })).toHaveAttribute('href', 'https://player.example/v/1');
    expect(root.querySelectorAll('a')).toHaveLength(1);
  });
});

describe('ArticleHtml: direction and bidi, as ArticleText', () => {
  it('gives each paragraph, heading, item, caption and cell dir="auto" unless it has dir', () => {
    const root = body('<p>عربي</p><p dir="ltr">English</p><h2>عنوان</h2><ul><li>English item</li></ul><p dir="sideways">x</p>');
    expect([...root.querySelectorAll('p, h2, li')].map((el) => el.getAttribute('dir'))).toEqual(['auto', 'ltr', 'auto', 'auto', 'auto']);
  });

  it('closes at the end of each block the bidi controls its text opened, across inline elements', () => {
    // RLE opened in the text, LRI inside <em>: both closed at the paragraph's end, innermost first.
    const root = body('<p>\u202Bأ <em>\u2066b</em> ج</p><p>\u2069\u202Cد</p>');
    const [first, second] = [...root.querySelectorAll('p')].map((p) => p.textContent);
    expect(first).toBe('\u202Bأ \u2066b ج\u2069\u202C');
    // Closers that close nothing in their block are dropped: nothing from the first reaches the second.
    expect(second).toBe('د');
  });

  it('keeps lang on a block in another language', () => {
    const root = body('<p lang="en">An English paragraph.</p><p lang="not a tag">x</p>');
    expect([...root.querySelectorAll('p')].map((p) => p.getAttribute('lang'))).toEqual(['en', null]);
  });
});

describe('ArticleHtml: structure the HTML parser rebuilds the same (hydration)', () => {
  it('never puts a block inside a paragraph, a link inside a link, or an item outside a list', () => {
    quiet();
    // <marquee> and <section> are scope boundaries: the parser nests p in p and li in li through
    // them; with them dropped, the output must not keep that nesting.
    const root = body('<p>أ<marquee><p>ب</p></marquee></p><li>ج<section><li>د</section></li><a href="/1">هـ<table><tr><td><a href="/2">و</a></td></tr></table></a>');
    expect(root.querySelectorAll('p p, a a, h2 p, li li')).toHaveLength(0);
    expect(root.querySelectorAll('li')).toHaveLength(0);
  });

  it('keeps no whitespace text inside table rows and sections', () => {
    const root = body('<table>\n <tbody>\n <tr>\n <td>١</td>\n </tr>\n </tbody>\n</table>');
    for (const el of root.querySelectorAll('table, tbody, tr')) {
      expect([...el.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE)).toEqual([]);
    }
  });
});

describe('ArticleHtml: bad input', () => {
  it.each([undefined, null, 42, {}, ['<p>x</p>']])('renders nothing for %s, with a warning for non-strings', (value) => {
    quiet();
    const { container } = render(<ArticleHtml html={value as unknown as string} />);
    expect(container.innerHTML).toBe('');
  });
});

describe('decodeEntities', () => {
  it('decodes WordPress’s typographic references in a title (wptexturize output)', () => {
    expect(decodeEntities('&#8220;سوق الكتاب&#8221; &#8211; كل شهر&#8230; وما بعده&#8217;s')).toBe('“سوق الكتاب” – كل شهر… وما بعده’s');
  });

  it('decodes named, decimal and hex references as a browser does, legacy ones without a semicolon too', () => {
    expect(decodeEntities('&amp; &lt;b&gt; &quot;x&quot; &nbsp;|&hellip;|&#x1F4DA;|&copy 2026|&notit;')).toBe('& <b> "x" \u00A0|…|📚|© 2026|¬it;');
  });

  it('outputs text, never markup: a tag stays the characters of a tag', () => {
    const title = decodeEntities('&lt;img src=x onerror=alert(1)&gt;<b>x</b>');
    expect(title).toBe('<img src=x onerror=alert(1)><b>x</b>');
    render(<h1>{title}</h1>);
    expect(screen.getByRole('heading').querySelector('img, b')).toBeNull();
  });

  it('removes bidi controls and control junk, as maqal does for every text prop; non-strings give ""', () => {
    quiet();
    expect(decodeEntities('أ&#8238;ب&#0;ج')).toBe('أب\uFFFDج');
    expect(decodeEntities(undefined as unknown as string)).toBe('');
    expect(decodeEntities(7 as unknown as string)).toBe('');
  });
});

describe('htmlToText', () => {
  it('strips an excerpt’s tags, decodes its references and keeps words apart at block boundaries', () => {
    expect(htmlToText('<p>افتتحت البلدية &#8220;السوق&#8221;&hellip; <a class="more-link" href="/x">تابع</a></p>\n<p>ثانٍ<br>ثالث</p>')).toBe('افتتحت البلدية “السوق”… تابع ثانٍ ثالث');
  });

  it('drops script and style content and survives 10,000 levels of nesting', () => {
    expect(htmlToText('<script>alert(1)</script><style>p{}</style>نص')).toBe('نص');
    expect(htmlToText(`${'<span>'.repeat(10_000)}عميق`)).toBe('عميق');
  });
});
