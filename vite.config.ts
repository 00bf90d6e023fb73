import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

// Monaco and monaco-yaml are bundled (never fetched from a CDN) and only reach the browser through
// the lazily loaded editor chunk; see src/features/editor/monacoSetup.ts.
export default defineConfig({
  plugins: [react(), tailwindcss()],
  // Relative asset URLs so the built app also works from a sub-path or a file server.
  base: './',
  worker: { format: 'es' },
  optimizeDeps: {
    // Without this the dev server discovers the worker late and reloads the page the first time
    // the editor opens.
    include: ['monaco-yaml/yaml.worker.js'],
  },
  build: {
    target: 'es2022',
    // Monaco is one large lazy chunk by design; keep the warning for the main bundle meaningful.
    chunkSizeWarningLimit: 4096,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
