import react from '@vitejs/plugin-react';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const apiClientEntry = fileURLToPath(
  new URL('../../libs/api-client/src/index.ts', import.meta.url),
);
const domainEntry = fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url));

/**
 * Writes a .gz and a .br beside every text file of the build, so the server sends the
 * compressed copy the browser accepts without compressing on each request (the API serves
 * them, see serveSpa in apps/api/src/http-app.ts). Node's own zlib does both, at the
 * strongest levels: it runs once per build.
 */
function precompress(): Plugin {
  const compressible = /\.(js|css|html|svg|json|txt)$/;
  return {
    name: 'postcare:precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const outDir = options.dir ?? '';
      const writes = Object.values(bundle)
        .filter((file) => compressible.test(file.fileName) && !file.fileName.startsWith('.'))
        .flatMap((file) => {
          const source = file.type === 'chunk' ? file.code : file.source;
          const bytes = typeof source === 'string' ? Buffer.from(source) : Buffer.from(source);
          if (bytes.length < 1024) return [];
          const path = join(outDir, file.fileName);
          return [
            writeFile(`${path}.gz`, gzipSync(bytes, { level: 9 })),
            writeFile(
              `${path}.br`,
              brotliCompressSync(bytes, {
                params: {
                  [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
                  [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length,
                },
              }),
            ),
          ];
        });
      await Promise.all(writes);
    },
  };
}

export default defineConfig({
  root: webRoot,
  // Keep the dependency cache with the workspace's node_modules, not inside the app.
  cacheDir: fileURLToPath(new URL('../../node_modules/.vite/web', import.meta.url)),
  plugins: [react(), precompress()],
  resolve: {
    alias: { '@postcare/api-client': apiClientEntry, '@postcare/domain': domainEntry },
  },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // tools/web-size-check.mjs reads which chunks each page loads from here.
    manifest: true,
  },
  server: {
    port: 4200,
    proxy: { '/api': 'http://localhost:3000' },
  },
});
