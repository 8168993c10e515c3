import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditAction } from '../../audit/audit-entry.entity';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../common/auth/actor';
import { DomainError, fieldError, notFound, staleVersion } from '../../common/problem/domain-error';
import { AppConfig } from '../../config/app-config';
import { checkUpload, Upload, UploadKind } from '../../documents/uploads';
import { Consent } from '../consents/consent.entity';
import { isCurrent } from '../consents/consent-state';
import { GraduatesService } from '../graduates.service';
import { GraduateFile, GraduateFileKind, RECORD_SCAN_KINDS } from './graduate-file.entity';

const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const DOCUMENT_TYPES = [...IMAGE_TYPES, 'application/pdf'];

export type { Upload };

@Injectable()
export class GraduateFilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly graduates: GraduatesService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async list(actor: Actor, graduateId: string, includeArchived = false): Promise<GraduateFile[]> {
    await this.graduates.getVisible(actor, graduateId);
    return this.dataSource.manager.find(GraduateFile, {
      where: { graduateId, ...(includeArchived ? {} : { archivedAt: IsNull() }) },
      order: { createdAt: 'DESC' },
    });
  }

  async upload(
    actor: Actor,
    graduateId: string,
    kind: GraduateFileKind,
    title: string,
    file: Upload | undefined,
    outer?: EntityManager,
  ): Promise<GraduateFile> {
    if (!file) throw fieldError('file', 'Выберите файл', 'file is required');
    const photo = kind === GraduateFileKind.Portrait || kind === GraduateFileKind.FullHeight;
    if (!(photo ? IMAGE_TYPES : DOCUMENT_TYPES).includes(file.mimetype)) {
      throw fieldError(
        'file',
        photo
          ? 'Фото должно быть в формате JPEG, PNG или WebP'
          : 'Допустимы PDF, JPEG, PNG или WebP',
        'unsupported file type',
      );
    }
    const mimeType = checkUpload(this.config, photo ? UploadKind.Photo : UploadKind.Scan, file);
    const run = async (manager: EntityManager) => {
      const graduate = await this.graduates.getVisible(actor, graduateId, manager);
      if (graduate.archivedAt) throw archivedGraduate();
      // Consent, contract and notice scans are the legal basis or record itself: no consent is needed.
      if (!RECORD_SCAN_KINDS.includes(kind)) {
        const consents = await manager.find(Consent, { where: { graduateId } });
        const current = consents.filter((c) => isCurrent(c, actor.today()));
        if (!current.length || (photo && !current.some((c) => c.allowsPhoto))) {
          throw new DomainError(
            409,
            'consent-required',
            photo
              ? 'Нет действующего согласия на использование фотографий'
              : 'Нет действующего согласия на обработку персональных данных',
          );
        }
      }
      const saved = await manager.save(
        manager.create(GraduateFile, {
          institutionId: graduate.institutionId,
          graduateId,
          kind,
          title,
          fileName: utf8FileName(file.originalname).slice(0, 255),
          mimeType,
          sizeBytes: file.size,
          content: file.buffer,
          createdBy: actor.userId,
        }),
      );
      await this.audit.record(
        actor,
        {
          action: AuditAction.Create,
          entity: 'graduate_file',
          entityId: saved.id,
          details: { graduateId, kind },
        },
        manager,
      );
      return saved;
    };
    return outer ? run(outer) : this.dataSource.transaction(run);
  }

  async download(actor: Actor, graduateId: string, fileId: string): Promise<GraduateFile> {
    await this.graduates.getVisible(actor, graduateId);
    const file = await this.dataSource.manager
      .createQueryBuilder(GraduateFile, 'f')
      .addSelect('f.content')
      .where('f.id = :fileId AND f.graduate_id = :graduateId', { fileId, graduateId })
      .getOne();
    if (!file) throw notFound('Файл не найден');
    await this.audit.record(actor, {
      action: AuditAction.Download,
      entity: 'graduate_file',
      entityId: fileId,
      details: { graduateId },
    });
    return file;
  }

  async archive(
    actor: Actor,
    graduateId: string,
    fileId: string,
    version: number,
  ): Promise<GraduateFile> {
    return this.dataSource.transaction(async (manager) => {
      const graduate = await this.graduates.getVisible(actor, graduateId, manager);
      if (graduate.archivedAt) throw archivedGraduate();
      const file = await manager.findOne(GraduateFile, {
        where: { id: fileId, graduateId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!file) throw notFound('Файл не найден');
      if (file.version !== version) throw staleVersion();
      if (file.archivedAt)
        throw new DomainError(409, 'file-archived', 'Файл в архиве: он доступен только для чтения');
      file.archivedAt = new Date();
      const saved = await manager.save(file);
      await this.audit.record(
        actor,
        {
          action: AuditAction.Archive,
          entity: 'graduate_file',
          entityId: fileId,
          details: { graduateId },
        },
        manager,
      );
      return saved;
    });
  }
}

/** The files of an archived personal file are kept as they were: read-only. */
const archivedGraduate = () =>
  new DomainError(
    409,
    'graduate-archived',
    'Личное дело в архиве: его файлы доступны только для чтения',
  );

/** Multer (busboy) reads multipart file names as latin1; browsers send UTF-8 (Cyrillic names). */
function utf8FileName(name: string): string {
  const decoded = Buffer.from(name, 'latin1').toString('utf8');
  return decoded.includes('\uFFFD') ? name : decoded;
}
