import { Article, ArticleBody, ArticleHeader, ArticleJsonLd, Byline, MaqalProvider, PullQuote, ReadingTime, ScrollToTop, StarRating, Timestamp } from 'maqal';
import { article, summaryEn } from './article';

// A fake vote endpoint: answers after a short delay, as a real one would.
const rate = (stars: number) => new Promise<void>((resolve) => setTimeout(() => resolve(void stars), 300));

// One provider sets the language, time zone and digits for every part, static ones included; the
// English summary is an island with a provider of its own. `now` is the time the page was rendered
// on the server (npm run build:static), so that the relative time hydrates with the same words.
export function App({ now }: { now?: string }) {
  return (
    <MaqalProvider locale="ar" timeZone="Asia/Riyadh">
      <Article>
        <ArticleHeader
          kicker={article.kicker}
          headline={article.headline}
          standfirst={article.standfirst}
          media={article.hero}
          meta={
            <>
              <Byline authors={article.authors} />
              <Timestamp dateTime={article.published} published format="date" secondaryCalendar="islamic-umalqura" />
              <Timestamp dateTime={article.updated} updated format="relative" now={now} />
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
          <MaqalProvider locale="en">
            <section data-island="en">
              <h2>{summaryEn.heading}</h2>
              <Byline authors={summaryEn.authors} />
              <ReadingTime text={summaryEn.text} />
              <ArticleBody.Text text={summaryEn.text} />
            </section>
          </MaqalProvider>
        </ArticleBody>
      </Article>
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
    </MaqalProvider>
  );
}
