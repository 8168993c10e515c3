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
    // Ant Design (with the DatePicker, Steps, Drawer … now in use) is ~1.1 MB minified, ~360 kB
    // gzip; it is one long-cached file, so the warning is set just above it.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate files stay cached across releases.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/,
            },
            {
              name: 'antd',
              test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+)[\\/]/,
            },
            // Everything else, except the chart library and what only it uses: those stay
            // in the chunk of the monitoring charts, loaded when a chart is shown.
            {
              name: 'vendor',
              test: /node_modules[\\/](?!(recharts|victory-vendor|d3-[^\\/]+|internmap|@reduxjs|react-redux|redux|redux-thunk|reselect|immer|decimal\.js-light|eventemitter3|es-toolkit|tiny-invariant)[\\/])/,
            },
          ],
        },
      },
    },
  },
  server: {
    port: 4200,
    proxy: { '/api': 'http://localhost:3000' },
  },
});
