import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One transition of a record's lifecycle (a contract signed, a plan approved, an order
 * confirmed): who, when, from which status to which, and why. Never changed or deleted.
 */
@Entity('lifecycle_events')
@Index('lifecycle_events_record_idx', ['entity', 'entityId', 'at'])
export class LifecycleEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  /** Kind of record: contract, plan, exception_order. */
  @Column({ type: 'text' })
  entity: string;

  @Column({ name: 'entity_id', type: 'uuid' })
  entityId: string;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: string | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: string;

  /** The reason or comment given (an end reason, a head's comment). */
  @Column({ type: 'text', default: '' })
  reason: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;
}
