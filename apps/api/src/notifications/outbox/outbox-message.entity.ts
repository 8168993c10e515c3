import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Kinds of side effects delivered after commit; each has its own payload shape. */
export enum OutboxKind {
  Email = 'email',
}

export interface EmailPayload {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * A side effect (an e-mail) written in the transaction that decides it and delivered after
 * commit, retried until it succeeds: a crash between the two loses nothing, and a rolled-back
 * transaction sends nothing.
 */
@Entity('outbox_messages')
@Index('outbox_messages_pending_idx', ['nextAttemptAt'], { where: '"sent_at" IS NULL' })
export class OutboxMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: OutboxKind;

  @Column({ type: 'jsonb' })
  payload: EmailPayload;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** Due for (another) attempt from this moment; null once given up for good. */
  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true, default: () => 'now()' })
  nextAttemptAt: Date | null;

  @Column({ name: 'last_error', type: 'text', default: '' })
  lastError: string;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
