import type { UploadFile } from 'antd';
import { LIMITS, SCAN_TYPES } from '../vocabulary';

/** Why a picked scan would be refused, as a dictionary key; null when it fits. */
export function scanProblem(file: File): 'fileTooLarge' | 'fileType' | null {
  if (file.size > LIMITS.scanBytes) return 'fileTooLarge';
  if (!SCAN_TYPES.includes(file.type)) return 'fileType';
  return null;
}

/** The file an antd Upload list holds (one at most). */
export const pickedFile = (list: UploadFile[] | undefined): File | undefined =>
  list?.[0]?.originFileObj;

/** Keeps the last picked file only. */
export const lastFile = (event: { fileList: UploadFile[] }) => event.fileList.slice(-1);
