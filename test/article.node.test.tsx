// Server rendering in plain Node, with no DOM globals: Article, the column, is static, so a React
// Server Component or an SSR framework renders it with no client JavaScript.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Article } from '../src/components/Article';
import { serverModules, usesHooks } from './helpers/staticModules';

describe('Article on the server', () => {
  it('has no "use client" and no hooks in its modules or anything they import', () => {
    const { server: graph, client } = serverModules('src/components/Article/index.ts');
    expect(client).toEqual([]);
    expect(graph.size).toBeGreaterThanOrEqual(2);
    for (const [file, source] of graph) expect(usesHooks(source), `${file} uses a hook`).toBe(false);
  });

  it('renders a native <article> with its class, and passes lang, dir and other props through', () => {
    expect(renderToStaticMarkup(<Article>نص</Article>)).toBe('<article class="maqal-Article">نص</article>');
    expect(renderToStaticMarkup(<Article className="story" lang="en" dir="ltr" id="main-story" aria-labelledby="h">text</Article>)).toBe(
      '<article lang="en" dir="ltr" id="main-story" aria-labelledby="h" class="maqal-Article story">text</article>',
    );
  });
});
