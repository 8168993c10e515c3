import { Column, Entity, Index } from 'typeorm';
import { GraduateRecord } from '../records/graduate-record.entity';
import { IdentityDocumentKind } from './identity-document-kind';

export { IdentityDocumentKind };

/** An identity document of the graduate: its details, and optionally its scan among the file's documents. */
@Entity('graduate_identity_documents')
@Index('graduate_identity_documents_graduate_idx', ['graduateId'])
export class IdentityDocument extends GraduateRecord {
  @Column({ type: 'varchar', length: 30 })
  kind: IdentityDocumentKind;

  /** What the document is when the kind is «other». */
  @Column({ type: 'varchar', length: 200, default: '' })
  title: string;

  @Column({ type: 'varchar', length: 20, default: '' })
  series: string;

  @Column({ type: 'varchar', length: 30 })
  number: string;

  @Column({ name: 'issued_by', type: 'varchar', length: 500, default: '' })
  issuedBy: string;

  @Column({ name: 'issued_on', type: 'date', nullable: true })
  issuedOn: string | null;

  /** A scan: a file of kind document_scan of the same graduate. */
  @Column({ name: 'scan_file_id', type: 'uuid', nullable: true })
  scanFileId: string | null;
}
