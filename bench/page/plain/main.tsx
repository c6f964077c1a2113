import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { PlainApp } from './PlainApp';

const root = document.getElementById('root')!;
const app = (
  <StrictMode>
    <PlainApp />
  </StrictMode>
);
if (root.hasChildNodes()) hydrateRoot(root, app);
else createRoot(root).render(app);
