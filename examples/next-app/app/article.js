// Sample article written for the maqal examples (an invented story).
const paragraphs = [
  'افتتحت مكتبة الحيّ القديم مساء الأحد قاعة جديدة للقراءة الليلية تبقى مفتوحة حتى منتصف الليل، في تجربة تقول إدارة المكتبة إنها ستستمر ستة أشهر قبل تقييمها.',
  'وقالت مديرة المكتبة سلمى النجّار: «كثير من قرّائنا يعملون نهارًا، ولا يجدون مكانًا هادئًا للقراءة إلا بعد الثامنة مساءً»، مضيفةً أن القاعة تضم 60 مقعدًا وشبكة إنترنت مجانية.',
  'وتعتمد القاعة على نظام حجز إلكتروني بسيط عبر موقع المكتبة، فيما تُخصَّص عشرة مقاعد للزوار من دون حجز مسبق، بحسب بيان نشرته البلدية باللغتين العربية والإنجليزية (PDF).',
  'وسجّلت المكتبة في الأسبوع الأول 412 زيارة مسائية، أكثر من نصفها بعد العاشرة ليلًا، وفق أرقام أولية نشرتها الإدارة يوم الخميس.',
  'ويقول يوسف الخطيب، وهو طالب هندسة يسكن على بُعد شارعين: «البيت مزدحم والمقاهي صاخبة؛ هنا أستطيع أن أذاكر ثلاث ساعات متواصلة».',
  'وتدرس البلدية توسيع التجربة إلى مكتبتين أخريين في الربيع المقبل إن نجحت، على أن تنشر نتائج التقييم في تقرير مفصّل قبل نهاية حزيران/يونيو 2027.',
];

export const article = {
  kicker: 'ثقافة ومجتمع',
  headline: 'مكتبة الحيّ القديم تفتح قاعة للقراءة الليلية حتى منتصف الليل',
  standfirst: 'تجربة تستمر ستة أشهر، وتستقبل الطلاب والعاملين في المساء مع 60 مقعدًا وشبكة إنترنت مجانية.',
  authors: [{ name: 'ليلى حداد' }, { name: 'Omar Al-Fassi' }],
  published: '2026-11-28T06:30:00Z',
  updated: '2026-11-28T13:05:00Z',
  /** The hero figure, from the app's public folder. */
  hero: {
    src: '/reading-room.svg',
    alt: 'رسم لقاعة القراءة ليلًا: رفوف كتب على الجانبين، ونافذة يطلّ منها القمر، ومصابيح على طاولة طويلة',
    caption: 'قاعة القراءة الليلية في مكتبة الحيّ القديم.',
    credit: 'رسم توضيحي: فريق maqal',
    width: 1200,
    height: 675,
  },
  pullQuote: 'كثير من قرّائنا يعملون نهارًا، ولا يجدون مكانًا هادئًا للقراءة إلا بعد الثامنة مساءً',
  pullQuoteCite: 'سلمى النجّار، مديرة المكتبة',
  subheading: 'أرقام الأسبوع الأول',
  figure: {
    src: '/seating-plan.svg',
    alt: 'مخطط القاعة: صفّ من المقاعد بالحجز، وطاولات القراءة، وصفّ من عشرة مقاعد للزوار من دون حجز',
    caption: 'المقاعد الستون: خمسون بالحجز الإلكتروني، وعشرة للزوار من دون حجز مسبق.',
    width: 1200,
    height: 600,
  },
  /** The body before and after the pull quote and sub-heading. */
  opening: paragraphs.slice(0, 3).join('\n\n'),
  rest: paragraphs.slice(3).join('\n\n'),
  /** The whole body, for the reading time. */
  body: paragraphs.join('\n\n'),
};

/** The English island on the Arabic page: a short summary for English readers. */
export const summaryEn = {
  heading: 'In English',
  authors: [{ name: 'Omar Al-Fassi' }],
  text: 'The Old Quarter library has opened a night reading room that stays open until midnight, a six-month trial with 60 seats and free Wi-Fi. In its first week it logged 412 evening visits, more than half of them after 10 pm.',
};

/** The English page, and the Arabic island on it. */
export const articleEn = {
  kicker: 'Culture',
  headline: 'Old Quarter library opens a reading room until midnight',
  standfirst: 'A six-month trial for students and evening workers, with 60 seats and free Wi-Fi.',
  authors: [{ name: 'Omar Al-Fassi' }, { name: 'ليلى حداد' }],
  published: '2026-11-28T06:30:00Z',
  body: [
    'The library in the Old Quarter opened a new night reading room on Sunday evening. It stays open until midnight, in a trial the library says will run for six months before it is reviewed.',
    'Seats are booked through the library’s website, and ten of the 60 are kept for walk-in visitors. In the first week the room logged 412 evening visits, more than half of them after 10 pm.',
  ].join('\n\n'),
};

export const summaryAr = {
  heading: 'بالعربية',
  authors: [{ name: 'ليلى حداد' }],
  text: 'افتتحت مكتبة الحيّ القديم قاعة للقراءة الليلية تبقى مفتوحة حتى منتصف الليل، في تجربة لستة أشهر تضم 60 مقعدًا، وسجّلت 412 زيارة مسائية في أسبوعها الأول.',
};
