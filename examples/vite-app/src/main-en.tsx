import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'maqal/styles.css';
import 'maqal/fonts.css';
import { AppEn } from './AppEn';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppEn />
  </StrictMode>,
);
