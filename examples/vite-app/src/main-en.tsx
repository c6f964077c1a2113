import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import 'maqal/styles.css';
import 'maqal/fonts.css';
import { AppEn } from './AppEn';

const root = document.getElementById('root')!;
const app = (
  <StrictMode>
    <AppEn />
  </StrictMode>
);
// Server-rendered by `npm run build:static`: hydrate that HTML. Built with `npm run build`: render.
if (root.hasChildNodes()) hydrateRoot(root, app);
else createRoot(root).render(app);
