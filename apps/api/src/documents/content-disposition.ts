/**
 * `Content-Disposition` of a download with a Russian file name (RFC 6266): an ASCII
 * `filename` for old clients and the exact name as UTF-8 in `filename*` (RFC 5987).
 */

const TRANSLIT: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

function transliterate(char: string): string {
  const lower = char.toLowerCase();
  const latin = TRANSLIT[lower];
  if (latin === undefined) return char;
  return char === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
}

/** Printable ASCII without quotes, backslashes, slashes and `%` (some clients decode it). */
export function asciiFileName(fileName: string): string {
  const ascii = Array.from(fileName.normalize('NFC'), transliterate)
    .join('')
    .replace(/[^\x20-\x7e]|["\\%/]/g, '_')
    .trim();
  return ascii || 'document';
}

/** RFC 5987 `value-chars`: everything but `attr-char` percent-encoded. */
const encodeRfc5987 = (value: string) =>
  encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

export function contentDisposition(fileName: string): string {
  const name = fileName.replace(/[\r\n]+/g, ' ');
  return `attachment; filename="${asciiFileName(name)}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}
