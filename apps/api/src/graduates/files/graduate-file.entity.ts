import { Column, Entity, Index } from 'typeorm';
import { InstitutionOwnedEntity } from '../../common/persistence/tracked.entity';
import { GraduateFileKind } from './graduate-file-kind';

// The enum sits apart from the entity so that unit specs can load it without TypeORM.
export { GraduateFileKind } from './graduate-file-kind';

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
