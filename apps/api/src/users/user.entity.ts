import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Role } from '../common/auth/permissions';
import { TrackedEntity } from '../common/persistence/tracked.entity';
import { Institution } from '../institutions/institution.entity';

@Entity('users')
@Check('users_institution_required', `"role" = 'admin' OR "institution_id" IS NOT NULL`)
export class User extends TrackedEntity {
  /** Stored lower-case: logins are compared without regard to case. */
  @Index('users_login_unique', { unique: true })
  @Column({ type: 'text' })
  login: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName: string;

  /** Job title (социальный педагог, психолог, юрисконсульт …); not a permission. */
  @Column({ type: 'text', default: '' })
  position: string;

  /** Where the daily digest of notifications goes (when the server sends e-mail); '' = none. */
  @Column({ type: 'text', default: '' })
  email: string;

  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  role: Role;

  /** Deployment administrators may stand outside any institution. */
  @Column({ name: 'institution_id', type: 'uuid', nullable: true })
  institutionId: string | null;

  @ManyToOne(() => Institution, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'institution_id' })
  institution?: Institution | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ name: 'failed_logins', type: 'int', default: 0 })
  failedLogins: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  /** Set when an administrator issued a temporary password the user should change. */
  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword: boolean;
}
