import { Article, ArticleBody, ArticleHeader, Byline, MaqalProvider, ReadingTime, Timestamp } from 'maqal';
import { articleEn, summaryAr } from './article';

// The English page: the same parts, one provider set to English, and an Arabic island.
export function AppEn() {
  return (
    <MaqalProvider locale="en" timeZone="Asia/Riyadh">
      <Article>
        <ArticleHeader
          kicker={articleEn.kicker}
          headline={articleEn.headline}
          standfirst={articleEn.standfirst}
          meta={
            <>
              <Byline authors={articleEn.authors} />
              <Timestamp dateTime={articleEn.published} published format="date" />
              <ReadingTime text={articleEn.body} />
            </>
          }
        />
        <ArticleBody>
          <ArticleBody.Text text={articleEn.body} />
          <MaqalProvider locale="ar">
            <section data-island="ar">
              <h2>{summaryAr.heading}</h2>
              <Byline authors={summaryAr.authors} />
              <ReadingTime text={summaryAr.text} />
              <ArticleBody.Text text={summaryAr.text} />
            </section>
          </MaqalProvider>
        </ArticleBody>
      </Article>
    </MaqalProvider>
  );
}
