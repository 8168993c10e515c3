import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany } from 'typeorm';
import { Permission } from '../../common/auth/permissions';
import { InstitutionOwnedEntity } from '../../common/persistence/tracked.entity';
import { User } from '../../users/user.entity';
import { ApiKey } from './api-key.entity';

/**
 * A third-party system allowed to call the API. It acts through its own technical account
 * (`userId`, role `integration`, no password), so the access log, institution scoping and
 * everything keyed by a user work unchanged; what it may do is `permissions`, not a role's.
 */
@Entity('api_clients')
@Index('api_clients_institution_idx', ['institutionId'])
export class ApiClient extends InstitutionOwnedEntity {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Index('api_clients_user_unique', { unique: true })
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  permissions: Permission[];

  /** CIDR ranges the client may call from; empty = from anywhere. */
  @Column({ name: 'allowed_cidrs', type: 'text', array: true, default: () => "'{}'" })
  allowedCidrs: string[];

  /** After this moment every key of the client is refused. */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ name: 'rate_limit_per_minute', type: 'int', default: 600 })
  rateLimitPerMinute: number;

  /** Archived clients keep their history but every key is refused. */
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @OneToMany(() => ApiKey, (key) => key.client)
  keys?: ApiKey[];
}
