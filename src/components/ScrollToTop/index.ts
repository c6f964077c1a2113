export { ScrollToTop } from './ScrollToTop.js';
export type { ScrollToTopProps, ElementSource } from './ScrollToTop.js';
