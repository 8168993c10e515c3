import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { baseUrl, rawApi } from './support/api';

/** The web build the API serves by default (apps/web/dist); built by `npm test` first. */
const dist = join(__dirname, '../../web/dist');
const built = existsSync(join(dist, 'index.html'));
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The largest script of the build: it has .gz and .br copies. */
function largestScript(): string {
  const assets = readdirSync(join(dist, 'assets')).filter((name) => name.endsWith('.js'));
  const size = (name: string) => readFileSync(join(dist, 'assets', name)).length;
  return assets.sort((a, b) => size(b) - size(a))[0];
}

/** The bytes as sent: supertest and fetch would decompress them. */
function download(
  path: string,
  acceptEncoding: string,
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((done, fail) => {
    get(new URL(path, baseUrl()), { headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    }).on('error', fail);
  });
}

(built ? describe : describe.skip)('the built SPA as served', () => {
  it('sends brotli to browsers that accept it, with the script type and Vary', async () => {
    const name = largestScript();
    const res = await download(`/assets/${name}`, 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    const original = readFileSync(join(dist, 'assets', name));
    expect(brotliDecompressSync(res.body).equals(original)).toBe(true);
    expect(Number(res.headers['content-length'])).toBeLessThan(original.length / 2);
  });

  it('sends gzip when brotli is not accepted, and the file itself when neither is', async () => {
    const name = largestScript();
    const original = readFileSync(join(dist, 'assets', name));
    const gzip = await download(`/assets/${name}`, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers.vary).toMatch(/Accept-Encoding/i);
    expect(gunzipSync(gzip.body).equals(original)).toBe(true);

    const plain = await download(`/assets/${name}`, 'identity');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/Accept-Encoding/i);
    expect(plain.body.equals(original)).toBe(true);
    expect(plain.headers['cache-control']).toBe(IMMUTABLE);
  });

  it('has index.html revalidated on every visit, compressed, for every client-side route', async () => {
    for (const path of ['/', '/graduates', '/admin/users']) {
      const res = await rawApi().get(path).set('Accept-Encoding', 'gzip');
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['content-encoding']).toBe('gzip');
      expect(res.text).toContain('<div id="root">');
    }
    const direct = await rawApi().get('/index.html');
    expect(direct.headers['cache-control']).toBe('no-cache');
  });

  it('answers a revalidation of index.html with 304', async () => {
    const first = await rawApi().get('/').set('Accept-Encoding', 'br');
    const again = await rawApi()
      .get('/')
      .set('Accept-Encoding', 'br')
      .set('If-None-Match', first.headers.etag);
    expect(again.status).toBe(304);
  });

  it('gives 404 for a missing asset, the build manifest and paths outside the build', async () => {
    expect((await rawApi().get('/assets/missing-0000.js')).status).toBe(404);
    expect((await rawApi().get('/.vite/manifest.json')).status).toBe(404);
    expect((await rawApi().get('/assets/..%2F..%2Fpackage.json')).status).toBe(404);
    expect((await rawApi().get('/%2e%2e/%2e%2e/package.json')).status).toBe(404);
  });

  it('leaves the API to the API', async () => {
    const res = await rawApi().get('/api/health').set('Accept-Encoding', 'br');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).not.toBe(IMMUTABLE);
  });
});
