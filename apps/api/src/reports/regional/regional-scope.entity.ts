import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Institution } from '../../institutions/institution.entity';
import { User } from '../../users/user.entity';

/** The institutions a regional user (regional centre, guardianship committee) oversees. */
@Entity('regional_scopes')
export class RegionalScope {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @PrimaryColumn({ name: 'institution_id', type: 'uuid' })
  institutionId: string;

  @ManyToOne(() => Institution, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'institution_id' })
  institution?: Institution;
}
