import type { Schemas } from '@postcare/api-client';

type Kind = Schemas['GraduateFileKind'];

/** What the API accepts (10 MB; photos as images, documents also as PDF). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const DOCUMENT_TYPES = ['application/pdf', ...IMAGE_TYPES];

export const isPhotoKind = (kind: Kind) => kind === 'portrait' || kind === 'full_height';

export const acceptedTypes = (kind: Kind) => (isPhotoKind(kind) ? IMAGE_TYPES : DOCUMENT_TYPES);

/** Why a picked file would be refused, as a dictionary key; null when it fits. */
export function fileProblem(file: File, kind: Kind): 'fileTooLarge' | 'fileType' | null {
  if (file.size > MAX_FILE_BYTES) return 'fileTooLarge';
  if (!acceptedTypes(kind).includes(file.type)) return 'fileType';
  return null;
}

/** A size for people: 2,4 МБ / 350 КБ. */
export function formatSize(bytes: number, language: string): string {
  const format = (value: number) =>
    value.toLocaleString(language === 'en' ? 'en-GB' : 'ru-RU', { maximumFractionDigits: 1 });
  return bytes >= 1024 * 1024
    ? `${format(bytes / 1024 / 1024)} ${language === 'en' ? 'MB' : 'МБ'}`
    : `${format(Math.max(1, Math.round(bytes / 1024)))} ${language === 'en' ? 'KB' : 'КБ'}`;
}
