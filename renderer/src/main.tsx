import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectApi } from './api-client';
import { App } from './app';
import { initI18n } from './i18n';
import './styles.css';

void initI18n().then(() => {
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App api={connectApi()} />
    </StrictMode>,
  );
});
