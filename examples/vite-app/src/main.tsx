import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import 'maqal/styles.css';
import 'maqal/fonts.css';
import { App } from './App';

const root = document.getElementById('root')!;
const app = (
  <StrictMode>
    <App now={root.dataset.now} />
  </StrictMode>
);
// Server-rendered by `npm run build:static`: hydrate that HTML. Built with `npm run build`: render.
if (root.hasChildNodes()) hydrateRoot(root, app);
else createRoot(root).render(app);
