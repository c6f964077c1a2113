/**
 * Loads every web face of maqal/fonts.css before anything is drawn with it. fonts.css is
 * `font-display: optional` (issue 17): a face that is not loaded when text first uses it is never
 * swapped into that page, which is right for readers (nothing moves) but would leave Storybook's
 * first story, screenshot baselines and layout tests in the fallback faces. Designers review and
 * tests measure maqal's own fonts, so Storybook (a loader) and the browser tests (a setup hook)
 * load them first. Faces whose file fails to load are left to their fallback.
 */
export async function loadWebFonts(): Promise<void> {
  void document.documentElement.offsetHeight; // style now, so fonts.css's faces are in document.fonts
  await Promise.all([...document.fonts].filter((face) => !face.family.endsWith(' Fallback')).map((face) => face.load().catch(() => undefined)));
}
