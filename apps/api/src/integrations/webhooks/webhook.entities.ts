import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { InstitutionOwnedEntity } from '../../common/persistence/tracked.entity';
import { ApiClient } from '../clients/api-client.entity';
import { WebhookEventData, WebhookEventType } from './webhook-events';

/** An API client's URL that is POSTed the events it chose, signed with its own secret. */
@Entity('webhook_subscriptions')
@Index('webhook_subscriptions_institution_idx', ['institutionId'])
export class WebhookSubscription extends InstitutionOwnedEntity {
  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @ManyToOne(() => ApiClient, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id' })
  client?: ApiClient;

  @Column({ type: 'varchar', length: 2000 })
  url: string;

  @Column({ type: 'text', array: true })
  events: WebhookEventType[];

  /** The HMAC key: kept as is because signing needs it; shown to the client only once. */
  @Column({ type: 'text', select: false })
  secret: string;

  /** Archived subscriptions get no new events; their delivery log stays. */
  @Column({ type: 'boolean', default: true })
  active: boolean;
}

/** One event, written in the transaction of the change it reports. */
@Entity('webhook_outbox')
@Index('webhook_outbox_institution_idx', ['institutionId', 'occurredAt'])
export class WebhookEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'institution_id', type: 'uuid' })
  institutionId: string;

  @Column({ type: 'text' })
  type: WebhookEventType;

  @Column({ type: 'jsonb' })
  data: WebhookEventData;

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  /** Set for events a daily pass finds (overdue notice, 23rd birthday): written once. */
  @Index('webhook_outbox_dedupe_unique', { unique: true })
  @Column({ name: 'dedupe_key', type: 'text', nullable: true })
  dedupeKey: string | null;
}

export enum DeliveryStatus {
  Pending = 'pending',
  Delivered = 'delivered',
  Failed = 'failed',
}

/** An event on its way to one subscription: retried with growing pauses until 2xx or given up. */
@Entity('webhook_deliveries')
@Index('webhook_deliveries_due_idx', ['nextAttemptAt'], { where: "status = 'pending'" })
@Index('webhook_deliveries_subscription_idx', ['subscriptionId', 'createdAt'])
@Index('webhook_deliveries_event_subscription_unique', ['eventId', 'subscriptionId'], {
  unique: true,
})
export class WebhookDelivery {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => WebhookEvent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: WebhookEvent;

  @Column({ name: 'subscription_id', type: 'uuid' })
  subscriptionId: string;

  @ManyToOne(() => WebhookSubscription, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subscription_id' })
  subscription?: WebhookSubscription;

  @Column({ type: 'text', default: DeliveryStatus.Pending })
  status: DeliveryStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** The log of one POST: what the receiver answered (or why there was no answer) and how fast. */
@Entity('webhook_delivery_attempts')
@Index('webhook_delivery_attempts_delivery_idx', ['deliveryId', 'attemptedAt'])
export class WebhookDeliveryAttempt {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'delivery_id', type: 'uuid' })
  deliveryId: string;

  @ManyToOne(() => WebhookDelivery, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delivery_id' })
  delivery?: WebhookDelivery;

  @CreateDateColumn({ name: 'attempted_at', type: 'timestamptz' })
  attemptedAt: Date;

  @Column({ name: 'status_code', type: 'int', nullable: true })
  statusCode: number | null;

  @Column({ type: 'text', default: '' })
  error: string;

  @Column({ name: 'duration_ms', type: 'int' })
  durationMs: number;
}
