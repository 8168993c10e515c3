import 'antd/dist/reset.css';
import './shared/i18n/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { restoreSession } from './shared/api/restoreSession';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

void restoreSession();
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
