// ArticleHtml against hostile HTML, in Chromium (issue 18). Each vector is rendered the two ways a
// page gets it: server HTML (react-dom/server) loaded as a real document in an iframe, where a
// surviving <script>, handler or javascript: URL would run; and a client render (createRoot)
// into this page. A tripwire (window.__xss, and alert/confirm/prompt wired to it) counts any
// execution. Then the DOM is searched for on* attributes and script-bearing URLs. The tripwire
// is proven live first, so the test fails if it could not see an execution.
// Then hydration: for malformed input the server HTML and the client render are the same DOM.
import { createElement, type ReactElement } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleBody } from '../src';
import { ArticleHtml } from '../src/html';
import { fromWordPress, type WordPressPost } from '../src/wordpress';
import beach from './fixtures/wordpress/post-beach-cleanup.json';
import bookMarket from './fixtures/wordpress/post-book-market.json';
import { xssVectors } from './fixtures/html/xssVectors';

declare global {
  interface Window {
    __xss?: () => void;
  }
}

let executions: string[] = [];
let current = '';

beforeEach(() => {
  executions = [];
  window.__xss = () => executions.push(current);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
  delete window.__xss;
});

const article = (html: string): ReactElement => createElement(ArticleBody, { locale: 'ar' }, createElement(ArticleHtml, { html }));

// Wires every way a payload reports into the parent's tripwire, before any content runs.
const TRIPWIRE = '<script>window.__xss=function(){parent.__xss()};window.alert=window.confirm=window.prompt=window.__xss;</script>';

/** Loads HTML as a document in an iframe and waits for it and its images (error handlers) to settle. */
async function loadDocument(body: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">${TRIPWIRE}</head><body>${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  const images = [...frame.contentDocument!.images];
  await Promise.all(images.map((img) => (img.complete ? null : new Promise((resolve) => ['load', 'error'].forEach((e) => img.addEventListener(e, resolve, { once: true }))))));
  // Focus handlers, animations and timers queued by the load.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return frame;
}

const SCRIPT_SCHEMES = ['javascript:', 'vbscript:', 'data:'];

/** What a reader's browser could run from the DOM: handlers, script-bearing URLs, active elements. */
function dangers(root: Element): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    for (const name of el.getAttributeNames()) {
      if (name.startsWith('on')) found.push(`${el.tagName} ${name}`);
      if (['style', 'formaction', 'srcdoc', 'background', 'xlink:href', 'action'].includes(name)) found.push(`${el.tagName} ${name}`);
    }
    const urls = [el.getAttribute('href'), el.getAttribute('cite'), el.getAttribute('src'), ...(el.getAttribute('srcset') ?? '').split(',').map((c) => c.trim().split(/\s+/)[0] ?? '')];
    for (const url of urls) {
      if (!url) continue;
      // Resolved as the browser resolves it, so "jav\tascript:" and "&#1;javascript:" count.
      const protocol = new URL(url, 'https://news.example/').protocol;
      if (SCRIPT_SCHEMES.includes(protocol) && !(el.tagName === 'IMG' && url.startsWith('data:image/'))) found.push(`${el.tagName} ${url}`);
    }
  }
  const active = root.querySelectorAll('script, style, iframe, frame, object, embed, svg, math, template, noscript, base, meta, link, form, input, button, textarea, select');
  // React's server renderer adds <link rel="preload" as="image"> for images (its href is checked above).
  for (const el of active) if (!(el.matches('link[rel="preload"][as="image"]'))) found.push(el.tagName);
  return found;
}

describe('the tripwire', () => {
  it('sees an execution when hostile HTML is inserted raw, so a silent run below means nothing ran', async () => {
    current = 'control';
    const frame = await loadDocument('<img src="x:" onerror="__xss()"><script>alert(1)</script>');
    expect(executions).toEqual(['control', 'control']);
    expect(dangers(frame.contentDocument!.body)).not.toEqual([]);
    frame.remove();
  });
});

