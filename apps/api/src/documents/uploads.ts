import {
  CallHandler,
  ExecutionContext,
  Injectable,
  mixin,
  NestInterceptor,
  PayloadTooLargeException,
  Type,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Observable } from 'rxjs';
import { AppConfig } from '../config/app-config';
import { DomainError } from '../common/problem/domain-error';
import { detectFileType, EXTENSIONS } from './file-signature';
import { DOCX_MIME, PDF_MIME, XLSX_MIME } from './mime';

/** What an upload is for: each kind has its own formats and size limit (from the config). */
export enum UploadKind {
  Photo = 'photo',
  Scan = 'scan',
  Template = 'template',
  Import = 'import',
}

const IMAGES = ['image/jpeg', 'image/png', 'image/webp'];

export const UPLOAD_TYPES: Record<UploadKind, string[]> = {
  [UploadKind.Photo]: IMAGES,
  [UploadKind.Scan]: [PDF_MIME, ...IMAGES],
  [UploadKind.Template]: [DOCX_MIME],
  [UploadKind.Import]: [XLSX_MIME],
};

const FORMATS: Record<UploadKind, string> = {
  [UploadKind.Photo]: 'JPEG, PNG или WebP',
  [UploadKind.Scan]: 'PDF, JPEG, PNG или WebP',
  [UploadKind.Template]: 'DOCX',
  [UploadKind.Import]: 'XLSX',
};

const WHAT: Record<UploadKind, string> = {
  [UploadKind.Photo]: 'фотографии',
  [UploadKind.Scan]: 'скана документа',
  [UploadKind.Template]: 'шаблона',
  [UploadKind.Import]: 'файла импорта',
};

export function uploadLimitBytes(config: AppConfig, kind: UploadKind): number {
  const mb = {
    [UploadKind.Photo]: config.UPLOAD_MAX_PHOTO_MB,
    [UploadKind.Scan]: config.UPLOAD_MAX_SCAN_MB,
    [UploadKind.Template]: config.UPLOAD_MAX_TEMPLATE_MB,
    [UploadKind.Import]: config.UPLOAD_MAX_IMPORT_MB,
  }[kind];
  return mb * 1024 * 1024;
}

export interface Upload {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

const fileProblem = (status: number, code: string, detail: string, message: string) =>
  new DomainError(status, code, detail, { errors: { file: [message] } });

export function tooLarge(config: AppConfig, kind: UploadKind): DomainError {
  const mb = uploadLimitBytes(config, kind) / 1024 / 1024;
  return fileProblem(
    413,
    'file-too-large',
    `Файл слишком большой: размер ${WHAT[kind]} — не больше ${mb} МБ`,
    `larger than ${mb} MB`,
  );
}

/**
 * Checks an upload against its kind: the size limit, and the real type read from the
 * content, which must be one of the kind's formats and agree with the declared type and
 * the name's extension (a PDF named .jpg, or a program declared as a PDF, is refused).
 * Returns the real media type, which is what gets stored.
 */
export function checkUpload(config: AppConfig, kind: UploadKind, file: Upload): string {
  if (file.size > uploadLimitBytes(config, kind)) throw tooLarge(config, kind);
  const real = detectFileType(file.buffer);
  if (!real || !UPLOAD_TYPES[kind].includes(real)) {
    throw fileProblem(
      415,
      'unsupported-media-type',
      `Содержимое файла не является допустимым форматом: нужен ${FORMATS[kind]}`,
      'unsupported file content',
    );
  }
  const declared = file.mimetype.toLowerCase();
  const extension = /\.([a-z0-9]+)$/i.exec(file.originalname)?.[1]?.toLowerCase() ?? '';
  const declaredMatches =
    declared === real || declared === 'application/octet-stream' || declared === '';
  if (!declaredMatches || !EXTENSIONS[real].includes(extension)) {
    throw fileProblem(
      415,
      'file-type-mismatch',
      `Содержимое файла не соответствует его типу или расширению (по содержимому это ${EXTENSIONS[real][0].toUpperCase()})`,
      'content does not match the declared type',
    );
  }
  return real;
}

/**
 * The multipart `file` field, held in memory up to the limit of the largest of `kinds`;
 * a larger file is refused with a Russian 413 naming the limit.
 */
export function UploadInterceptor(...kinds: UploadKind[]): Type<NestInterceptor> {
  @Injectable()
  class LimitedUpload implements NestInterceptor {
    private readonly multer: NestInterceptor;
    private readonly largest: UploadKind;

    constructor(private readonly config: AppConfig) {
      this.largest = kinds.reduce((a, b) =>
        uploadLimitBytes(config, b) > uploadLimitBytes(config, a) ? b : a,
      );
      const Multer = FileInterceptor('file', {
        limits: { fileSize: uploadLimitBytes(config, this.largest), files: 1 },
      });
      this.multer = new Multer();
    }

    async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
      try {
        return await this.multer.intercept(context, next);
      } catch (error) {
        if (error instanceof PayloadTooLargeException) throw tooLarge(this.config, this.largest);
        throw error;
      }
    }
  }
  return mixin(LimitedUpload);
}
