// bench/page's plain JSX page (issue 17): the example article's visible markup written by hand in
// React, with no library: the same text, the same two pictures, five radio buttons that take a
// vote and a back-to-top button. Dates and counts are written out as a hand-made page would print
// them, with the class names a page styled by its own stylesheet carries and the JSON-LD a news page
// gives search engines. The yardstick for maqal's server render and hydration.
import { useEffect, useState } from 'react';
import { article, summaryEn } from '../../../examples/vite-app/src/article';

const paragraphs = (text: string) => text.split('\n\n').map((p) => <p key={p}>{p}</p>);

const jsonLd = {
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: article.headline,
  description: article.standfirst,
  image: ['https://news.example/reading-room.svg'],
  datePublished: '2026-11-28T06:30:00.000Z',
  dateModified: '2026-11-28T13:05:00.000Z',
  author: article.authors.map((a) => ({ '@type': 'Person', name: a.name })),
  articleSection: article.kicker,
  url: 'https://news.example/night-reading-room',
  aggregateRating: { '@type': 'AggregateRating', ratingValue: 4.2, ratingCount: 37, bestRating: 5, worstRating: 1 },
};

function Rating() {
  const [vote, setVote] = useState<number | null>(null);
  return (
    <fieldset className="rating">
      <legend className="rating-label">تقييم القرّاء</legend>
      {[1, 2, 3, 4, 5].map((n) => (
        <label key={n} className="star" data-filled={n <= 4 ? 'full' : 'partial'}>
          <input type="radio" name="rating" value={n} checked={vote === n} onChange={() => setVote(n)} aria-label={`${n} من 5 نجوم`} />
        </label>
      ))}
      <span className="rating-text">
        <span>4.2 من 5</span> <span>37 صوتًا</span>
      </span>
      <span className="rating-status" role="status">{vote === null ? '' : 'شكرًا لتقييمك'}</span>
    </fieldset>
  );
}

function BackToTop() {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const onScroll = () => setShown(window.scrollY > 200);
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, []);
  return (
    <button type="button" className="to-top" aria-label="العودة إلى الأعلى" hidden={!shown} onClick={() => window.scrollTo({ top: 0 })}>
      ↑
    </button>
  );
}

export function PlainApp() {
  return (
    <div lang="ar" dir="rtl">
      <article className="article">
        <header className="article-header">
          <p className="kicker">{article.kicker}</p>
          <h1 className="headline">{article.headline}</h1>
          <p className="standfirst">{article.standfirst}</p>
          <div className="meta">
            <div className="byline">
              بقلم <bdi>{article.authors[0].name}</bdi> و <bdi>{article.authors[1].name}</bdi>
            </div>
            <span className="date">
              نُشر <time dateTime={article.published}>28 نوفمبر 2026 (18 جمادى الآخرة 1448 هـ)</time>
            </span>
            <span className="date">
              آخر تحديث <time dateTime={article.updated}>28 نوفمبر 2026 في 4:05 م</time>
            </span>
            <span className="reading-time">دقيقتان للقراءة</span>
            <Rating />
          </div>
          <figure className="hero">
            <img src={article.hero.src} alt={article.hero.alt} width={article.hero.width} height={article.hero.height} />
            <figcaption>
              {article.hero.caption} <bdi className="credit">{article.hero.credit}</bdi>
            </figcaption>
          </figure>
        </header>
        {paragraphs(article.opening)}
        <figure className="pull-quote">
          <blockquote>{article.pullQuote}</blockquote>
          <figcaption>{article.pullQuoteCite}</figcaption>
        </figure>
        <h2>{article.subheading}</h2>
        {paragraphs(article.rest)}
        <figure>
          <img src={article.figure.src} alt={article.figure.alt} width={article.figure.width} height={article.figure.height} />
          <figcaption>{article.figure.caption}</figcaption>
        </figure>
        <section className="summary" lang="en" dir="ltr">
          <h2>{summaryEn.heading}</h2>
          <div>
            <bdi>{summaryEn.authors[0].name}</bdi>
          </div>
          <span className="reading-time">1 min read</span>
          {paragraphs(summaryEn.text)}
        </section>
      </article>
      {/* "<" escaped, so no "</script>" in a string can end the element early. */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }} />
      <BackToTop />
    </div>
  );
}
