import { StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { contentDisposition } from './content-disposition';

export interface RenderedDocument {
  content: Buffer;
  mimeType: string;
  fileName: string;
}

/** A rendered document as the download answer: personal data, so never cached; a Russian file name. */
export function documentFile(doc: RenderedDocument, res: Response): StreamableFile {
  res.setHeader('Cache-Control', 'private, no-store');
  return new StreamableFile(doc.content, {
    type: doc.mimeType,
    length: doc.content.length,
    disposition: contentDisposition(doc.fileName),
  });
}