describe('ArticleHtml with the OWASP filter-evasion and mutation-XSS vectors', () => {
  it(`runs none of the ${xssVectors.length} vectors from server HTML loaded as a page, and leaves no handler or script URL`, async () => {
    const problems: string[] = [];
    // One document for all of them, and one per category, so a vector cannot hide behind another's parse.
    const categories = [...new Set(xssVectors.map((vector) => vector.category))];
    for (const category of categories) {
      const vectors = xssVectors.filter((vector) => vector.category === category);
      current = category;
      const frame = await loadDocument(vectors.map((vector) => renderToString(article(vector.html))).join('\n'));
      problems.push(...dangers(frame.contentDocument!.body).map((d) => `${category}: ${d}`));
      frame.remove();
    }
    expect(problems).toEqual([]);
    expect(executions).toEqual([]);
  });

  it('runs none of them rendered on the client into this page either', async () => {
    const problems: string[] = [];
    for (const vector of xssVectors) {
      current = vector.html;
      const container = document.createElement('div');
      document.body.append(container);
      const root = createRoot(container);
      flushSync(() => root.render(article(vector.html)));
      problems.push(...dangers(container).map((d) => `${vector.html}: ${d}`));
      await Promise.all([...container.querySelectorAll('img')].map((img) => (img.complete ? null : new Promise((resolve) => ['load', 'error'].forEach((e) => img.addEventListener(e, resolve, { once: true }))))));
      root.unmount();
      container.remove();
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(problems).toEqual([]);
    expect(executions).toEqual([]);
  });

  it('keeps the article text around the hostile markup', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(article('<p>قبل <img src=x onerror=__xss()> بعد</p><script>__xss()</script><p>نهاية</p>'));
    expect([...container.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['قبل  بعد', 'نهاية']);
  });
});

/**
 * The DOM a render leaves, written out with attributes sorted (React's client sets them in another
 * order than its server writes them) and without React's image preload hints, which only its
 * server renderer adds. Text nodes are merged, as a reader's browser shows them.
 */
function dom(container: Element): string {
  const children = (parent: Node): string => {
    let out = '';
    let text: string | null = null;
    for (const node of parent.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) text = (text ?? '') + node.textContent;
      else if (node.nodeType === Node.ELEMENT_NODE && !(node as Element).matches('link[rel="preload"][as="image"]')) {
        if (text !== null) out += JSON.stringify(text);
        text = null;
        out += write(node as Element);
      }
    }
    return text === null ? out : out + JSON.stringify(text);
  };
  const write = (el: Element): string => {
    const attributes = el.getAttributeNames().sort().map((name) => ` ${name}=${JSON.stringify(el.getAttribute(name))}`);
    return `<${el.localName}${attributes.join('')}>${children(el)}</${el.localName}>`;
  };
  return children(container);
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

const malformed = [
  '<p>unclosed <b>bold <i>both</b> italic</i> tail',
  '<p>a<button><p>b</button><span><p>c</p></span>',
  // <marquee> and <object> are scope boundaries: the parser nests a p in a p through them.
  '<p>a<marquee><p>b</p></marquee>c</p><p><object><p>d</p></object></p>',
  '<li>x<section><li>y</section><ul><li>1<li>2</ul>',
  '<a href="/1">one<table><tr><td><a href="/2">two</a></td></tr></table></a>',
  '<table> <p>fostered</p> <tr> <td>1 </td><td>2</table>',
  '<h2>title<h3>sub</h3></h2><h2><em><h3>in em</h3></em></h2>',
  '<pre>\n\ncode\n</pre><pre><code>\nx</code></pre>',
  '<p>\u202Bopen <em>\u2066isolate</em> and <a href="/x">\u202Elink</a></p><p>\u2069\u202C</p>',
  '<figure class="wp-block-image alignleft"><a href="/big.jpg"><img src="/a.jpg" alt="" width="300" height="200"></a><figcaption>c<p>p</p></figcaption></figure>',
  `${'<div><blockquote>'.repeat(60)}deep${'</blockquote></div>'.repeat(60)}`,
  '<ol><li><p>para in item</p><ul><li>nested</li></ul></li></ol><dl><dt>t</dt><dd>d</dd></dl>',
  ...xssVectors.map((vector) => vector.html),
];

describe('hydration of malformed HTML', () => {
  it('hydrates the server HTML without a mismatch, and the client render builds the same DOM', async () => {
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => errors.push(args.map(String).join(' ')));
    const posts = [bookMarket, beach].map((post) => fromWordPress(post as WordPressPost).html);
    const mismatched: string[] = [];
    for (const html of [...malformed, ...posts]) {
      current = html;
      const element = article(html);
      const server = document.createElement('div');
      server.innerHTML = renderToString(element);
      const serverDom = dom(server);
      document.body.append(server);
      const recoverable: unknown[] = [];
      const hydrated = hydrateRoot(server, element, { onRecoverableError: (error) => recoverable.push(error) });
      await settle();
      const client = document.createElement('div');
      document.body.append(client);
      const root = createRoot(client);
      flushSync(() => root.render(element));
      if (recoverable.length > 0 || dom(client) !== serverDom || dom(server) !== serverDom) mismatched.push(html.slice(0, 80));
      hydrated.unmount();
      root.unmount();
      server.remove();
      client.remove();
    }
    expect(mismatched).toEqual([]);
    expect(errors).toEqual([]);
    expect(executions).toEqual([]);
  });
});
