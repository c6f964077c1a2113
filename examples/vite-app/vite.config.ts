import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Two pages: the Arabic article (index.html) and the English one (en.html).
export default defineConfig({
  plugins: [react()],
  build: { rolldownOptions: { input: { main: 'index.html', en: 'en.html' } } },
});
