// A Server Component: ArticleHeader, Byline, ArticleBody and the absolute Timestamp render here
// and ship no JavaScript; StarRating, ScrollToTop and the relative Timestamp hydrate on the client.
import { ArticleBody, ArticleHeader, ArticleJsonLd, Byline, ReadingTime, ScrollToTop, Timestamp } from 'maqal';
import { article } from './article';
import { ArticleRating } from './ArticleRating';

export default function Page() {
  const now = new Date().toISOString(); // the server's "now", so the first client render matches
  return (
    <main style={{ maxInlineSize: '48rem', marginInline: 'auto', padding: '1rem' }}>
      <article>
        <ArticleHeader
          locale="ar"
          kicker={article.kicker}
          headline={article.headline}
          standfirst={article.standfirst}
          meta={
            <>
              <Byline locale="ar" authors={article.authors} />
              <Timestamp locale="ar" dateTime={article.published} published format="date" timeZone="Asia/Riyadh" secondaryCalendar="islamic-umalqura" />
              <Timestamp locale="ar" dateTime={article.updated} updated format="relative" now={now} timeZone="Asia/Riyadh" />
              <ReadingTime locale="ar" text={article.body} />
              <ArticleRating locale="ar" average={4.2} count={37} />
            </>
          }
        />
        <ArticleBody lang="ar">
          <ArticleBody.Text text={article.body} />
        </ArticleBody>
      </article>
      <ArticleJsonLd
        headline={article.headline}
        description={article.standfirst}
        authors={article.authors.map((a) => a.name)}
        datePublished={article.published}
        dateModified={article.updated}
        url="https://news.example/night-reading-room"
        rating={{ value: 4.2, votes: 37 }}
      />
      <ScrollToTop threshold={200} />
    </main>
  );
}
