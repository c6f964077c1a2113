import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Library build: one ES module per source module (preserveModules), so that a client
// component's "use client" directive stays at the top of its own file and server components
// can import the static ones without pulling client code. Three entry points: maqal, maqal/html
// (the HTML body and its parser) and maqal/wordpress; parse5 stays a dependency the app's bundler
// resolves (one copy, shared with anything else that uses it), never copied into dist/.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    lib: { entry: { index: 'src/index.ts', html: 'src/html.ts', wordpress: 'src/wordpress.ts' }, formats: ['es'] },
    rolldownOptions: {
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^parse5($|\/)/],
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
});
