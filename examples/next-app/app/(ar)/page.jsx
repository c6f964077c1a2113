// A Server Component. One MaqalProvider sets the language, time zone, digits and message
// overrides for every part: React Server Components have no context, so the provider (a server
// component too) hands its settings to the maqal parts written inside it. ArticleHeader, Byline,
// the absolute Timestamp, ReadingTime, ArticleBody, PullQuote and ArticleJsonLd render here and
// ship no JavaScript; StarRating, ScrollToTop and the relative Timestamp hydrate on the client.
import { Article, ArticleBody, ArticleHeader, ArticleJsonLd, Byline, MaqalProvider, PullQuote, ReadingTime, ScrollToTop, Timestamp } from 'maqal';
import { article, summaryEn } from '../article';
import { ArticleRating } from '../ArticleRating';

export default function Page() {
  const now = new Date().toISOString(); // the server's "now", so the first client render matches
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
              <ArticleRating average={4.2} count={37} />
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
          {/* An English island: a provider of its own. */}
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
