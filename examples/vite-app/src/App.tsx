import { ArticleBody, ArticleHeader, ArticleJsonLd, Byline, MaqalProvider, PullQuote, ReadingTime, ScrollToTop, StarRating, Timestamp } from 'maqal';
import { article } from './article';

// A fake vote endpoint: answers after a short delay, as a real one would.
const rate = (stars: number) => new Promise<void>((resolve) => setTimeout(() => resolve(void stars), 300));

export function App() {
  return (
    <MaqalProvider locale="ar" timeZone="Asia/Riyadh">
      <main style={{ maxInlineSize: '48rem', marginInline: 'auto', padding: '1rem' }}>
        <article>
          <ArticleHeader
            kicker={article.kicker}
            headline={article.headline}
            standfirst={article.standfirst}
            media={article.hero}
            meta={
              <>
                <Byline authors={article.authors} />
                <Timestamp dateTime={article.published} published format="date" timeZone="Asia/Riyadh" secondaryCalendar="islamic-umalqura" />
                <Timestamp dateTime={article.updated} updated format="relative" timeZone="Asia/Riyadh" />
                <ReadingTime text={article.body} />
                <StarRating average={4.2} count={37} onRate={rate} />
              </>
            }
          />
          <ArticleBody>
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
    </MaqalProvider>
  );
}
