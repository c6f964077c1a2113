// A Server Component: a WordPress post, as the REST API returns it with ?_embed (post.json, a
// fixture written for maqal), through maqal/wordpress into maqal's parts, and its body HTML
// through ArticleHtml (maqal/html). Everything here renders on the server: the body's parser and
// allowlist never reach the browser. The app has no network, so the post's images are in public/.
import { Article, ArticleBody, ArticleHeader, ArticleJsonLd, Byline, MaqalProvider, Timestamp } from 'maqal';
import { ArticleHtml } from 'maqal/html';
import { fromWordPress } from 'maqal/wordpress';
import post from './post.json';

export const metadata = { title: 'maqal — منشور من ووردبريس' };

const article = fromWordPress(post, { locale: 'ar', publisher: { name: 'أخبار المدينة' } });

export default function WordPressPage() {
  return (
    <MaqalProvider locale="ar" timeZone="Asia/Riyadh">
      <Article>
        <ArticleHeader
          kicker={article.kicker}
          kickerHref={article.kickerHref}
          headline={article.headline}
          standfirst={article.standfirst}
          media={article.media}
          meta={
            <>
              <Byline authors={article.authors} />
              {article.published ? <Timestamp dateTime={article.published} published format="date" /> : null}
              {article.modified ? <Timestamp dateTime={article.modified} updated format="datetime" /> : null}
            </>
          }
        />
        <ArticleBody>
          <ArticleHtml html={article.html} />
        </ArticleBody>
      </Article>
      {article.jsonLd ? <ArticleJsonLd {...article.jsonLd} /> : null}
    </MaqalProvider>
  );
}
