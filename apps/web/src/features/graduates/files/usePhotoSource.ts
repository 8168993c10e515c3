import { useQuery } from '@tanstack/react-query';
import { fetchFileContent } from './fileContent';

/** A blob as a data: URL. The API's Content-Security-Policy allows `img-src 'self' data:` only, so blob: URLs would be blocked. */
function asDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsDataURL(blob);
  });
}

/**
 * An image source for a photo of the file. The content is fetched with the session's
 * Authorization header (a token never goes into an address) and kept in memory only while
 * shown (and a minute after).
 */
export function usePhotoSource(graduateId: string, fileId: string) {
  const content = useQuery({
    queryKey: ['graduate-photo-source', graduateId, fileId],
    queryFn: async () => asDataUrl(await fetchFileContent(graduateId, fileId)),
    staleTime: Infinity,
    gcTime: 60_000,
  });
  return { src: content.data ?? null, error: content.error };
}
