// examples/vite-app/vite.config.ts plus the preload recipe of the README (issue 17): run.mjs builds
// a second copy of the example with this config, to check the recipe and measure what it buys.
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Preloads the maqal font files a page's first screen needs. Vite renames the files it copies
 * (noto-naskh-arabic-arabic-700-normal-<hash>.woff2), so the plugin finds them in the build.
 */
function preloadFonts(names: string[]): Plugin {
  let base = '/';
  return {
    name: 'preload-maqal-fonts',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        return Object.keys(ctx.bundle ?? {})
          .filter((file) => file.endsWith('.woff2') && names.some((name) => file.includes(`/${name}-`)))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'font', type: 'font/woff2', href: `${base}${file}`, crossorigin: '' },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

export default defineConfig({
  // An Arabic article: the headline (700) and the text (400) in Noto Naskh Arabic.
  plugins: [react(), preloadFonts(['noto-naskh-arabic-arabic-700-normal', 'noto-naskh-arabic-arabic-400-normal'])],
  build: { rolldownOptions: { input: { main: 'index.html', en: 'en.html' } } },
});
