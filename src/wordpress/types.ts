/*
 * The parts of a WordPress REST API post this adapter reads (GET /wp/v2/posts/<id>?_embed), as the
 * REST API Handbook documents them (developer.wordpress.org/rest-api/reference/posts/,
 * /media/, /users/, /categories/). Every field is optional here: a site may remove fields
 * (`_fields`), plugins change them, and an embedded item the reader may not see is an error
 * object ({ code, message, data }) in its place.
 */

/** A field WordPress renders to HTML: `title`, `content`, `excerpt`, `caption`. */
export interface WordPressRendered {
  /** HTML (character references in a title: "&#8220;", "&amp;"). */
  rendered?: string;
  /** True for a password-protected post: `rendered` is then empty. */
  protected?: boolean;
}

/** An embedded author (`_embedded.author[]`, the user in `embed` context). */
export interface WordPressAuthor {
  id?: number;
  /** Display name. */
  name?: string;
  /** The author's own website, from the profile. */
  url?: string;
  /** The author's archive page on the site. */
  link?: string;
  slug?: string;
  /** Avatar URLs by size in pixels: { "24": …, "48": …, "96": … }. */
  avatar_urls?: Record<string, string>;
}

/** An embedded term (`_embedded["wp:term"][][]`): a category or a tag. */
export interface WordPressTerm {
  id?: number;
  /** The term's archive page. */
  link?: string;
  /** The name, HTML-escaped ("أخبار &amp; تقارير"). */
  name?: string;
  slug?: string;
  /** `category`, `post_tag`, or a custom taxonomy. */
  taxonomy?: string;
}

/** Sizes WordPress generated for an image (`media_details.sizes.large`…). */
export interface WordPressImageSize {
  source_url?: string;
  width?: number;
  height?: number;
  mime_type?: string;
}

/** An embedded attachment (`_embedded["wp:featuredmedia"][]`). */
export interface WordPressMedia {
  id?: number;
  source_url?: string;
  /** The image's alternative text. */
  alt_text?: string;
  caption?: WordPressRendered;
  media_type?: string;
  mime_type?: string;
  media_details?: {
    width?: number;
    height?: number;
    sizes?: Record<string, WordPressImageSize>;
    /** Metadata read from the file (IPTC/EXIF): `credit` and `copyright` name the photographer or agency. */
    image_meta?: { credit?: string; copyright?: string; caption?: string };
  };
}

/** A post from the WordPress REST API, fetched with `_embed`. */
export interface WordPressPost {
  id?: number;
  /** Publication date in the site's time zone, without an offset. */
  date?: string | null;
  /** Publication date in UTC, without an offset ("2026-11-28T06:30:00"); null for drafts. */
  date_gmt?: string | null;
  modified?: string;
  /** Last modification in UTC, without an offset. */
  modified_gmt?: string;
  slug?: string;
  status?: string;
  /** The post's URL on the site. */
  link?: string;
  title?: WordPressRendered;
  content?: WordPressRendered;
  excerpt?: WordPressRendered;
  author?: number;
  featured_media?: number;
  /** Category ids, in the order they were assigned. */
  categories?: number[];
  tags?: number[];
  _embedded?: {
    author?: WordPressAuthor[];
    'wp:featuredmedia'?: WordPressMedia[];
    /** One array per taxonomy: categories, then tags, then custom taxonomies. */
    'wp:term'?: WordPressTerm[][];
  };
}
