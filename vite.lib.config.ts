import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Library build: one ES module per source module (preserveModules), so that a client
// component's "use client" directive stays at the top of its own file and server components
// can import the static ones without pulling client code.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    lib: { entry: 'src/index.ts', formats: ['es'] },
    rolldownOptions: {
      external: [/^react($|\/)/, /^react-dom($|\/)/],
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
});
