// A Server Component: ArticleHeader (with its Kicker, Headline, Standfirst and meta row), Byline,
// the absolute Timestamp, ReadingTime, ArticleBody, PullQuote and ArticleJsonLd render here and
// ship no JavaScript; StarRating, ScrollToTop and the relative Timestamp hydrate on the client.
import { ArticleBody, ArticleHeader, ArticleJsonLd, Byline, PullQuote, ReadingTime, ScrollToTop, Timestamp } from 'maqal';
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
          media={article.hero}
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
          <ArticleBody.Text text={article.opening} />
          <PullQuote cite={article.pullQuoteCite}>{article.pullQuote}</PullQuote>
          <h2>{article.subheading}</h2>
          <ArticleBody.Text text={article.rest} />
          <figure>
            <img src={article.figure.src} alt={article.figure.alt} width={article.figure.width} height={article.figure.height} />
            <figcaption>{article.figure.caption}</figcaption>
          </figure>
        </ArticleBody>
      </article>
      <ArticleJsonLd
        headline={article.headline}
        description={article.standfirst}
        authors={article.authors.map((a) => a.name)}
        datePublished={article.published}
        dateModified={article.updated}
        section={article.kicker}
        image={article.hero.src}
        url="https://news.example/night-reading-room"
        rating={{ value: 4.2, votes: 37 }}
      />
      <ScrollToTop threshold={200} />
    </main>
  );
}
