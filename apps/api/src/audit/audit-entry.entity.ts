import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum AuditAction {
  Read = 'read',
  Create = 'create',
  Update = 'update',
  Archive = 'archive',
  Export = 'export',
  Import = 'import',
  Download = 'download',
  // Sign-in and account security (auth, users)
  Login = 'login',
  LoginFailed = 'login-failed',
  Logout = 'logout',
  PasswordChange = 'password-change',
  PasswordReset = 'password-reset',
  /** 152-FZ: a data subject's request registered, answered; personal data destroyed. */
  SubjectRequest = 'subject-request',
  SubjectRequestAnswered = 'subject-request-answered',
  Destroy = 'destroy',
  /** A list or search result: `details.ids` holds the ids returned (never names). */
  List = 'list',
  Retire = 'retire',
  Restore = 'restore',
  Activate = 'activate',
  Deactivate = 'deactivate',
}

/**
 * Who read or changed which record, when, and which fields (never the values: the log
 * must not become a second copy of the personal data). It holds ids and field names only,
 * so destroying a person's data under 152-FZ never needs to touch it.
 *
 * Append-only in the database itself: a trigger refuses UPDATE, DELETE and TRUNCATE
 * (migration AuditAppendOnly). Entries are written in the transaction of the change they
 * record.
 */
@Entity('audit_log')
@Index('audit_log_entity_idx', ['entity', 'entityId', 'at'])
@Index('audit_log_institution_at_idx', ['institutionId', 'at'])
@Index('audit_log_user_at_idx', ['userId', 'at'])
@Index('audit_log_entity_id_idx', ['entityId'])
// GIN (jsonb_path_ops) over details for `details @> {"graduateId": …}`; made in the migration.
@Index('audit_log_details_idx', { synchronize: false })
export class AuditEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  /** Null only for events with no known user, such as a failed login with an unknown name. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ name: 'institution_id', type: 'uuid', nullable: true })
  institutionId: string | null;

  /** Text, not a database enum: every module adds its own kinds without an enum migration. */
  @Column({ type: 'varchar', length: 40 })
  action: AuditAction;

  /** Kind of record: graduate, consent, appeal, service, file, journal … */
  @Column({ type: 'text' })
  entity: string;

  @Column({ name: 'entity_id', type: 'uuid', nullable: true })
  entityId: string | null;

  @Column({ name: 'changed_fields', type: 'text', array: true, default: () => "'{}'" })
  changedFields: string[];

  /** Non-personal context: the graduate a service belongs to, an export's period, a row count. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;
}
