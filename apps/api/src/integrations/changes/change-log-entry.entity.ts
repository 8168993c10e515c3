import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum ChangeAction {
  Created = 'created',
  Changed = 'changed',
  Archived = 'archived',
}

/**
 * One change of a main record, written in the transaction that made it (ChangeLogSubscriber):
 * the change feed other systems poll. The bigserial id is the cursor; only ids, versions and
 * the kind of change are kept, never the record's content.
 */
@Entity('change_log')
@Index('change_log_institution_idx', ['institutionId', 'id'])
export class ChangeLogEntry {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 40 })
  resource: string;

  @Column({ name: 'resource_id', type: 'uuid' })
  resourceId: string;

  @Column({ name: 'institution_id', type: 'uuid' })
  institutionId: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'varchar', length: 20 })
  action: ChangeAction;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
