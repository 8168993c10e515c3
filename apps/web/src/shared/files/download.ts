/** Characters no file system accepts in a name (a contract number such as ДС-2026/7 has one). */
const UNSAFE = /[/\\:*?"<>|]/g;

/** A name the browser can save as is: unsafe and control characters become "_". */
export function safeFileName(name: string): string {
  const printable = Array.from(name, (char) => (char.charCodeAt(0) < 32 ? '_' : char)).join('');
  return printable.replace(UNSAFE, '_').trim() || 'document';
}

/**
 * The name the server gave a download: the exact (Russian) one of `filename*` (RFC 5987),
 * else the ASCII `filename`, else the fallback.
 */
export function fileNameFrom(response: Response, fallback: string): string {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (extended) {
    try {
      return safeFileName(decodeURIComponent(extended.trim()));
    } catch {
      // a malformed encoding: fall back to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition)?.[1];
  return safeFileName(plain ?? fallback);
}

/** Hands a blob to the browser's save dialog, then lets it go. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

interface BlobAnswer {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/**
 * Saves a file the API answered (requested through the API client, so the session's token
 * goes in a header, never in an address). A refusal arrives as problem+json and is thrown.
 * Resolves to the name the file was saved under.
 */
export async function saveDownload(answer: Promise<BlobAnswer>, fallback: string): Promise<string> {
  const { data, error, response } = await answer;
  if (!response.ok || !(data instanceof Blob)) {
    throw error ?? new Error(`HTTP ${response.status}`);
  }
  const name = fileNameFrom(response, fallback);
  saveBlob(data, name);
  return name;
}
