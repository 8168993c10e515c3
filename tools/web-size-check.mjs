#!/usr/bin/env node
/**
 * How much JavaScript a browser must fetch before a page can show, from the built SPA
 * (apps/web/dist, built with `build.manifest: true`). A page's initial JavaScript is the
 * entry chunk with everything it imports statically, plus the lazy chunks of the page's
 * route (and their static imports). Sizes are gzip (level 9) of the files as built, so the
 * result is the same on every machine.
 *
 * Exits 1 when a page is over its budget; prints a table either way.
 * Usage: node tools/web-size-check.mjs [distDir]
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(process.argv[2] ?? join(root, 'apps/web/dist'));
const KB = 1000;

/**
 * The pages that matter most on a slow phone line, with their budgets (gzip): the check
 * fails above `budget` (docs/performance.md, «SPA weight»). A page may name a `target`
 * below its budget while it is on its way there. `lazy` are the source modules the route
 * loads on demand before the page can show (keys of the Vite manifest); missing keys (the
 * module is not split out) are ignored, as its code is then in the entry already.
 */
export const PAGES = [
  // The login page is part of the entry chunk.
  { name: 'login', lazy: [], budget: 200 * KB },
  {
    name: 'graduates list',
    lazy: [
      'src/app/auth/RequireSignIn.tsx',
      'src/app/layout/AppLayout.tsx',
      'src/features/graduates/GraduatesPage.tsx',
      // Texts of the namespaces the page and the layout ask for (shared/i18n/i18n.ts): the
      // header's bell and «Зарегистрировать обращение» ask for theirs.
      'src/features/graduates/i18n/ru.json',
      'src/features/notifications/i18n/ru.json',
      'src/features/appeals/i18n/ru.json',
    ],
    budget: 300 * KB,
  },
];

export function loadManifest(dir) {
  const file = join(dir, '.vite/manifest.json');
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: build the web app first (build.manifest must be on)`);
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The JS files of the given manifest keys and of everything they import statically. */
export function staticClosure(manifest, keys) {
  const files = new Set();
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    const chunk = manifest[key];
    if (chunk.file.endsWith('.js')) files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return files;
}

export function measurePages(dir, pages = PAGES) {
  const manifest = loadManifest(dir);
  const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
  if (entries.length === 0) throw new Error('the manifest has no entry chunk');
  const sizeOf = new Map();
  const size = (file) => {
    if (!sizeOf.has(file)) {
      const bytes = readFileSync(join(dir, file));
      sizeOf.set(file, { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
    }
    return sizeOf.get(file);
  };
  return pages.map((page) => {
    const files = [...staticClosure(manifest, [...entries, ...page.lazy])];
    const raw = files.reduce((sum, file) => sum + size(file).raw, 0);
    const gzip = files.reduce((sum, file) => sum + size(file).gzip, 0);
    const gzipOf = Object.fromEntries(files.map((file) => [file, size(file).gzip]));
    return { ...page, files, gzipOf, raw, gzip, ok: gzip <= page.budget };
  });
}

function main() {
  const results = measurePages(dist);
  const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
  console.table(
    Object.fromEntries(
      results.map((r) => [
        r.name,
        {
          files: r.files.length,
          raw: kb(r.raw),
          gzip: kb(r.gzip),
          budget: kb(r.budget),
          target: kb(r.target ?? r.budget),
          result: r.ok ? 'ok' : 'OVER',
        },
      ]),
    ),
  );
  const over = results.filter((r) => !r.ok);
  if (over.length) {
    for (const r of over) {
      const sizeOf = (file) => r.gzipOf[file];
      console.error(`${r.name}: ${kb(r.gzip)} gzip is over the ${kb(r.budget)} budget`);
      const largestFirst = [...r.files].sort((a, b) => sizeOf(b) - sizeOf(a));
      for (const file of largestFirst) console.error(`  ${kb(sizeOf(file)).padStart(9)}  ${file}`);
    }
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
