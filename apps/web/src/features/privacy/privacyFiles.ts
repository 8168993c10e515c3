import { fetchClient } from '../../shared/api/client';
import { saveBlob, saveDownload } from '../../shared/files/download';

/** Downloads go through the API client, so the token travels in a header; the API logs each. */
export function downloadExportPdf(graduateId: string) {
  return saveDownload(
    fetchClient.GET('/api/graduates/{graduateId}/personal-data/export.pdf', {
      params: { path: { graduateId } },
      parseAs: 'blob',
    }),
    'Сведения о персональных данных.pdf',
  );
}

export async function downloadExportJson(graduateId: string): Promise<string> {
  const { data, error, response } = await fetchClient.GET(
    '/api/graduates/{graduateId}/personal-data/export.json',
    { params: { path: { graduateId } } },
  );
  if (!response.ok || !data) throw error ?? new Error(`HTTP ${response.status}`);
  const name = 'personal-data.json';
  saveBlob(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), name);
  return name;
}

export function downloadConsentForm(graduateId: string, consentId: string) {
  return saveDownload(
    fetchClient.GET('/api/graduates/{graduateId}/consents/{consentId}/form', {
      params: { path: { graduateId, consentId } },
      parseAs: 'blob',
    }),
    'Согласие.pdf',
  );
}

export function downloadDestructionAct(id: string) {
  return saveDownload(
    fetchClient.GET('/api/privacy/retention/acts/{id}/document', {
      params: { path: { id } },
      parseAs: 'blob',
    }),
    'Акт об уничтожении.pdf',
  );
}
