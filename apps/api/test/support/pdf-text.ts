import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/*
 * PDF checks read the text with poppler's `pdftotext`, as a person copying from the
 * document would. CI installs it (.ci/run) and requires it; on a developer machine without
 * it the PDF text tests are skipped with a warning, like the browser tests without Chromium.
 */

const installed = !spawnSync('pdftotext', ['-v']).error;
const required = Boolean(process.env.CI || process.env.REQUIRE_PDFTOTEXT);

if (!installed && !required)
  console.warn(
    'pdftotext is not installed (apt-get install poppler-utils): PDF text tests are skipped',
  );

/** `it` for tests that read PDF text: skipped where pdftotext is missing, unless CI requires it. */
export const itReadsPdf: jest.It = installed || required ? it : it.skip;

/** The text of a PDF, as `pdftotext` extracts it (UTF-8). */
export function pdfText(pdf: Buffer, options: string[] = []): string {
  const file = join(mkdtempSync(join(tmpdir(), 'pdf-')), 'document.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...options, file, '-'], { encoding: 'utf8' });
}
