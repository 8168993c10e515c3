import { DOCX_MIME, PDF_MIME, XLSX_MIME } from './mime';

/**
 * The real type of an uploaded file, read from its first bytes (the "magic numbers"), not
 * from the name or the type the browser declared. Only the types the API accepts are
 * named; anything else is `undefined`. DOCX and XLSX are ZIP archives told apart by the
 * names of their parts, which ZIP stores uncompressed.
 */
export function detectFileType(content: Buffer): string | undefined {
  const starts = (bytes: number[], at = 0) => bytes.every((b, i) => content[at + i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return PDF_MIME; // %PDF-
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  if (starts([0x50, 0x4b, 0x03, 0x04])) {
    if (content.includes('[Content_Types].xml')) {
      if (content.includes('word/')) return DOCX_MIME;
      if (content.includes('xl/')) return XLSX_MIME;
    }
  }
  return undefined;
}

/** The file name extensions each accepted type may carry. */
export const EXTENSIONS: Record<string, string[]> = {
  [PDF_MIME]: ['pdf'],
  'image/jpeg': ['jpg', 'jpeg', 'jfif'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  [DOCX_MIME]: ['docx'],
  [XLSX_MIME]: ['xlsx'],
};
