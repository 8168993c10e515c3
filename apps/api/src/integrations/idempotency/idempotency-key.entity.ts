import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export enum IdempotencyState {
  InProgress = 'in-progress',
  Done = 'done',
}

/**
 * A POST made with an `Idempotency-Key`: the first request inserts the row (the primary key
 * keeps a concurrent duplicate out), the finished answer is kept so a repeat gets it again.
 * Rows live at least 24 hours (see IdempotencyService.cleanup).
 */
@Entity('idempotency_keys')
@Index('idempotency_keys_created_idx', ['createdAt'])
export class IdempotencyKey {
  /** Who sent it: the user id (an API client's technical account for keys). */
  @PrimaryColumn({ type: 'uuid' })
  principal: string;

  @PrimaryColumn({ type: 'varchar', length: 255 })
  key: string;

  /** SHA-256 of method, path and body: the same key with another request is refused. */
  @Column({ name: 'request_hash', type: 'varchar', length: 64 })
  requestHash: string;

  @Column({ type: 'varchar', length: 20 })
  state: IdempotencyState;

  @Column({ name: 'response_status', type: 'int', nullable: true })
  responseStatus: number | null;

  @Column({ name: 'response_body', type: 'jsonb', nullable: true })
  responseBody: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
