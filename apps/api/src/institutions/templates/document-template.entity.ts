import { Column, Entity, Index } from 'typeorm';
import { InstitutionOwnedEntity } from '../../common/persistence/tracked.entity';

export enum DocumentTemplateKind {
  Contract = 'contract',
}

/**
 * An institution's own DOCX template with named fields. The newest one not retired is
 * used; retiring it falls back to the built-in layout. Old templates are kept.
 */
@Entity('document_templates')
@Index('document_templates_current_idx', ['institutionId', 'kind', 'createdAt'])
export class DocumentTemplate extends InstitutionOwnedEntity {
  @Column({ type: 'enum', enum: DocumentTemplateKind, enumName: 'document_template_kind' })
  kind: DocumentTemplateKind;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Column({ name: 'size_bytes', type: 'int' })
  sizeBytes: number;

  /** Field names the template uses (checked on upload). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  fields: string[];

  @Column({ type: 'bytea', select: false })
  content: Buffer;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;
}
