import { fetchClient } from '../../../shared/api/client';
import { saveBlob } from '../files/fileContent';

/** Fetches the XLSX template with the session's credentials and saves it. */
export async function downloadTemplate(fileName: string): Promise<string> {
  const { data, error } = await fetchClient.GET('/api/graduates/import/template', {
    parseAs: 'blob',
  });
  if (error) throw error;
  saveBlob(data as unknown as Blob, fileName);
  return fileName;
}
