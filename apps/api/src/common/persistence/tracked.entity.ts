import {
  Column,
  CreateDateColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** Columns every stored record has: uuid id, audit timestamps, author, optimistic-lock version. */
export abstract class TrackedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** User who created the record; null for records made by the system itself. */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @VersionColumn()
  version: number;
}

/** Case data: belongs to exactly one institution and is visible only inside it. */
export abstract class InstitutionOwnedEntity extends TrackedEntity {
  @Column({ name: 'institution_id', type: 'uuid' })
  institutionId: string;
}
