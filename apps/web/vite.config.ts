import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const apiClientEntry = fileURLToPath(
  new URL('../../libs/api-client/src/index.ts', import.meta.url),
);

export default defineConfig({
  root: webRoot,
  // Keep the dependency cache with the workspace's node_modules, not inside the app.
  cacheDir: fileURLToPath(new URL('../../node_modules/.vite/web', import.meta.url)),
  plugins: [react()],
  resolve: {
    alias: { '@postcare/api-client': apiClientEntry },
  },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    manifest: true,
  },
  server: {
    port: 4200,
    proxy: { '/api': 'http://localhost:3000' },
  },
});
