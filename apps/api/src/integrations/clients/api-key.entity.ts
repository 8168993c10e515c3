import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ApiClient } from './api-client.entity';

/**
 * A secret an API client authenticates with. Only its SHA-256 is stored (the key is 256
 * random bits, so a slow hash adds nothing) and a short prefix to tell keys apart. A client
 * has several keys so they can be rotated without downtime.
 */
@Entity('api_keys')
@Index('api_keys_client_idx', ['clientId'])
export class ApiKey {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @ManyToOne(() => ApiClient, (client) => client.keys, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id' })
  client?: ApiClient;

  /** The first characters of the key, shown in lists so a person can tell which key is which. */
  @Column({ type: 'varchar', length: 16 })
  prefix: string;

  @Index('api_keys_hash_unique', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  hash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
