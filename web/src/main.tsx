import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { firstPageLoaded } from './router';

// One render, once the first page has its code and data (router.tsx); until then index.html's loading line shows.
void firstPageLoaded().then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
