import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditAction } from '../../audit/audit-entry.entity';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../common/auth/actor';
import { DomainError, notFound } from '../../common/problem/domain-error';
import { DocumentsService } from '../../documents/documents.service';
import { DOCX_MIME } from '../../documents/mime';
import { checkUpload, Upload, UploadKind } from '../../documents/uploads';
import { AppConfig } from '../../config/app-config';
import { InstitutionsService } from '../institutions.service';
import { DocumentTemplate, DocumentTemplateKind } from './document-template.entity';

export type { Upload as TemplateUpload } from '../../documents/uploads';

/** Custom DOCX templates of an institution's documents (today: the contract). */
@Injectable()
export class DocumentTemplatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly institutions: InstitutionsService,
    private readonly documents: DocumentsService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /** The template in use, or null for the built-in layout. */
  async current(
    actor: Actor,
    institutionId: string,
    kind = DocumentTemplateKind.Contract,
  ): Promise<DocumentTemplate | null> {
    await this.institutions.get(actor, institutionId);
    return this.currentOf(institutionId, kind);
  }

  /** The template's bytes for rendering (no scope check: callers pass their own institution). */
  async contentOf(
    institutionId: string,
    kind: DocumentTemplateKind,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Buffer | null> {
    const found = await manager
      .createQueryBuilder(DocumentTemplate, 't')
      .addSelect('t.content')
      .where('t.institution_id = :institutionId AND t.kind = :kind AND t.retired_at IS NULL', {
        institutionId,
        kind,
      })
      .orderBy('t.created_at', 'DESC')
      .getOne();
    return found?.content ?? null;
  }

  async download(actor: Actor, institutionId: string): Promise<DocumentTemplate> {
    await this.institutions.get(actor, institutionId);
    const current = await this.currentOf(institutionId, DocumentTemplateKind.Contract);
    if (!current) throw notFound('Шаблон не найден');
    const content = await this.contentOf(institutionId, DocumentTemplateKind.Contract);
    return Object.assign(current, { content: content! });
  }

  async upload(
    actor: Actor,
    institutionId: string,
    file: Upload | undefined,
  ): Promise<DocumentTemplate> {
    if (!file) throw fileError('Выберите файл DOCX', 'file is required');
    if (file.mimetype !== DOCX_MIME && !/\.docx$/i.test(file.originalname))
      throw fileError('Шаблон должен быть файлом DOCX', 'unsupported file type');
    await this.institutions.get(actor, institutionId);
    const { fields } = this.documents.checkContractTemplate(file.buffer);
    // After the template check, which explains a broken file better; this one refuses a
    // readable archive that is not a Word document (say, a workbook renamed to .docx).
    checkUpload(this.config, UploadKind.Template, file);
    return this.dataSource.transaction(async (manager) => {
      await manager.update(
        DocumentTemplate,
        { institutionId, kind: DocumentTemplateKind.Contract, retiredAt: IsNull() },
        { retiredAt: new Date() },
      );
      const saved = await manager.save(
        manager.create(DocumentTemplate, {
          institutionId,
          kind: DocumentTemplateKind.Contract,
          fileName: Buffer.from(file.originalname, 'latin1').toString('utf8').slice(0, 255),
          sizeBytes: file.size,
          fields,
          content: file.buffer,
          createdBy: actor.userId,
        }),
      );
      await this.audit.record(
        actor,
        {
          action: AuditAction.Create,
          entity: 'document_template',
          entityId: saved.id,
          institutionId,
        },
        manager,
      );
      return saved;
    });
  }

  /** Back to the built-in layout; the retired template stays stored. */
  async retire(actor: Actor, institutionId: string): Promise<void> {
    await this.institutions.get(actor, institutionId);
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.update(
        DocumentTemplate,
        { institutionId, kind: DocumentTemplateKind.Contract, retiredAt: IsNull() },
        { retiredAt: new Date() },
      );
      if (!result.affected) throw notFound('Шаблон не найден');
      await this.audit.record(
        actor,
        { action: AuditAction.Archive, entity: 'document_template', institutionId },
        manager,
      );
    });
  }

  private currentOf(institutionId: string, kind: DocumentTemplateKind) {
    return this.dataSource.manager.findOne(DocumentTemplate, {
      where: { institutionId, kind, retiredAt: IsNull() },
      order: { createdAt: 'DESC' },
    });
  }
}

function fileError(detail: string, message: string): DomainError {
  return new DomainError(400, 'validation', detail, { errors: { file: [message] } });
}
