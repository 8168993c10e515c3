import { Column, Entity, Index } from 'typeorm';
import { InstitutionOwnedEntity } from '../../common/persistence/tracked.entity';

export enum GraduateFileKind {
  /** Portrait photo (000 §8.3). */
  Portrait = 'portrait',
  /** Full-height photo (000 §8.3). */
  FullHeight = 'full_height',
  Document = 'document',
  ConsentScan = 'consent_scan',
  /** The signed paper copy of a support contract (uploaded through the contract). */
  ContractScan = 'contract_scan',
  /** A letter to the guardianship body or its answer (uploaded through the notice). */
  NoticeScan = 'notice_scan',
}

/** Scans that are the legal basis or record of the work: uploaded through their record, kept on withdrawal of consent. */
export const RECORD_SCAN_KINDS: readonly GraduateFileKind[] = [
  GraduateFileKind.ConsentScan,
  GraduateFileKind.ContractScan,
  GraduateFileKind.NoticeScan,
];

/**
 * A photo or document scan of a personal file. The bytes live in the database (bytea) so
 * that a database backup holds the whole file; content is loaded only on download.
 */
@Entity('graduate_files')
@Index('graduate_files_graduate_idx', ['graduateId'])
export class GraduateFile extends InstitutionOwnedEntity {
  @Column({ name: 'graduate_id', type: 'uuid' })
  graduateId: string;

  @Column({ type: 'enum', enum: GraduateFileKind, enumName: 'graduate_file_kind' })
  kind: GraduateFileKind;

  @Column({ type: 'text', default: '' })
  title: string;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Column({ name: 'mime_type', type: 'text' })
  mimeType: string;

  @Column({ name: 'size_bytes', type: 'int' })
  sizeBytes: number;

  @Column({ type: 'bytea', select: false })
  content: Buffer;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;
}
