import { fetchClient } from '../../../shared/api/client';

/**
 * The content of a file, fetched with the session's Authorization header (a token never
 * goes into an address). Every download is recorded in the audit log by the API.
 */
export async function fetchFileContent(graduateId: string, fileId: string): Promise<Blob> {
  const { data, error } = await fetchClient.GET(
    '/api/graduates/{graduateId}/files/{fileId}/content',
    { params: { path: { graduateId, fileId } }, parseAs: 'blob' },
  );
  if (error) throw error;
  return data as Blob;
}

/** Hands a blob to the browser's save dialog (the one helper every download shares). */
export { saveBlob } from '../../../shared/files/download';
