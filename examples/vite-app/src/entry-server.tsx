import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './App';
import { AppEn } from './AppEn';

// Server rendering of the two pages, for `npm run build:static` (prerender.js): the HTML is in the
// page before any JavaScript runs, and main.tsx hydrates it. The same elements as main.tsx renders.
export function render(page: 'ar' | 'en', now: string): string {
  return renderToString(<StrictMode>{page === 'en' ? <AppEn /> : <App now={now} />}</StrictMode>);
}
