import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { initTheme } from './components/theme.ts';
import './index.css';
import { loadTools } from './store/index.ts';

initTheme();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The command line (its own chunk) comes when the page is idle, or earlier if the terminal is used.
const whenIdle = (fn: () => void) =>
  'requestIdleCallback' in window
    ? window.requestIdleCallback(fn, { timeout: 3000 })
    : setTimeout(fn, 1500);
whenIdle(() => void loadTools());
